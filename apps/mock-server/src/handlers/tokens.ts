/**
 * `/auth/tokens` and the lifecycle actions. Every mutation is synchronous after its one await (minting a secret), so
 * concurrent requests on one token serialise on the event loop and cannot leave it half-updated.
 */
import { canTransition, effectiveStatus, type TokenAction } from '@connect-tokens/protocol';
import { auditChange } from './audit-change';
import type { RequestContext, RouteImplementation } from '../http/context';
import { ApiError, jsonResponse, jsonTextResponse, noContent } from '../http/errors';
import { listResponse } from '../http/list';
import { observeExpiry } from '../http/observe';
import { ACCOUNT } from '../store/seed-data';
import type { ExtensionRecord, RateLimitRule, TokenAccessRules, TokenRecord } from '../store/types';
import { apiRuleList, bodyObject, cidrList, FieldErrors, futureDate, idOf } from './body';
import { serializeToken, tokenJsonAt, tokenOr404, tokenRows } from './serializers';

/** `access_rules` of a request body (already schema-validated): replaces the whole rule set; lists left out are empty. */
function readAccessRules(errors: FieldErrors, raw: unknown): TokenAccessRules | undefined {
  if (raw === undefined) return undefined;
  const body = bodyObject(raw);
  return {
    allowed_ips: cidrList(errors, 'access_rules.allowed_ips', body.allowed_ips) ?? [],
    blocked_ips: cidrList(errors, 'access_rules.blocked_ips', body.blocked_ips) ?? [],
    allowed_apis: apiRuleList(errors, 'access_rules.allowed_apis', body.allowed_apis) ?? [],
    blocked_apis: apiRuleList(errors, 'access_rules.blocked_apis', body.blocked_apis) ?? [],
  };
}

/** `rate_limit`: an object, `null` (none) or absent (`undefined`: unchanged). */
function readRateLimit(raw: unknown): RateLimitRule | null | undefined {
  if (raw === undefined || raw === null) return raw;
  const limit = raw as RateLimitRule;
  return { requests: limit.requests, period_seconds: limit.period_seconds };
}

/** Modules of a create body's `permissions` (`[{object: {id}}]`); unknown or repeated modules are TKN_002. */
function readModules(ctx: RequestContext, raw: unknown): { id: string; name: string }[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: { id: string; name: string }[] = [];
  raw.forEach((item) => {
    const id = idOf((item as { object?: unknown })?.object);
    const module = id === undefined ? undefined : ctx.runtime.store.module(id);
    if (!module) throw new ApiError('TKN_002', `Module ${id ?? '(none)'} does not exist`);
    if (out.some((m) => m.id === module.id)) throw new ApiError('TKN_002', `Module ${module.id} is listed twice`);
    out.push({ id: module.id, name: module.name });
  });
  return out;
}

/**
 * `extension` of a create body, by id or else by name (Connect's `_ExtensionWrite`, both optional): the id wins when
 * both are sent, and a reference that resolves to nothing is VAL_001 naming the field that was tried.
 */
function readExtension(ctx: RequestContext, errors: FieldErrors, raw: unknown): ExtensionRecord | undefined {
  const { store } = ctx.runtime;
  const reference = (raw ?? {}) as { id?: unknown; name?: unknown };
  if (typeof reference.id === 'string') {
    const extension = store.extensionType(reference.id);
    if (!extension) errors.add('extension.id', `unknown extension ${JSON.stringify(reference.id)}`);
    return extension;
  }
  if (typeof reference.name === 'string') {
    const extension = store.extensionTypeNamed(reference.name);
    if (!extension) {
      const names = store.extensionTypes.map((e) => e.type).join(', ');
      errors.add('extension.name', `unknown extension ${JSON.stringify(reference.name)} (extension names: ${names})`);
    }
    return extension;
  }
  errors.add('extension', 'must have an id or a name');
  return undefined;
}

function listTokens(ctx: RequestContext): Response {
  const { store, clock } = ctx.runtime;
  const now = clock.now();
  // The view records `token.expired` the first time it sees a token expired; only the page is serialized.
  const view = store.tokens.listView(now, (token) => observeExpiry(store, token, now));
  return listResponse(ctx, view.rows, tokenRows(store, view, now));
}

