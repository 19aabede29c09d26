import type { RequestContext } from '../context';
import { fetchRequestOf, type PipelineRequest } from '../deferred-request';

/**
 * A handler's `ctx`, whose `request` is built on first use when the adapter deferred it (see `deferred-request.ts`),
 * then the same object every time. A class, not an object literal with a getter: V8 gives each such literal its own
 * hidden class holding the getter's closure, which kept every request's objects alive until a full GC.
 */
export class HandlerContext implements RequestContext {
  readonly #source: PipelineRequest;
  readonly requestId: string;
  readonly ip: string;
  readonly method: string;
  readonly path: string;
  readonly url: URL;
  readonly operation: RequestContext['operation'];
  readonly params: RequestContext['params'];
  readonly token: RequestContext['token'];
  readonly secret: RequestContext['secret'];
  readonly actor: RequestContext['actor'];
  readonly list: RequestContext['list'];
  readonly body: unknown;
  readonly runtime: RequestContext['runtime'];

  constructor(source: PipelineRequest, fields: Omit<RequestContext, 'request'>) {
    this.#source = source;
    this.requestId = fields.requestId;
    this.ip = fields.ip;
    this.method = fields.method;
    this.path = fields.path;
    this.url = fields.url;
    this.operation = fields.operation;
    this.params = fields.params;
    this.token = fields.token;
    this.secret = fields.secret;
    this.actor = fields.actor;
    this.list = fields.list;
    this.body = fields.body;
    this.runtime = fields.runtime;
  }

  get request(): Request {
    return fetchRequestOf(this.#source);
  }
}
