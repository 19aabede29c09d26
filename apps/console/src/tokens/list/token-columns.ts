/** The optional columns of the tokens list and the user's choice of them (kept in localStorage: it is not secret). */

/** A column the user can show or hide. Name + id, the selection box and the actions are always shown. */
export type TokenColumn = 'extension' | 'modules' | 'createdBy' | 'created' | 'lastAccess' | 'expires' | 'status';

/**
 * Every optional column in display order, with its header, the API's `ordering(...)` field when the list can be
 * sorted by it (the spec's `x-rql` ordering of `GET /auth/tokens`, which is Connect's: it has no ordering by last
 * access), and whether it is shown before the user chooses.
 */
export const TOKEN_COLUMNS: readonly { id: TokenColumn; label: string; orderBy?: string; byDefault: boolean }[] = [
  { id: 'extension', label: 'Extension', orderBy: 'extension.id', byDefault: true },
  { id: 'modules', label: 'Modules', byDefault: true },
  { id: 'createdBy', label: 'Created by', byDefault: true },
  { id: 'created', label: 'Date created', orderBy: 'events.created.at', byDefault: true },
  { id: 'lastAccess', label: 'Last access', byDefault: true },
  { id: 'expires', label: 'Expires', orderBy: 'expiration_date', byDefault: false },
  { id: 'status', label: 'Status', orderBy: 'status', byDefault: true },
];

/** Every `ordering(...)` field the list offers (the name column's included). */
export const TOKEN_ORDERINGS: ReadonlySet<string> = new Set([
  'name',
  ...TOKEN_COLUMNS.flatMap((column) => (column.orderBy ? [column.orderBy] : [])),
]);

const STORAGE_KEY = 'connect-tokens-console:token-columns';

/** The columns shown: the user's choice, else the default ones. */
export function loadColumns(): Set<TokenColumn> {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const known = new Set(TOKEN_COLUMNS.map((column) => column.id as string));
      return new Set((JSON.parse(raw) as string[]).filter((id) => known.has(id)) as TokenColumn[]);
    }
  } catch {
    /* unreadable: fall back to the defaults */
  }
  return new Set(TOKEN_COLUMNS.filter((column) => column.byDefault).map((column) => column.id));
}

/** Remembers the choice. */
export function saveColumns(columns: ReadonlySet<TokenColumn>): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...columns]));
}
