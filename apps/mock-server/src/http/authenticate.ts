/**
 * Authentication of API-token requests: ban check, credential parsing, secret lookup, then the shared access rules
 * (`access-rules.ts`). Every denial is audited with its error code; secrets never reach the audit trail.
 */
import { parseCredential, redactAuthorization, type ErrorCode } from '@connect-tokens/protocol';
import type { SecretRecord, TokenRecord } from '../store/types';
import { evaluateAccess, type AccessAttempt } from './access-rules';
import type { RequestHeaders } from './deferred-request';
import type { PlatformRuntime } from './context';
import { errorResponse } from './errors';
import { observeExpiry } from './observe';

/** The result of {@link authenticate}. `token` is set whenever the credential named a real token, even on denial. */
export type AuthOutcome =
  | { ok: true; token: TokenRecord; secret: SecretRecord }
  | { ok: false; response: Response; token: TokenRecord | null; code: ErrorCode };

/** Authenticates and authorises one request. */
export async function authenticate(
  runtime: PlatformRuntime,
  request: { readonly headers: RequestHeaders },
  attempt: AccessAttempt,
  requestId: string,
): Promise<AuthOutcome> {
  const { store } = runtime;
  const audit = (
    code: ErrorCode,
    message: string,
    token: TokenRecord | null,
    details: Record<string, unknown> = {},
  ) => {
    store.audit.record({
      type: 'token.access_denied',
      token: token ? { id: token.id, name: token.name } : null,
      // The caller is only known when the secret matched; a wrong secret for a known id is not that token acting.
      actor: details.authenticated === true && token ? { id: token.id, name: token.name } : null,
      ip: attempt.ip,
      reason: code,
      details: { method: attempt.method, path: attempt.path, request_id: requestId, message, ...details },
    });
  };
  const deny = (
    code: ErrorCode,
    message: string,
    token: TokenRecord | null,
    headers: Record<string, string> = {},
  ): AuthOutcome => ({
    ok: false,
    response: errorResponse(code, message, headers),
    token,
    code,
  });
  // A failed credential counts towards the IP's ban; the failure that crosses the threshold is answered with the ban.
  const credentialFailure = (
    code: ErrorCode,
    message: string,
    token: TokenRecord | null,
    details: Record<string, unknown>,
  ): AuthOutcome => {
    audit(code, message, token, details);
    if (store.authFailures.fail(attempt.ip)) {
      const retryAfter = String(Math.ceil(store.authFailures.banRemaining(attempt.ip) / 1000));
      audit('AUTH_009', `Too many failed authentications from ${attempt.ip}; banned for ${retryAfter}s`, null, {
        ip_banned: true,
        retry_after_seconds: Number(retryAfter),
      });
      return deny('AUTH_009', `Too many failed authentication attempts from ${attempt.ip}. Try again later.`, token, {
        'retry-after': retryAfter,
      });
    }
    return deny(code, message, token);
  };

  const banned = store.authFailures.banRemaining(attempt.ip);
  if (banned > 0) {
    return deny('AUTH_009', `Too many failed authentication attempts from ${attempt.ip}. Try again later.`, null, {
      'retry-after': String(Math.ceil(banned / 1000)),
    });
  }

  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') {
    const message = 'Authentication credentials were not provided.';
    audit('AUTH_001', message, null, { reason: 'missing' });
    return deny('AUTH_001', message, null);
  }
  // `ApiKey id:secret`, `Bearer secret`, and (as the spec allows) the bare `id:secret`.
  const credential = parseCredential(header);
  if (!credential) {
    return credentialFailure(
      'AUTH_002',
      'Malformed Authorization header: expected "ApiKey <id>:<secret>" or "Bearer <secret>".',
      null,
      {
        reason: 'malformed',
      },
    );
  }
  const tokenId = credential.kind === 'api-key' ? credential.tokenId : undefined;
  const resolved = await runtime.store.tokens.resolve(tokenId, credential.secret);
  if (!resolved) {
    // Unknown and deleted tokens look the same to the caller (AUTH_001); the account's audit trail still learns which
    // token id was tried, never the secret.
    const named = tokenId === undefined ? null : (store.tokens.get(tokenId) ?? null);
    return credentialFailure('AUTH_001', 'Invalid API key.', named, {
      reason: 'unknown_credential',
      credential: redactAuthorization(header),
    });
  }
  const { token, secret } = resolved;
  observeExpiry(store, token);
  const decision = evaluateAccess(store, token, secret, attempt, { consume: true });
  if (!decision.allowed) {
    audit(decision.code, decision.reason, token, { rule: decision.rule, authenticated: true });
    const headers: Record<string, string> = {};
    if (decision.retryAfterSeconds !== undefined) headers['retry-after'] = String(decision.retryAfterSeconds);
    return deny(decision.code, decision.reason, token, headers);
  }
  return { ok: true, token, secret };
}
