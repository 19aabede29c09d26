import { instantFromWire } from '../renderers/format-cell';
import type { TokenWire } from '../client/wire-types';
import type { ReportColumn } from './report-types';

/** An ISO string as a Date, `null` for a missing or unparsable one (see `instantFromWire`). */
export const toDate = instantFromWire;

/** The names of the modules a token may use, in the order the API lists them. */
export function moduleNames(token: TokenWire): string {
  return (token.permissions ?? []).map((p) => p.object.name ?? p.object.id).join(', ');
}

/** The ids of the modules a token may use. */
export function moduleIds(token: TokenWire): Set<string> {
  return new Set((token.permissions ?? []).map((p) => p.object.id));
}

/** Columns that identify a token, shared by the token reports so they read alike. */
export const TOKEN_ID_COLUMNS: ReportColumn[] = [
  { key: 'id', title: 'Token ID', type: 'string', width: 18 },
  { key: 'name', title: 'Name', type: 'string', width: 28 },
];

/** The id and name cells of a token row. Never the `token` field: even masked, a key does not belong in a report. */
export function tokenIdCells(token: TokenWire): { id: string; name: string } {
  return { id: token.id, name: token.name };
}
