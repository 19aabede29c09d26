/**
 * The authorisation rules a known token must pass. The request pipeline (`authenticate.ts`) and the policy check
 * endpoint (`POST /auth/tokens/{pk}/check`) both call {@link evaluateAccess}, so "what would happen" and "what
 * happens" cannot disagree.
 *
 * Order, as the spec's `PolicyRuleKind` documents it (first failure wins):
 * `status` (inactive → AUTH_003), `expiration` (token or the secret used → AUTH_004), `module` (AUTH_005),
 * `account_acl`, `ip_blocklist`, `ip_allowlist` (AUTH_006), `api_blocklist`, `api_allowlist` (AUTH_007),
 * `rate_limit` (AUTH_008); `default` when nothing denied.
 */
import { effectiveStatus, type ErrorCode } from '@connect-tokens/protocol';
import { ipInAny } from '../net/cidr';
import { canonicalPath } from './canonical-path';
import type { MockStore } from '../store/mock-store';
import type { ApiRule, SecretRecord, TokenRecord } from '../store/types';
import { compileGlob } from '../rql/glob';

/** The spec's `PolicyRuleKind`. */
export type RuleKind =
  | 'status'
  | 'expiration'
  | 'module'
  | 'account_acl'
  | 'ip_blocklist'
  | 'ip_allowlist'
  | 'api_blocklist'
  | 'api_allowlist'
  | 'rate_limit'
  | 'default';

/** The rule that decided, for the policy check's `rule` field. */
export interface DecidingRule {
  kind: RuleKind;
  value: string | null;
}

/** The outcome of {@link evaluateAccess}. */
export type AccessDecision =
  | { allowed: true; reason: string; rule: DecidingRule }
  | { allowed: false; code: ErrorCode; reason: string; rule: DecidingRule; retryAfterSeconds?: number };

/** What is being attempted. */
export interface AccessAttempt {
  method: string;
  /** Path relative to the API base, without query (`/auth/tokens/SU-1`). */
  path: string;
  ip: string;
  /** The module guarding the path (from the spec), or `null`. */
  module: string | null;
}

/** `GET /auth/tokens/*`: how a rule is shown in messages and in the policy check's `rule.value`. */
export function formatApiRule(rule: ApiRule): string {
  return `${rule.method} ${rule.path}`;
}

/**
 * True when the rule matches the call: same method (or `*`), and the path matches the pattern, where `*` matches
 * any run of characters including `/` (so `/auth/tokens/*` matches every path below `/auth/tokens/` but not
 * `/auth/tokens` itself).
 */
