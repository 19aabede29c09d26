import type { Clock } from '../clock';
import type { Random } from '../random';
import { constantTimeEqual, generateSecret, sha256Hex } from '../crypto/secrets';
import type { ActorRef, PermissionRecord, RateLimitRule, SecretRecord, TokenAccessRules, TokenRecord } from './types';
import { ACCOUNT } from './seed-data';
import { createIndexedTokenIndex } from './indexes/indexed-token-index';
import type { TokenIndex, TokenIndexFactory, TokenListView } from './indexes/token-index';

/** Everything a new token needs besides what the store fills in. */
export interface NewToken {
  name: string;
  description?: string | null;
  external_id?: string | null;
  extension: { id: string; name: string };
  expiration_date?: string | null;
  permissions?: { id: string; name: string }[];
  access?: Partial<TokenAccessRules>;
  rate_limit?: RateLimitRule | null;
  logo?: string | null;
  active?: boolean;
}

/** A freshly minted secret: the plain value (shown once) and what the store keeps. */
export interface MintedSecret {
  secret: string;
  record: SecretRecord;
}

/** The owner of every token. */
const OWNER: Readonly<ActorRef> = Object.freeze({ id: ACCOUNT.id, name: ACCOUNT.name });

const NONE: readonly never[] = Object.freeze([]);

/** Default access rules: no IP or API restrictions (the empty lists are shared; see {@link TokenAccessRules}). */
export function defaultAccessRules(): TokenAccessRules {
  return { allowed_ips: NONE, blocked_ips: NONE, allowed_apis: NONE, blocked_apis: NONE };
}

/** The frozen `{ id, name }` kept in `pool` for that id and name, made on first use. */
function shared(
  pool: Map<string, Readonly<{ id: string; name: string }>>,
  { id, name }: { id: string; name: string },
): Readonly<{ id: string; name: string }> {
  const key = `${id}\u0000${name}`;
  let value = pool.get(key);
  if (!value) {
    value = Object.freeze({ id, name });
    pool.set(key, value);
  }
  return value;
}

/**
 * The tokens. All mutators are synchronous: the only async step (hashing a new secret) happens in
 * {@link TokenStore.mintSecret} before a mutation starts, so concurrent requests cannot interleave inside one.
 */