async function createToken(ctx: RequestContext): Promise<Response> {
  const { store, clock } = ctx.runtime;
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  const extension = readExtension(ctx, errors, body.extension);
  const ownerId = idOf(body.owner);
  if (ownerId !== undefined && ownerId !== ACCOUNT.id)
    errors.add('owner.id', `must be the caller's account ${ACCOUNT.id}`);
  if (typeof body.name === 'string' && body.name.trim() === '') errors.add('name', 'must not be empty');
  const expiration = futureDate(errors, 'expiration_date', body.expiration_date, clock.now());
  const access = readAccessRules(errors, body.access_rules);
  errors.throwIfAny();
  const permissions = readModules(ctx, body.permissions);

  const secret = await store.tokens.mintSecret();
  // From here on: synchronous.
  const token = store.tokens.insert(
    {
      name: (body.name as string).trim(),
      description: typeof body.description === 'string' ? body.description : null,
      external_id: typeof body.external_id === 'string' ? body.external_id : null,
      extension: { id: extension!.id, name: extension!.name },
      expiration_date: expiration ?? null,
      logo: typeof body.logo === 'string' ? body.logo : null,
      rate_limit: readRateLimit(body.rate_limit) ?? null,
      ...(permissions ? { permissions } : {}),
      ...(access ? { access } : {}),
    },
    secret,
    ctx.actor,
  );
  store.statistics.track(token.id);
  audit(ctx, 'token.created', token, {
    extension: token.extension.id,
    permissions: token.permissions.map((p) => p.module.id),
  });
  return jsonResponse(serializeToken(token, clock, secret.secret), 201);
}

function getToken(ctx: RequestContext): Response {
  const { store, clock } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.pk);
  observeExpiry(store, token);
  return jsonTextResponse(tokenJsonAt(store, token, clock.now()));
}

/** Records an audit event about `token` caused by this request. */
export function audit(
  ctx: RequestContext,
  type: string,
  token: TokenRecord,
  details: Record<string, unknown> = {},
): void {
  auditChange(ctx, type, token, details);
}

/** Whether two JSON-like values (strings, null, rule sets) are the same value. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function updateToken(ctx: RequestContext): Response {
  const { store, clock } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.pk);
  const body = bodyObject(ctx.body);
  const errors = new FieldErrors();
  if (typeof body.name === 'string' && body.name.trim() === '') errors.add('name', 'must not be empty');
  const access = readAccessRules(errors, body.access_rules);
  // An addition (Connect ignores the key): a new expiry without a new key. `null` removes the expiry.
  const expiration = futureDate(errors, 'expiration_date', body.expiration_date, clock.now());
  errors.throwIfAny();
  // Partial update: only the fields present change, and only the fields whose value changed are audited (clients
  // send back the whole form, so "sent" is not "changed").
  const next: Partial<
    Pick<TokenRecord, 'name' | 'description' | 'external_id' | 'logo' | 'access' | 'rate_limit' | 'expiration_date'>
  > = {};
  if (typeof body.name === 'string') next.name = body.name.trim();
  if (body.description !== undefined) next.description = typeof body.description === 'string' ? body.description : null;
  if (body.external_id !== undefined) next.external_id = typeof body.external_id === 'string' ? body.external_id : null;
  if (body.logo !== undefined) next.logo = typeof body.logo === 'string' ? body.logo : null;
  if (access) next.access = access;
  const rateLimit = readRateLimit(body.rate_limit);
  if (rateLimit !== undefined) next.rate_limit = rateLimit;
  if (expiration !== undefined && expiration !== token.expiration_date) {
    // An expired key stays dead: bringing it back takes a renew, which issues a new one.
    if (token.expiration_date !== null && Date.parse(token.expiration_date) <= clock.now()) {
      throw new ApiError(
        'TKN_001',
        `Token ${token.id} has expired: renew it to set a new expiration date with a new key.`,
      );
    }
    next.expiration_date = expiration;
  }

  const wireName: Record<keyof typeof next, string> = {
    name: 'name',
    description: 'description',
    external_id: 'external_id',
    logo: 'logo',
    access: 'access_rules',
    rate_limit: 'rate_limit',
    expiration_date: 'expiration_date',
  };
  const changed: string[] = [];
  const previousExpiry = token.expiration_date;
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (sameValue(token[key], next[key])) continue;
    (token as unknown as Record<string, unknown>)[key] = next[key];
    changed.push(wireName[key]);
  }
  if (changed.length === 0) return jsonResponse(serializeToken(token, clock));
  if (changed.includes('expiration_date')) {
    // A new expiry: the token may expire (and be announced as expiring) again.
    token.expiry_audited = false;
  }
  store.tokens.touch(token, ctx.actor);
  const expiryDetails = changed.includes('expiration_date')
    ? { previous_expiration_date: previousExpiry, expiration_date: token.expiration_date }
    : {};
  audit(ctx, 'token.updated', token, { fields: changed, ...expiryDetails });
  return jsonResponse(serializeToken(token, clock));
}

function deleteToken(ctx: RequestContext): Response {
  const { store } = ctx.runtime;
  const token = tokenOr404(store, ctx.params.pk);
  store.tokens.delete(token.id);
  audit(ctx, 'token.deleted', token);
  return noContent();
}

function requireTransition(token: TokenRecord, action: TokenAction, now: number): void {
  const status = effectiveStatus(token, now);
  if (!canTransition(status, action)) {
    throw new ApiError('TKN_001', `Cannot ${action} token ${token.id}: its status is ${status}.`);
  }
}

function setActive(action: 'activate' | 'deactivate') {
  return (ctx: RequestContext): Response => {
    const { store, clock } = ctx.runtime;
    const token = tokenOr404(store, ctx.params.pk);
    requireTransition(token, action, clock.now());
    token.active = action === 'activate';
    store.tokens.touch(token, ctx.actor);
    audit(ctx, `token.${action}d`, token);
    return jsonResponse(serializeToken(token, clock));
  };
}

/**
 * `renew` and `rotate`: both mint a new secret and set a new expiration date (the body's; absent or `null` is
 * never). Renew keeps the previous secret working until the token's previous expiration date, for clients that have
 * not picked up the new one yet (if the token had none, there is no unbounded grace period: it dies at once); rotate
 * revokes it at once (for a leaked key).
 */
