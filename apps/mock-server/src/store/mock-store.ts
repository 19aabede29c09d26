import type { Clock } from '../clock';
import type { Random } from '../random';
import { AuditLog } from './audit-log';
import { AuthFailureTracker, RateLimiter } from './guards';
import { IdempotencyCache } from './idempotency-cache';
import { EXTENSIONS, MODULES, seedModuleResources, type ModuleResource } from './seed-data';
import { StatisticsStore } from './statistics';
import { TokenStore } from './token-store';
import { compileIpMatcher, type IpMatcher } from '../net/ip-matcher';
import type { AclEntry, ExtensionRecord, ModuleRecord } from './types';

/**
 * All state of one emulated platform. Synchronous by design (see `TokenStore`); exposed as `platform.store` so tests
 * can arrange and inspect state directly, and so later features (webhooks, endpoint tokens) can hang their own
 * collections off `extensions`.
 */
export class MockStore {
  readonly tokens: TokenStore;
  readonly audit: AuditLog;
  readonly statistics: StatisticsStore;
  readonly idempotency: IdempotencyCache;
  readonly authFailures: AuthFailureTracker;
  readonly rateLimits: RateLimiter;
  readonly modules: readonly ModuleRecord[] = MODULES;
  readonly extensionTypes: readonly ExtensionRecord[] = EXTENSIONS;
  /** Module id → the resources its list returns. */
  moduleResources = new Map<string, ModuleResource[]>();
  #acl: readonly AclEntry[] = [];
  #aclMatcher: IpMatcher | undefined;
  /**
   * Free-form collections for features plugged in by other modules (webhooks, endpoint tokens). Cleared by `reset()`
   * together with everything else.
   */
  readonly collections = new Map<string, unknown>();

  constructor(
    readonly clock: Clock,
    readonly random: Random,
  ) {
    this.tokens = new TokenStore(clock, random);
    this.audit = new AuditLog(clock);
    this.statistics = new StatisticsStore(clock);
    this.idempotency = new IdempotencyCache(clock);
    this.authFailures = new AuthFailureTracker(clock);
    this.rateLimits = new RateLimiter(clock);
    this.moduleResources = seedModuleResources(random, clock.now());
  }

  /** The account IP ACL (`/modules/integrations/settings`): when non-empty, only these ranges may use any token. */
  get acl(): readonly AclEntry[] {
    return this.#acl;
  }

  /** Replaces the ACL; its compiled matcher is rebuilt on the next check, not on every request. */
  set acl(entries: readonly AclEntry[]) {
    this.#acl = entries;
    this.#aclMatcher = undefined;
  }

  /**
   * True when the account ACL lets `ip` use tokens: it is empty, or `ip` is in one of its ranges. Each change compiles
   * the ranges once (see `IpMatcher`); re-parsing a large list on every request made every call slower.
   */
  aclAllows(ip: string): boolean {
    return this.aclMatcher?.contains(ip) ?? true;
  }

  /** The ACL's ranges compiled, the same object until the ACL changes; `undefined` when the ACL is empty. */
  get aclMatcher(): IpMatcher | undefined {
    if (this.#acl.length === 0) return undefined;
    return (this.#aclMatcher ??= compileIpMatcher(this.#acl.flatMap((entry) => entry.ip_range)));
  }

  module(id: string): ModuleRecord | undefined {
    return this.modules.find((m) => m.id === id);
  }

  extensionType(id: string): ExtensionRecord | undefined {
    return this.extensionTypes.find((e) => e.id === id);
  }

  /**
   * The extension type Connect would find by `name`: Connect names extension types in lowercase (`zapier`), while
   * `GET /extensions` shows display names (`Zapier`); both match, without regard to case.
   */
  extensionTypeNamed(name: string): ExtensionRecord | undefined {
    const wanted = name.trim().toLowerCase();
    return (
      this.extensionTypes.find((e) => e.type === wanted) ??
      this.extensionTypes.find((e) => e.name.toLowerCase() === wanted)
    );
  }

  /** A typed collection created on first use (for plug-in features). */
  collection<T>(name: string, create: () => T): T {
    if (!this.collections.has(name)) this.collections.set(name, create());
    return this.collections.get(name) as T;
  }

  /** Drops all state (tokens, audit, statistics, caches, ACL, plug-in collections); the caller re-seeds. */
  clear(): void {
    this.tokens.clear();
    this.audit.clear();
    this.statistics.clear();
    this.idempotency.clear();
    this.authFailures.clear();
    this.rateLimits.clear();
    this.acl = [];
    this.collections.clear();
    this.moduleResources = seedModuleResources(this.random, this.clock.now());
  }
}
