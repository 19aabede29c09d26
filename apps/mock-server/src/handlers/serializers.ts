/**
 * Store records → wire objects (the spec's schemas). The only place that decides field names on the wire, so a spec
 * change is a change here. Secrets are always masked except in the one response that minted them (`withSecret`).
 */
import { MAX_PAGE_LIMIT } from '@connect-tokens/protocol';
import type { Clock } from '../clock';
import { maskSecret } from '../crypto/secrets';
import { ApiError } from '../http/errors';
import type { RecordList } from '../http/list';
import type { FieldReader } from '../rql';
import type { MockStore } from '../store/mock-store';
import type { TokenListView } from '../store/indexes/token-index';
import { STATUS_BY_CODE, tokenStatus, tokenStatusCode } from '../store/token-status';
import type { AuditEvent, ExtensionRecord, ModuleRecord, PermissionRecord, TokenRecord } from '../store/types';
import { KeptJson } from './kept-json';

/** The wire form of a token permission (`Permission`). */
export function serializePermission(permission: PermissionRecord) {
  return {
    id: permission.id,
    object: { id: permission.module.id, name: permission.module.name },
    events: { granted: { at: permission.granted_at, by: { ...permission.granted_by } } },
  };
}

/**
 * The wire form of a token (`Token`). `withSecret` is the plain secret, passed only by create/renew/rotate; otherwise
 * the key is masked as `ApiKey SU-…:****abcd`.
 */
export function serializeToken(token: TokenRecord, clock: Clock, withSecret?: string) {
  return serializeTokenAt(token, clock.now(), withSecret);
}

/** {@link serializeToken} at a given instant (a list shows every token as of the same moment). */
export function serializeTokenAt(token: TokenRecord, now: number, withSecret?: string) {
  const [current, previous] = token.secrets;
  const key = withSecret ?? maskSecret(current?.last4 ?? '0000');
  const previousAlive = previousKeyAlive(token, now);
  return {
    id: token.id,
    name: token.name,
    description: token.description,
    external_id: token.external_id,
    owner: { ...token.owner },
    status: tokenStatus(token, now),
    extension: { ...token.extension },
    // Connect's handle is the system user the key authenticates as: the part of the key before the `:`.
    handle: token.id,
    token: `ApiKey ${token.id}:${key}`,
    events: {
      created: { at: token.created.at, by: { ...token.created.by } },
      updated: { at: token.updated.at, by: { ...token.updated.by } },
    },
    permissions: token.permissions.map(serializePermission),
    expiration_date: token.expiration_date,
    renewed_expiration_date: previousAlive ? token.renewed_expiration_date : null,
    renewed_token: previousAlive ? `ApiKey ${token.id}:${maskSecret(previous!.last4)}` : null,
    logo: token.logo,
    last_access: token.last_access ? { ...token.last_access } : null,
    access_rules: {
      allowed_ips: [...token.access.allowed_ips],
      blocked_ips: [...token.access.blocked_ips],
      allowed_apis: token.access.allowed_apis.map((rule) => ({ ...rule })),
      blocked_apis: token.access.blocked_apis.map((rule) => ({ ...rule })),
    },
    rate_limit: token.rate_limit ? { ...token.rate_limit } : null,
  };
}

/** Whether the previous key of a renewal still works at `now`: only then is it shown (masked). */
function previousKeyAlive(token: TokenRecord, now: number): boolean {
  const previous = token.secrets[1];
  return (
    previous !== undefined &&
    previous.expires_at !== undefined &&
    (previous.expires_at === null || Date.parse(previous.expires_at) > now)
  );
}

/** Each store's texts of the tokens it listed or read most recently (as many as the largest page), gone with it. */
const keptTokenJson = new WeakMap<MockStore, KeptJson<TokenRecord>>();

function keptTokenJsonOf(store: MockStore): KeptJson<TokenRecord> {
  let kept = keptTokenJson.get(store);
  if (kept === undefined) keptTokenJson.set(store, (kept = new KeptJson<TokenRecord>(MAX_PAGE_LIMIT)));
  return kept;
}

/**
 * `JSON.stringify(serializeTokenAt(token, now))`, kept between lists and reads (see `kept-json.ts`). The inputs are
 * everything the text depends on: `version` (bumped by `TokenStore.touch` with every change of a field the token
 * shows), what changes without it, replaced as a whole and never changed in place (`secrets` by secret changes,
 * `last_access` by each authenticated call, the event stamps by seeding), and what depends on the instant: the status
 * and whether the previous key of a renewal still works.
 */
export function tokenJsonAt(store: MockStore, token: TokenRecord, now: number): string {
  return keptTokenJsonOf(store).text(
    token,
    [
      token.version,
      token.secrets,
      token.last_access,
      token.created,
      token.updated,
      tokenStatusCode(token, now),
      previousKeyAlive(token, now),
    ],
    () => JSON.stringify(serializeTokenAt(token, now)),
  );
}

type TokenReader = FieldReader<TokenRecord>;

const one = (read: (token: TokenRecord) => unknown): TokenReader => ({ fansOut: false, read });
/** A field below `permissions`: one value per permission, or `[undefined]` without any (as `resolvePath` reads it). */
const perPermission = (read: (permission: PermissionRecord) => unknown): TokenReader => ({
  fansOut: true,
  read: (token) => (token.permissions.length === 0 ? [undefined] : token.permissions.map(read)),
});