export function apiRuleMatches(rule: ApiRule, method: string, path: string): boolean {
  if (rule.method !== '*' && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  // Requests are matched in canonical form (`canonical-path.ts`), so the rule is too: `/auth/tokens/` names the
  // same path as `/auth/tokens`, and `/auth/tokens/SU%2D1` the same as `/auth/tokens/SU-1`.
  return pathMatcher(rule.path)(path);
}

const pathMatchers = new Map<string, (path: string) => boolean>();

/**
 * A rule's path matcher: the path in canonical form, with `*` kept as written (a trailing `/*` stays, so it never
 * matches its parent), matched by the emulator's one glob matcher (linear time, so a hostile pattern cannot backtrack).
 */
function pathMatcher(pattern: string): (path: string) => boolean {
  let matcher = pathMatchers.get(pattern);
  if (matcher === undefined) {
    const canonical = pattern.endsWith('/*')
      ? `${canonicalPath(pattern.slice(0, -2))}/*`.replace(/^\/\/\*$/, '/*')
      : canonicalPath(pattern);
    matcher = compileGlob(canonical, false);
    // Rules are few and change rarely; the bound only keeps a hostile stream of rule edits from growing the map.
    if (pathMatchers.size >= 10_000) pathMatchers.clear();
    pathMatchers.set(pattern, matcher);
  }
  return matcher;
}

/** Whether a secret (current or renewed-away) has expired at `now`. */
export function secretExpired(token: TokenRecord, secret: SecretRecord, now: number): boolean {
  if (secret.expires_at === undefined) return effectiveStatus(token, now) === 'expired';
  return secret.expires_at === null ? false : Date.parse(secret.expires_at) <= now;
}

/** The message of AUTH_005, as the spec shows it: `Token SU-… lacks module MD-0007 (Integrations)`. */
export function missingModuleMessage(store: MockStore, tokenId: string, moduleId: string): string {
  return `Token ${tokenId} lacks module ${moduleId} (${store.module(moduleId)?.name ?? 'unknown'})`;
}

/**
 * Evaluates every rule for `token` at the store's current time. With `consume`, a passing rate-limit check uses up one
 * request (the pipeline); without, it only looks (the policy check must not eat the caller's budget).
 */
export function evaluateAccess(
  store: MockStore,
  token: TokenRecord,
  secret: SecretRecord | undefined,
  attempt: AccessAttempt,
  options: { consume: boolean },
): AccessDecision {
  const now = store.clock.now();
  const status = effectiveStatus(token, now);
  const method = attempt.method.toUpperCase();
  if (status === 'inactive') {
    return {
      allowed: false,
      code: 'AUTH_003',
      reason: `Token ${token.id} is inactive`,
      rule: { kind: 'status', value: status },
    };
  }
  if (status === 'expired') {
    return {
      allowed: false,
      code: 'AUTH_004',
      reason: `Token ${token.id} expired at ${token.expiration_date}`,
      rule: { kind: 'expiration', value: token.expiration_date },
    };
  }
  if (secret && secretExpired(token, secret, now)) {
    return {
      allowed: false,
      code: 'AUTH_004',
      reason: `This key of token ${token.id} was replaced by a renewal and expired at ${secret.expires_at}`,
      rule: { kind: 'expiration', value: secret.expires_at ?? null },
    };
  }
  if (attempt.module !== null && !token.permissions.some((p) => p.module.id === attempt.module)) {
    return {
      allowed: false,
      code: 'AUTH_005',
      reason: missingModuleMessage(store, token.id, attempt.module),
      rule: { kind: 'module', value: attempt.module },
    };
  }
  if (store.acl.length > 0) {
    if (!store.aclAllows(attempt.ip)) {
      return {
        allowed: false,
        code: 'AUTH_006',
        reason: `IP address ${attempt.ip} is not in the account's IP access list`,
        rule: { kind: 'account_acl', value: null },
      };
    }
  }
  const blockedIp = token.access.blocked_ips.find((cidr) => ipInAny(attempt.ip, [cidr]));
  if (blockedIp !== undefined) {
    return {
      allowed: false,
      code: 'AUTH_006',
      reason: `IP address ${attempt.ip} is blocked for token ${token.id} (${blockedIp})`,
      rule: { kind: 'ip_blocklist', value: blockedIp },
    };
  }
  if (token.access.allowed_ips.length > 0 && !ipInAny(attempt.ip, token.access.allowed_ips)) {
    return {
      allowed: false,
      code: 'AUTH_006',
      reason: `IP address ${attempt.ip} is not allowed for token ${token.id}`,
      rule: { kind: 'ip_allowlist', value: null },
    };
  }
  const blockedApi = token.access.blocked_apis.find((rule) => apiRuleMatches(rule, method, attempt.path));
  if (blockedApi !== undefined) {
    return {
      allowed: false,
      code: 'AUTH_007',
      reason: `${method} ${attempt.path} is blocked for token ${token.id} (${formatApiRule(blockedApi)})`,
      rule: { kind: 'api_blocklist', value: formatApiRule(blockedApi) },
    };
  }
  if (
    token.access.allowed_apis.length > 0 &&
    !token.access.allowed_apis.some((rule) => apiRuleMatches(rule, method, attempt.path))
  ) {
    return {
      allowed: false,
      code: 'AUTH_007',
      reason: `${method} ${attempt.path} is not among the allowed APIs of token ${token.id}`,
      rule: { kind: 'api_allowlist', value: null },
    };
  }
  const limit = token.rate_limit;
  if (limit) {
    const retryAfter = options.consume
      ? store.rateLimits.take(token.id, limit.requests, limit.period_seconds)
      : store.rateLimits.peek(token.id, limit.requests, limit.period_seconds);
    if (retryAfter > 0) {
      return {
        allowed: false,
        code: 'AUTH_008',
        reason: `Rate limit of ${limit.requests} requests per ${limit.period_seconds} seconds exceeded`,
        rule: { kind: 'rate_limit', value: `${limit.requests}/${limit.period_seconds}s` },
        retryAfterSeconds: retryAfter,
      };
    }
  }
  return {
    allowed: true,
    reason: `No rule denies ${method} ${attempt.path} for token ${token.id}`,
    rule: { kind: 'default', value: null },
  };
}
