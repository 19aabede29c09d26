/**
 * The node:http adapter's {@link DeferredRequest}: an `IncomingMessage` as the pipeline reads it, with the Fetch
 * `Request` built only when something asks for one (see `http/deferred-request.ts` for why).
 *
 * It presents exactly what the adapter's `Request` would: the method upper-cased, the URL resolved against the
 * handlers' origin, Node's parsed headers (lower-case names, duplicates already merged or dropped by Node) with any
 * client-sent `x-mock-client-ip` replaced by the address the adapter determined, and for methods other than GET and
 * HEAD the body as a stream, unless the pipeline read it without one (`readWithin`).
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { BodyRead } from '../http/body-reader';
import { CLIENT_IP_HEADER } from '../http/client-ip';
import { DeferredRequest, type RequestHeaders } from '../http/deferred-request';

/**
 * The body of an `IncomingMessage` as a web stream, with backpressure. Unlike `Readable.toWeb`, cancelling it (the
 * pipeline stops reading at a body limit) only pauses the message: destroying it would destroy the socket before the
 * 413 is written, and leave `req.socket` null for the adapter. The adapter closes such a connection itself once the
 * answer is out.
 */
function bodyStreamOf(message: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  const onData = (controller: ReadableStreamDefaultController<Uint8Array>) => (chunk: Buffer) => {
    if (!open) return;
    controller.enqueue(chunk);
    if ((controller.desiredSize ?? 0) <= 0) message.pause();
  };
  let listener: ((chunk: Buffer) => void) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        listener = onData(controller);
        message.on('data', listener);
        message.once('end', () => {
          if (open) controller.close();
          open = false;
        });
        // `on`, not `once`: an 'error' without a listener would be thrown, and a reset client can cause more than one.
        message.on('error', (error) => {
          if (open) controller.error(error);
          open = false;
        });
      },
      pull() {
        message.resume();
      },
      cancel() {
        open = false;
        if (listener) message.off('data', listener);
        message.pause();
      },
    },
    // Bytes, so a chunk is never split and at most ~64 KiB wait in the queue before the socket is paused.
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/**
 * The body of an `IncomingMessage` read whole: what reading {@link bodyStreamOf} to its end gives, without the web
 * stream. Past `maxBytes` it stops listening and pauses the message, as cancelling the stream does.
 */
function readMessageWithin(message: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        stop();
        message.pause();
        resolve({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    };
    const stop = () => {
      message.off('data', onData);
      message.off('end', onEnd);
    };
    message.on('data', onData);
    message.once('end', onEnd);
    // Never removed, as the stream's: an 'error' without a listener would be thrown, and a reset client can cause more
    // than one.
    message.on('error', (error) => {
      stop();
      reject(error);
    });
  });
}

class IncomingHeaders implements RequestHeaders {
  constructor(
    private readonly raw: IncomingHttpHeaders,
    private readonly ip: string,
  ) {}

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (key === CLIENT_IP_HEADER) return this.ip;
    const value = this.raw[key];
    if (value === undefined) return null;
    // Only `set-cookie` is an array in Node; `Headers.get` joins its values the same way.
    return Array.isArray(value) ? value.join(', ') : value;
  }

  /** A Fetch `Headers` with the same entries. */
  toHeaders(): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.raw)) {
      if (value === undefined || name === CLIENT_IP_HEADER) continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    headers.set(CLIENT_IP_HEADER, this.ip);
    return headers;
  }
}

export class IncomingRequest extends DeferredRequest {
  readonly method: string;
  readonly parsedUrl: URL;
  readonly headers: IncomingHeaders;
  readonly #message: IncomingMessage;
  #body: ReadableStream<Uint8Array> | null | undefined;

  /** `origin`: what the handlers are registered for; `ip`: the client address the adapter determined. */
  constructor(message: IncomingMessage, origin: string, ip: string) {
    super();
    this.#message = message;
    this.method = (message.method ?? 'GET').toUpperCase();
    this.parsedUrl = new URL(message.url ?? '/', origin);
    this.headers = new IncomingHeaders(message.headers, ip);
  }

  get url(): string {
    return this.parsedUrl.href;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#body === undefined) this.#body = this.#hasBody() ? bodyStreamOf(this.#message) : null;
    return this.#body;
  }

  /** See `BodySource.readWithin`. Once it has read the body, `body` is null (its content is in `ctx.body`). */
  readWithin(maxBytes: number): Promise<BodyRead> | undefined {
    if (this.#body !== undefined || !this.#hasBody()) return undefined;
    this.#body = null;
    return readMessageWithin(this.#message, maxBytes);
  }

  #hasBody(): boolean {
    return this.method !== 'GET' && this.method !== 'HEAD';
  }

  protected createRequest(): Request {
    const body = this.body;
    // The pipeline reads the body before handlers and authenticators run; a stream it has read cannot start a
    // second Request (and one it read without a stream leaves `body` null), so that Request has no body (its
    // content is in `ctx.body`).
    const usable = body !== null && !body.locked ? body : null;
    return new Request(this.parsedUrl, {
      method: this.method,
      headers: this.headers.toHeaders(),
      body: usable,
      // Required by undici for streaming request bodies.
      ...(usable ? { duplex: 'half' } : {}),
    } as RequestInit);
  }
}