export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  /** SHA-256(secret) → token id, for `Bearer <secret>` lookups. */
  private readonly byHash = new Map<string, string>();
  private permissionSequence = 0;
  /** {@link newestFirst}'s array, dropped whenever a token is inserted or deleted. */
  private newestFirstCache: readonly TokenRecord[] | undefined;
  /** What lists derive from the tokens (statuses, folded names, orders), told of every change. */
  private index: TokenIndex = createIndexedTokenIndex();
  /**
   * One frozen `{ id, name }` per extension, shared by its tokens. A filter on `extension.id` over 100k tokens read
   * 100k scattered copies, one cache miss each; shared, they stay in cache.
   */
  private readonly extensions = new Map<string, TokenRecord['extension']>();
  /** One frozen `{ id, name }` per module, shared by its permissions. */
  private readonly modules = new Map<string, PermissionRecord['module']>();
  /** Subscribers of {@link onChange}; they survive `clear()`. */
  private readonly listeners = new Set<(token: TokenRecord | undefined) => void>();

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
  ) {}

  /**
   * Replaces the list index with a new one made by `create`, filled with the current tokens. The emulator uses the
   * indexed one; tests run the same behaviour against the plain reference (`createPlainTokenIndex`).
   */
  useIndex(create: TokenIndexFactory): void {
    this.index = create();
    for (const token of this.tokens.values()) this.index.inserted(token);
  }

  /**
   * The store as a list sees it at `now`: newest first, with every status, folded name and cached order.
   * `onExpired` receives tokens that became `expired` (to record the expiry once); it must not change the store.
   */
  listView(now: number, onExpired: (token: TokenRecord) => void): TokenListView {
    return this.index.view(now, onExpired);
  }

  /** A new secret and its stored form. Async (WebCrypto); call it before the synchronous mutation that uses it. */
  async mintSecret(): Promise<MintedSecret> {
    const secret = generateSecret();
    return { secret, record: { hash: await sha256Hex(secret), last4: secret.slice(-4), created_at: this.clock.iso() } };
  }

  // Ids are joined rather than built by a template: a template string of 13 or more characters is kept as a tree of
  // its parts (about twice the bytes of the text), `join` makes one flat string.
  private newId(): string {
    for (;;) {
      const id = ['SU', this.random.digits(3), this.random.digits(3), this.random.digits(3)].join('-');
      if (!this.tokens.has(id)) return id;
    }
  }

  /** A permission id, unique across the store (`PM-123-456-789`). */
  newPermissionId(): string {
    this.permissionSequence += 1;
    const digits = String(this.permissionSequence).padStart(9, '0');
    return ['PM', digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 9)].join('-');
  }

  /**
   * Calls `listener` (synchronously; it must not throw) with every token inserted, touched, given a new secret or
   * deleted, and with `undefined` when the store is cleared. Code that changes a token's `name`, `active` or
   * `expiration_date` calls {@link touch}, so this (and the list index) sees every change of a token's status other
   * than by the clock, and every rename.
   * Returns an unsubscribe function.
   */
  onChange(listener: (token: TokenRecord | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(token: TokenRecord | undefined): void {
    for (const listener of this.listeners) listener(token);
  }

  /** Inserts a token with an already-minted secret. */
  insert(input: NewToken, secret: MintedSecret, by: ActorRef, id?: string): TokenRecord {
    const at = this.clock.iso();
    const created = Object.freeze({ at, by });
    const token: TokenRecord = {
      // What every list reads of every token comes first, so that it shares the record's first cache lines: a
      // filter over 100k tokens is bound by memory reads, not by computation.
      id: id ?? this.newId(),
      active: input.active ?? true,
      expiration_date: input.expiration_date ?? null,
      expiry_audited: false,
      name: input.name,
      created,
      extension: this.sharedExtension(input.extension),
      description: input.description ?? null,
      external_id: input.external_id ?? null,
      owner: OWNER,
      secrets: [secret.record],
      permissions: (input.permissions ?? []).map((module) => ({
        id: this.newPermissionId(),
        module: this.sharedModule(module),
        granted_at: at,
        granted_by: by,
      })),
      access: { ...defaultAccessRules(), ...input.access },
      rate_limit: input.rate_limit ?? null,
      logo: input.logo ?? null,
      updated: created,
      last_access: null,
      renewed_expiration_date: null,
      version: 1,
    };
    if (this.tokens.has(token.id)) throw new Error(`Token ${token.id} already exists`);
    this.tokens.set(token.id, token);
    this.newestFirstCache = undefined;
    this.index.inserted(token);
    this.byHash.set(secret.record.hash, token.id);
    this.changed(token);
    return token;
  }

  private sharedExtension(extension: { id: string; name: string }): TokenRecord['extension'] {
    return shared(this.extensions, extension);
  }

  /** The frozen `{ id, name }` of a module that every permission of it shares, rather than a copy in each. */
  sharedModule(module: { id: string; name: string }): PermissionRecord['module'] {
    return shared(this.modules, module);
  }

  get(id: string): TokenRecord | undefined {
    return this.tokens.get(id);
  }

  /** All tokens in creation order. */
  list(): TokenRecord[] {
    return [...this.tokens.values()];
  }

  /**
   * All tokens, newest first (the lists' default order), as one array shared until the next insert or delete: a list
   * of 100k tokens then costs no copy per request. Records are the live ones, so a changed field is seen at once.
   */
  newestFirst(): readonly TokenRecord[] {
    this.newestFirstCache ??= [...this.tokens.values()].reverse();
    return this.newestFirstCache;
  }

  /** All tokens in creation order, without copying them into an array (do not insert or delete while iterating). */
  values(): IterableIterator<TokenRecord> {
    return this.tokens.values();
  }

  get size(): number {
    return this.tokens.size;
  }

  /** Marks a change (bumps version and `updated`). */
  touch(token: TokenRecord, by: ActorRef): void {
    token.version += 1;
    token.updated = { at: this.clock.iso(), by };
    this.index.changed(token);
    this.changed(token);
  }

  /** Removes a token; its secrets stop working at once. */
  delete(id: string): TokenRecord | undefined {
    const token = this.tokens.get(id);
    if (!token) return undefined;
    for (const secret of token.secrets) this.byHash.delete(secret.hash);
    this.tokens.delete(id);
    this.newestFirstCache = undefined;
    this.index.deleted(token);
    this.changed(token);
    return token;
  }

  /**
   * Installs a new current secret. `keepPrevious` (renew) keeps the old current secret valid until `previousExpiry`;
   * otherwise (rotate) every older secret dies immediately.
   */
  replaceSecret(token: TokenRecord, secret: MintedSecret, keepPrevious: { until: string | null } | null): void {
    const previous = token.secrets;
    const kept: SecretRecord[] = [];
    if (keepPrevious && previous[0]) kept.push({ ...previous[0], expires_at: keepPrevious.until });
    for (const old of previous) if (!kept.some((k) => k.hash === old.hash)) this.byHash.delete(old.hash);
    token.secrets = [secret.record, ...kept];
    this.byHash.set(secret.record.hash, token.id);
    this.index.changed(token);
    this.changed(token);
  }

  /** Drops secrets replaced by `renew` whose grace period is over (called lazily during authentication). */
  pruneSecrets(token: TokenRecord, now: number): void {
    const [current, ...rest] = token.secrets;
    if (!current) return;
    const alive = rest.filter(
      (s) => s.expires_at === null || s.expires_at === undefined || Date.parse(s.expires_at) > now,
    );
    for (const dead of rest) if (!alive.includes(dead)) this.byHash.delete(dead.hash);
    token.secrets = [current, ...alive];
  }

  /**
   * Finds the token and the secret a credential names. With an id (`ApiKey id:secret`), every secret of that token is
   * compared in constant time; with only a secret (`Bearer`), the hash index is used.
   */
  async resolve(
    tokenId: string | undefined,
    secret: string,
  ): Promise<{ token: TokenRecord; secret: SecretRecord } | undefined> {
    const hash = await sha256Hex(secret);
    // Read the store only after the await: a token deleted meanwhile is then correctly not found.
    if (tokenId === undefined) {
      const id = this.byHash.get(hash);
      const token = id === undefined ? undefined : this.tokens.get(id);
      const match = token?.secrets.find((s) => constantTimeEqual(s.hash, hash));
      return token && match ? { token, secret: match } : undefined;
    }
    const token = this.tokens.get(tokenId);
    if (!token) return undefined;
    let found: SecretRecord | undefined;
    // Compare against every secret without stopping early, so timing does not reveal which one matched.
    for (const candidate of token.secrets) if (constantTimeEqual(candidate.hash, hash) && !found) found = candidate;
    return found ? { token, secret: found } : undefined;
  }

  clear(): void {
    this.tokens.clear();
    this.newestFirstCache = undefined;
    this.index.cleared();
    this.byHash.clear();
    this.permissionSequence = 0;
    this.changed(undefined);
  }
}