function replaceSecret(action: 'renew' | 'rotate') {
  return async (ctx: RequestContext): Promise<Response> => {
    const { store, clock } = ctx.runtime;
    const body = bodyObject(ctx.body);
    const errors = new FieldErrors();
    const requested = futureDate(errors, 'expiration_date', body.expiration_date, clock.now());
    errors.throwIfAny();
    requireTransition(tokenOr404(store, ctx.params.pk), action, clock.now());
    const secret = await store.tokens.mintSecret();
    // Re-read and re-check after the await: the token may have been deleted or changed meanwhile.
    const token = tokenOr404(store, ctx.params.pk);
    const now = clock.now();
    requireTransition(token, action, now);
    const previousExpiry = token.expiration_date;
    const nextExpiry = requested ?? null;
    const graceUntil =
      action === 'renew' && previousExpiry !== null && Date.parse(previousExpiry) > now ? previousExpiry : null;
    store.tokens.replaceSecret(token, secret, graceUntil === null ? null : { until: graceUntil });
    token.renewed_expiration_date = graceUntil;
    token.expiration_date = nextExpiry;
    token.expiry_audited = false;
    store.tokens.touch(token, ctx.actor);
    store.statistics.resetSince(token.id);
    audit(ctx, action === 'renew' ? 'token.renewed' : 'token.rotated', token, {
      previous_expiration_date: previousExpiry,
      expiration_date: nextExpiry,
      previous_key_valid_until: graceUntil,
    });
    return jsonResponse(serializeToken(token, clock, secret.secret));
  };
}

/** Routes of this file. */
export const tokenRoutes: Record<string, RouteImplementation> = {
  'GET /auth/tokens': { handle: listTokens },
  'POST /auth/tokens': { handle: createToken },
  'GET /auth/tokens/{pk}': { handle: getToken },
  'PUT /auth/tokens/{pk}': { handle: updateToken },
  'DELETE /auth/tokens/{pk}': { handle: deleteToken },
  'POST /auth/tokens/{pk}/activate': { handle: setActive('activate') },
  'POST /auth/tokens/{pk}/deactivate': { handle: setActive('deactivate') },
  'POST /auth/tokens/{pk}/renew': { handle: replaceSecret('renew') },
  'POST /auth/tokens/{pk}/rotate': { handle: replaceSecret('rotate') },
};
