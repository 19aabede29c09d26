/**
 * One API request on its way through the pipeline's stages, and what each stage learnt about it. Each field is set by
 * the stage named beside it and read only by later stages.
 */
import type { ActorRef, SecretRecord, TokenRecord } from '../../store/types';
import type { OperationSpec } from '../../spec/spec-model';
import type { PlatformRuntime, RouteImplementation, ListQuery } from '../context';
import type { PipelineRequest } from '../deferred-request';

/** The anonymous actor, for routes without authentication. */
export const ANONYMOUS: ActorRef = { id: 'anonymous', name: 'Anonymous' };

/** A resolved route: the spec operation, its decoded path parameters and its implementation. */
export interface ResolvedRoute {
  operation: OperationSpec;
  params: Record<string, string>;
  implementation: RouteImplementation;
}

export class ApiExchange {
  readonly started = Date.now();
  /** `request-id` */
  requestId = '';
  /** Upper-case method. */
  readonly method: string;
  readonly url: URL;
  /** `route`: the canonical path relative to the API base (see `canonical-path.ts`); the raw one until then. */
  path: string;
  /** `route` */
  route: ResolvedRoute | undefined;
  /** `read-body` */
  bodyText = '';
  /** `authenticate`: the token the credential named (even when denied). */
  token: TokenRecord | null = null;
  /** `authenticate`: true once the token passed every rule (then `last_access` moves). */
  authenticated = false;
  /** `authenticate`: the denial code, for statistics. */
  denial: string | undefined;
  secret: SecretRecord | null = null;
  actor: ActorRef = ANONYMOUS;
  /** `validate` */
  body: unknown;
  list: ListQuery | undefined;
  /** `validate`: body keys ignored as DRF would (for `X-Connect-Ignored-Fields`). */
  ignoredFields: readonly string[] = [];

  constructor(
    readonly runtime: PlatformRuntime,
    readonly request: PipelineRequest,
    url: URL,
    /** `request-id` sets it before any other stage runs. */
    public ip: string,
  ) {
    this.method = request.method.toUpperCase();
    this.url = url;
    const basePath = runtime.basePath;
    this.path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
  }

  /** The route; only stages after `route` may call it. */
  resolved(): ResolvedRoute {
    if (!this.route) throw new Error('pipeline: a stage that needs the route runs before `route`');
    return this.route;
  }
}

/** A stage: does its part, and either answers or hands over to the rest of the pipeline with `next()`. */
export type Stage = (exchange: ApiExchange, next: () => Promise<Response>) => Promise<Response>;
