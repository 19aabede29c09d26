/**
 * The emulator's internal records. They are close to the wire shapes but not identical: secrets are stored hashed,
 * statuses `expiring`/`expired` are derived from the clock, and bookkeeping fields (e.g. whether expiry was audited)
 * never leave the store. Handlers turn them into wire objects (`handlers/serializers.ts`).
 */

/** A reference to who did something: a token (API calls) or the platform itself. */
export interface ActorRef {
  id: string;
  name: string;
}

/** One secret of a token. The current secret is `secrets[0]`; a renewed-away secret stays until `expires_at`. */
export interface SecretRecord {
  /** SHA-256 of the secret, hex. The secret itself is never stored. */
  hash: string;
  /** Last 4 characters, for the masked `****abcd` form. */
  last4: string;
  created_at: string;
  /**
   * When this secret stops working. `undefined` for the current secret (it follows the token's `expiration_date`);
   * a fixed date (or `null` = never) for a secret replaced by `renew`.
   */
  expires_at?: string | null;
}

/** A module granted to a token. */
export interface PermissionRecord {
  id: string;
  /** Frozen and shared by every permission of the same module (see `TokenStore.insert`). */
  module: Readonly<{ id: string; name: string }>;
  granted_at: string;
  granted_by: ActorRef;
}

/**
 * The access rules of a token, checked on every call in the order of `http/access-rules.ts`. Each list is replaced
 * as a whole, never changed in place: an empty one is a frozen array shared by every token.
 */
export interface TokenAccessRules {
  /** When non-empty, only these CIDRs may use the token. */
  allowed_ips: readonly string[];
  /** These CIDRs may never use the token (wins over `allowed_ips`). */
  blocked_ips: readonly string[];
  /** When non-empty, only these method + path patterns may be called (`*` wildcards). */
  allowed_apis: readonly ApiRule[];
  /** These method + path patterns are refused (wins over `allowed_apis`). */
  blocked_apis: readonly ApiRule[];
}

/** A method (or `*`) and a path pattern where `*` matches any run of characters, `/` included. */
export interface ApiRule {
  method: string;
  path: string;
}

/** At most `requests` calls per `period_seconds` (fixed window). */
export interface RateLimitRule {
  requests: number;
  period_seconds: number;
}

/** A stored token. */
export interface TokenRecord {
  id: string;
  name: string;
  description: string | null;
  external_id: string | null;
  /** Frozen and shared by every token of the account (see `TokenStore.insert`). */
  owner: Readonly<ActorRef>;
  /** Frozen and shared by every token of the same extension (see `TokenStore.insert`). */
  extension: Readonly<{ id: string; name: string }>;
  /** False after `deactivate`; `expiring`/`expired` are derived from `expiration_date` and the clock. */
  active: boolean;
  expiration_date: string | null;
  secrets: SecretRecord[];
  permissions: PermissionRecord[];
  access: TokenAccessRules;
  rate_limit: RateLimitRule | null;
  /** A data URI or URL, or `null`. */
  logo: string | null;
  /** Frozen: replaced as a whole, never changed in place (the token index sees a replacement by identity). */
  created: Readonly<{ at: string; by: ActorRef }>;
  /** Replaced as a whole, never changed in place: until the token's first change it is the `created` object. */
  updated: Readonly<{ at: string; by: ActorRef }>;
  last_access: { at: string; ip: string } | null;
  /** The expiration date the previous secret keeps after a `renew` (wire: `renewed_expiration_date`). */
  renewed_expiration_date: string | null;
  /** Set once the lazy `token.expired` audit event has been written. */
  expiry_audited: boolean;
  /**
   * Bumped on every change (`TokenStore.touch`): lets tests and `If-Match`-style checks detect concurrent updates, and
   * tells a token's kept JSON text (`handlers/serializers.ts`, `tokenJsonAt`) that it is stale.
   */
  version: number;
}

/** A module of the platform (MD-0001 … MD-0013). */
export interface ModuleRecord {
  id: string;
  name: string;
  description: string;
  /** The API path prefix of its resource list, e.g. `/accounts`. */
  resource_path: string | null;
}

/** An extension type a token belongs to. */
export interface ExtensionRecord {
  id: string;
  name: string;
  type: string;
  description: string;
}

/** One audit-trail entry (the spec's `AuditEvent`). Never holds secrets: only ids, masked keys and error codes. */
export interface AuditEvent {
  id: string;
  /** One of the spec's `AuditEventType` values. */
  type: string;
  at: string;
  actor: ActorRef | null;
  token: { id: string; name: string } | null;
  ip: string | null;
  /** The error code of a denial (`*.access_denied`), else `null`. */
  reason: string | null;
  details: Record<string, unknown>;
}

/** A named set of CIDRs in the account IP ACL. */
export interface AclEntry {
  name: string;
  ip_range: string[];
}
