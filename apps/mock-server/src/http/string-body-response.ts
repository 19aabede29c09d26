/**
 * A `Response` whose body is a string known when it is made: every JSON answer of the emulator (`jsonResponse`).
 *
 * Why: undici builds a `ReadableStream` for a body in the `Response` constructor (about 10 µs, the largest single
 * cost of an API request over HTTP), and the node:http adapter never reads that stream; it writes the string itself.
 * This subclass is constructed without a body and creates the real body (an ordinary `Response` with the same text
 * and headers) the first time anyone touches it: `body`, `bodyUsed`, `text()`, `json()`, `arrayBuffer()`, `blob()`,
 * `bytes()`, `formData()` and `clone()` all behave as on `new Response(text, init)`, so msw, its interceptors and user
 * code see no difference.
 *
 * Its headers wait in a plain record the same way until `headers` is read: the pipeline adds `X-Request-Id` and the
 * CORS headers through {@link setResponseHeader}, and the adapter writes {@link unbuiltHeaders}, so an API answer
 * over HTTP never builds a `Headers` (construction, three `set`s and a sorted iteration cost more than the rest of
 * the response). Names and values are checked and normalised as `Headers.set` does. Runtime-neutral (Fetch API only).
 */

/** Statuses that must not have a body (`new Response(body, { status })` throws for them). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** What `Headers` accepts as a name (an RFC 9110 token) and rejects in a value once trimmed (not a ByteString too). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\0\r\n]|[^\0-\xff]/;
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** Names already checked, as `Headers` stores them: the emulator sets the same few on every response. */
const checkedNames = new Map<string, string>();

function isEdgeWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** `[lower-case name, trimmed value]` as `Headers.set` stores it, or `undefined` where `Headers.set` would throw. */
function normalised(name: string, value: string): [string, string] | undefined {
  let lower = checkedNames.get(name);
  if (lower === undefined) {
    if (!HEADER_NAME.test(name)) return undefined;
    lower = name.toLowerCase();
    if (checkedNames.size < 256) checkedNames.set(name, lower);
  }
  const padded =
    value.length > 0 && (isEdgeWhitespace(value.charCodeAt(0)) || isEdgeWhitespace(value.charCodeAt(value.length - 1)));
  const trimmed = padded ? value.replace(EDGE_WHITESPACE, '') : value;
  return BAD_VALUE.test(trimmed) ? undefined : [lower, trimmed];
}

/**
 * A plain-object `init.headers` as the record the response keeps, or `undefined` when it is anything else (then the
 * `Response` constructor handles it, including its errors). `set-cookie` and names repeated in another case, which
 * `Headers` would keep apart or join, also take the ordinary way.
 */
function headerRecord(init: HeadersInit | undefined): Record<string, string> | undefined {
  if (init === undefined) return {};
  if (typeof init !== 'object' || init === null || Object.getPrototypeOf(init) !== Object.prototype) return undefined;
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(init as Record<string, unknown>)) {
    if (typeof value !== 'string') return undefined;
    const entry = normalised(name, value);
    if (!entry || entry[0] === 'set-cookie' || Object.hasOwn(record, entry[0])) return undefined;
    record[entry[0]] = entry[1];
  }
  return record;
}

const responseHeaders = Object.getOwnPropertyDescriptor(Response.prototype, 'headers')!.get! as (
  this: Response,
) => Headers;

export class StringBodyResponse extends Response {
  readonly #text: string;
  /** The real body, created on first use. */
  #real: Response | undefined;
  /** Headers not yet copied into `headers` (lower-case names); `undefined` once they are. */
  #pending: Record<string, string> | undefined;

  constructor(text: string, init: ResponseInit = {}) {
    if (init.status !== undefined && NULL_BODY_STATUSES.has(init.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${init.status}`);
    }
    const pending = headerRecord(init.headers);
    super(null, pending ? { status: init.status, statusText: init.statusText } : init);
    this.#text = text;
    this.#pending = pending;
  }

  /** The headers as `Headers` would list them, while `headers` has not been built; else `undefined` (read it). */
  static unbuiltHeaders(response: Response): [string, string][] | undefined {
    if (!(#pending in response) || response.#pending === undefined) return undefined;
    const record = response.#pending;
    // `Headers` iterates in name order.
    const names = Object.keys(record).sort();
    const entries: [string, string][] = new Array(names.length);
    for (let i = 0; i < names.length; i++) entries[i] = [names[i]!, record[names[i]!]!];
    return entries;
  }

  /** `headers.set(name, value)` without building `headers` when possible. */
  static setHeader(response: Response, name: string, value: string): void {
    if (#pending in response && response.#pending !== undefined) {
      const entry = normalised(name, value);
      if (entry && entry[0] !== 'set-cookie') {
        response.#pending[entry[0]] = entry[1];
        return;
      }
    }
    // Anything unusual (and its TypeError) the ordinary way.
    response.headers.set(name, value);
  }

  /**
   * The body text of a `StringBodyResponse` nobody has read (or asked for the stream of), else `undefined`: then the
   * body must be read the ordinary way.
   */
  static unreadText(response: Response): string | undefined {
    return #text in response && response.#real === undefined ? response.#text : undefined;
  }

  #body(): Response {
    // The headers are copied at this moment: they only matter to `blob()`'s type and `formData()`'s parsing.
    this.#real ??= new Response(this.#text, { headers: this.headers });
    return this.#real;
  }

  override text(): Promise<string> {
    return this.#body().text();
  }

  // biome-ignore lint/suspicious/noExplicitAny: the override keeps Response.json()'s declared type.
  override json(): Promise<any> {
    return this.#body().json();
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#body().arrayBuffer();
  }

  override blob(): Promise<Blob> {
    return this.#body().blob();
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#body().bytes();
  }

  override formData(): Promise<FormData> {
    return this.#body().formData();
  }

  override clone(): Response {
    if (this.#real === undefined) {
      const headers = this.#pending ? { ...this.#pending } : this.headers;
      return new StringBodyResponse(this.#text, { status: this.status, statusText: this.statusText, headers });
    }
    // The stream exists and may be partly read: clone it as `Response.clone()` does (which throws once it is used).
    const copy = this.#real.clone();
    return new Response(copy.body, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  static {
    // `body` and `bodyUsed` are accessors on `Response.prototype`, which TypeScript types as plain properties, so they
    // cannot be overridden with `get` in the class body.
    Object.defineProperty(StringBodyResponse.prototype, 'body', {
      configurable: true,
      enumerable: true,
      get(this: StringBodyResponse): ReadableStream<Uint8Array> | null {
        return this.#body().body;
      },
    });
    Object.defineProperty(StringBodyResponse.prototype, 'headers', {
      configurable: true,
      enumerable: true,
      get(this: StringBodyResponse): Headers {
        const headers = responseHeaders.call(this);
        const pending = this.#pending;
        if (pending !== undefined) {
          this.#pending = undefined;
          for (const name of Object.keys(pending)) headers.set(name, pending[name]!);
        }
        return headers;
      },
    });
    Object.defineProperty(StringBodyResponse.prototype, 'bodyUsed', {
      configurable: true,
      enumerable: true,
      get(this: StringBodyResponse): boolean {
        return this.#real?.bodyUsed ?? false;
      },
    });
  }
}

/** Sets a header of a response: without building its `Headers` when it is a {@link StringBodyResponse}. */
export function setResponseHeader(response: Response, name: string, value: string): void {
  StringBodyResponse.setHeader(response, name, value);
}
