/**
 * Store records → wire objects (the spec's schemas). The only place that decides field names on the wire, so a spec
 * change is a change here. Secrets are always masked except in the one response that minted them (`withSecret`).
 */
import { effectiveStatus } from '@connect-tokens/protocol';
import type { Clock } from '../clock';
import { maskSecret } from '../crypto/secrets';
import { ApiError } from '../http/errors';
import type { MockStore } from '../store/mock-store';
import type { AuditEvent, ExtensionRecord, ModuleRecord, PermissionRecord, TokenRecord } from '../store/types';

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
  const now = clock.now();
  const [current, previous] = token.secrets;
  const key = withSecret ?? maskSecret(current?.last4 ?? '0000');
  // The previous key of a renewal is shown (masked) only while it still works.
  const previousAlive =
    previous !== undefined &&
    previous.expires_at !== undefined &&
    (previous.expires_at === null || Date.parse(previous.expires_at) > now);
  return {
    id: token.id,
    name: token.name,
    description: token.description,
    external_id: token.external_id,
    owner: { ...token.owner },
    status: effectiveStatus(token, now),
    extension: { ...token.extension },
    token: `ApiKey ${token.id}:${key}`,
    events: {
      created: { at: token.created.at, by: { ...token.created.by } },
      updated: { at: token.updated.at, by: { ...token.updated.by } },
    },
    permissions: token.permissions.map(serializePermission),
    expiration_date: token.expiration_date,
    renewed_expiration_date: previousAlive ? token.renewed_expiration_date : null,
    renewed_token: previousAlive ? `ApiKey ${token.id}:${maskSecret(previous.last4)}` : null,
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
