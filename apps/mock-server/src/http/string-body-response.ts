/**
 * A `Response` whose body is a string known when it is made: every JSON answer of the emulator (`jsonResponse`).
 *
 * Why: undici builds a `ReadableStream` for a body in the `Response` constructor (about 10 µs, the largest single
 * cost of an API request over HTTP), and the node:http adapter never reads that stream; it writes the string itself.
 * This subclass is constructed without a body and creates the real body (an ordinary `Response` with the same text
 * and headers) the first time anyone touches it: `body`, `bodyUsed`, `text()`, `json()`, `arrayBuffer()`, `blob()`,
 * `bytes()`, `formData()` and `clone()` all behave as on `new Response(text, init)`, so msw, its interceptors and user
 * code see no difference. Runtime-neutral (Fetch API only).
 */

/** Statuses that must not have a body (`new Response(body, { status })` throws for them). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export class StringBodyResponse extends Response {
  readonly #text: string;
  /** The real body, created on first use. */
  #real: Response | undefined;

  constructor(text: string, init: ResponseInit = {}) {
    if (init.status !== undefined && NULL_BODY_STATUSES.has(init.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${init.status}`);
    }
    super(null, init);
    this.#text = text;
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
    if (this.#real === undefined) return new StringBodyResponse(this.#text, this);
    // The stream exists and may be partly read: clone it as `Response.clone()` does (which throws once it is used).
    const copy = this.#real.clone();
    return new Response(copy.body, { status: this.status, statusText: this.statusText, headers: this.headers });
  }

  static {
    // `body` and `bodyUsed` are accessors on `Response.prototype`, which TypeScript types as plain properties, so they
    // cannot be overridden with `get` in the class body.
    Object.defineProperty(this.prototype, 'body', {
      configurable: true,
      enumerable: true,
      get(this: StringBodyResponse): ReadableStream<Uint8Array> | null {
        return this.#body().body;
      },
    });
    Object.defineProperty(this.prototype, 'bodyUsed', {
      configurable: true,
      enumerable: true,
      get(this: StringBodyResponse): boolean {
        return this.#real?.bodyUsed ?? false;
      },
    });
  }
}
