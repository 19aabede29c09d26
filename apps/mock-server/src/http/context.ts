import type { ParsedQuery } from '@connect-tokens/protocol';
import type { Clock } from '../clock';
import type { Random } from '../random';
import type { OperationSpec, createRouter, SpecModel } from '../spec/spec-model';
import type { SpecValidator } from '../spec/validators';
import type { MockStore } from '../store/mock-store';
import type { ActorRef, SecretRecord, TokenRecord } from '../store/types';
import type { FaultConfig } from './faults';
import type { RequestLimits } from './request-limits';

/** One line of the request log. Never contains credentials: only the token id that was authenticated. */
export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  tokenId: string | null;
  ip: string;
  errorCode: string | null;
}

/** Everything the request pipeline and handlers share for one platform. */
export interface PlatformRuntime {
  readonly store: MockStore;
  readonly clock: Clock;
  readonly spec: SpecModel;
  readonly validator: SpecValidator;
  readonly router: ReturnType<typeof createRouter>;
  /** `http://127.0.0.1:4010/public/v1` */
  readonly baseUrl: string;
  /** `/public/v1` */
  readonly basePath: string;
  faults: FaultConfig;
  readonly faultRandom: Random;
  readonly routes: Map<string, RouteImplementation>;
  readonly log: ((entry: RequestLogEntry) => void) | undefined;
  /** Called with exceptions that became a 500 GEN_500 (a bug in the emulator); defaults to `console.error`. */
  readonly onUnexpectedError: ((error: unknown) => void) | undefined;
  /** Body size and JSON depth limits (see `request-limits.ts`). */
  readonly limits: RequestLimits;
}

/** The parsed list query of an operation with `x-rql`. */
export interface ListQuery {
  parsed: ParsedQuery;
  limit: number;
  offset: number;
  /** Filtered properties the operation does not declare, dropped as django-rql does (`X-Connect-Ignored-Filters`). */
  ignoredFilters: readonly string[];
}

/** What a handler receives. */
export interface RequestContext {
  readonly request: Request;
  readonly requestId: string;
  /** The client's IP as the pipeline determined it (see `client-ip.ts`). */
  readonly ip: string;
  readonly method: string;
  /** Path relative to the API base (`/auth/tokens/SU-1`). */
  readonly path: string;
  readonly url: URL;
  readonly operation: OperationSpec;
  readonly params: Readonly<Record<string, string>>;
  /** The authenticated token (`null` on routes with `auth: 'none'`). */
  readonly token: TokenRecord | null;
  readonly secret: SecretRecord | null;
  /** Who is acting, for `events.*.by` and audit entries. */
  readonly actor: ActorRef;
  /** Parsed RQL + pagination, for list operations. */
  readonly list: ListQuery | undefined;
  /** The parsed, schema-validated JSON body (`undefined` when none was sent). */
  readonly body: unknown;
  readonly runtime: PlatformRuntime;
}

/** A handler: synchronous where it mutates the store (see `TokenStore`), may be async otherwise. */
export type Handler = (ctx: RequestContext) => Response | Promise<Response>;

/**
 * A custom authenticator for routes that do not use API tokens (e.g. endpoint tokens of `/integrations/…`). It
 * returns the acting identity or throws an `ApiError`.
 */
export type CustomAuthenticator = (
  request: Request,
  runtime: PlatformRuntime,
  ip: string,
) => Promise<ActorRef> | ActorRef;

/** How one operation is implemented. Keys of the route table are `METHOD /path/template` as in the spec. */
export interface RouteImplementation {
  handle: Handler;
  /** `'token'` (default): the API-token pipeline with module scoping; `'none'`: public; or a custom authenticator. */
  auth?: 'token' | 'none' | CustomAuthenticator;
}
