import type { SdkFetch } from '../core/options';

/**
 * A response whose body was read within the attempt's timeout, readable again and again from those bytes (openapi-fetch
 * reads it once, the caller may read `response` again, the retry rules may peek at an error body).
 */
class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | null | undefined;

  constructor(raw: Response, bytes: Uint8Array) {
    super(null, raw);
    this.#bytes = bytes;
  }

  static {
    // The rarely used ways of reading a body answer from a new Response of the bytes.
    for (const name of ['arrayBuffer', 'blob', 'bytes', 'formData', 'clone'] as const) {
      (BufferedResponse.prototype as unknown as Record<string, unknown>)[name] = function (this: BufferedResponse) {
        return this.#fresh()[name]();
      };
    }
  }

  #fresh(): Response {
    return new Response(this.#bytes as BodyInit, this);
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return (this.#stream ??= this.#fresh().body);
  }

  // What openapi-fetch reads, straight from the bytes: a new Response would read them through a stream.
  override async text(): Promise<string> {
    return new TextDecoder().decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/**
 * One attempt: the response, its body read into a buffer (inside the attempt's timeout) unless it has none. Read with
 * the stream's reader rather than `arrayBuffer()`, which copies the bytes once more into a new ArrayBuffer: a body of
 * one chunk (most JSON answers) is kept as it came, and several chunks are copied once into one array of their total
 * size (a `Blob` of them would copy every byte twice: into the blob, then out of it).
 */
export async function fetchAndBuffer(fetch: SdkFetch, request: Request, signal: AbortSignal): Promise<Response> {
  const response = await fetch(request, { signal });
  const { body } = response;
  // No body (204, 304, HEAD…): nothing to read.
  if (body === null) return response;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read; !(read = await reader.read()).done; ) {
    chunks.push(read.value);
    size += read.value.byteLength;
  }
  if (chunks.length === 1) return new BufferedResponse(response, chunks[0]!);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new BufferedResponse(response, bytes);
}