/** Wire fields of a token that do not depend on the clock, read from the record (see {@link tokenRows}). */
const TOKEN_FIELDS: Readonly<Record<string, TokenReader>> = {
  id: one((t) => t.id),
  name: one((t) => t.name),
  description: one((t) => t.description),
  external_id: one((t) => t.external_id),
  'owner.id': one((t) => t.owner.id),
  'owner.name': one((t) => t.owner.name),
  'extension.id': one((t) => t.extension.id),
  'extension.name': one((t) => t.extension.name),
  'events.created.at': one((t) => t.created.at),
  'events.created.by.id': one((t) => t.created.by.id),
  'events.created.by.name': one((t) => t.created.by.name),
  'events.updated.at': one((t) => t.updated.at),
  'events.updated.by.id': one((t) => t.updated.by.id),
  'events.updated.by.name': one((t) => t.updated.by.name),
  expiration_date: one((t) => t.expiration_date),
  logo: one((t) => t.logo),
  'permissions.id': perPermission((p) => p.id),
  'permissions.object.id': perPermission((p) => p.module.id),
  'permissions.object.name': perPermission((p) => p.module.name),
};

type TokenWire = ReturnType<typeof serializeTokenAt>;

/**
 * The rows of a list view (`store.tokens.listView`) as a list for `listResponse`: serialized as
 * {@link serializeTokenAt} at the view's instant, with readers for the wire fields over the view's columns (status,
 * folded name, parsed creation date) or the record, and the view's kept answers, so filters, search and ordering need
 * not build the wire object of every token; the page is written from {@link tokenJsonAt}'s texts.
 */
export function tokenRows(store: MockStore, view: TokenListView, now: number): RecordList<number, TokenWire> {
  const { tokens } = view;
  const fields: Record<string, FieldReader<number>> = {};
  for (const [field, reader] of Object.entries(TOKEN_FIELDS)) {
    if (reader.fansOut) {
      const read = reader.read;
      fields[field] = { fansOut: true, read: (row) => read(tokens[row]!) };
    } else {
      const read = reader.read;
      fields[field] = { fansOut: false, read: (row) => read(tokens[row]!) };
    }
  }
  fields.name = { fansOut: false, read: (row) => tokens[row]!.name, folded: view.foldedName };
  fields['events.created.at'] = { fansOut: false, read: (row) => tokens[row]!.created.at, time: view.createdTime };
  fields.status = { fansOut: false, read: (row) => STATUS_BY_CODE[view.status(row)] };
  return {
    serialize: (row) => serializeTokenAt(tokens[row]!, now),
    json: (row) => tokenJsonAt(store, tokens[row]!, now),
    fields,
    kept: view.kept,
  };
}

/** Tokens as a list of records at instant `now` (for `listResponse`), for lists of some tokens rather than the store. */
export function tokenList(now: number): RecordList<TokenRecord, TokenWire> {
  return {
    serialize: (token) => serializeTokenAt(token, now),
    fields: { ...TOKEN_FIELDS, status: one((t) => tokenStatus(t, now)) },
  };
}

/** The wire form of a module (`Module`); `paths` are the prefixes the spec guards with it. */
export function serializeModule(module: ModuleRecord, paths: readonly string[]) {
  return { id: module.id, name: module.name, description: module.description, paths: [...paths] };
}

/** The wire form of an extension (`Extension`). */
export function serializeExtension(extension: ExtensionRecord) {
  return { id: extension.id, name: extension.name, description: extension.description, icon: null, system: true };
}

/** The wire form of an audit event (`AuditEvent`). */
export function serializeAuditEvent(event: AuditEvent) {
  return {
    id: event.id,
    type: event.type,
    at: event.at,
    token: event.token ? { ...event.token } : null,
    actor: event.actor ? { ...event.actor } : null,
    ip: event.ip,
    reason: event.reason,
    details: structuredClone(event.details),
  };
}

type AuditReader = FieldReader<AuditEvent>;
const audited = (read: (event: AuditEvent) => unknown): AuditReader => ({ fansOut: false, read });

/**
 * Audit events as a list of records (for `listResponse`): serialized as {@link serializeAuditEvent} (which copies the
 * details), with readers for the wire fields, so a filtered trail of 50k events copies only the page.
 */
export const auditEventList: RecordList<AuditEvent, ReturnType<typeof serializeAuditEvent>> = {
  serialize: serializeAuditEvent,
  fields: {
    id: audited((e) => e.id),
    type: audited((e) => e.type),
    at: audited((e) => e.at),
    'token.id': audited((e) => (e.token === null ? undefined : e.token.id)),
    'token.name': audited((e) => (e.token === null ? undefined : e.token.name)),
    'actor.id': audited((e) => (e.actor === null ? undefined : e.actor.id)),
    'actor.name': audited((e) => (e.actor === null ? undefined : e.actor.name)),
    ip: audited((e) => e.ip),
    reason: audited((e) => e.reason),
  },
};

/** A 404 GEN_404 error. */
export function notFound(message: string): ApiError {
  return new ApiError('GEN_404', message);
}

/** The token named by a path parameter, or 404 GEN_404. */
export function tokenOr404(store: MockStore, id: string | undefined): TokenRecord {
  const token = id === undefined ? undefined : store.tokens.get(id);
  if (!token) throw notFound(`Token ${id ?? ''} not found`);
  return token;
}
