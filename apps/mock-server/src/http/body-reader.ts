/**
 * Reads a request body up to a byte limit, counting while reading: an endless or lying body (chunked, no
 * Content-Length, or a Content-Length that understates it) is cut off at the limit instead of filling memory. Every
 * route that reads a body reads it here: the API pipeline, the `/__mock/*` admin routes.
 */
import { ApiError } from './errors';

/** What a body can be read from: a Fetch `Request` or the adapter's deferred request. */
export interface BodySource {
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
  /**
   * Reads the body as reading `body` to its end would, without building the stream, when the source can (the
   * node:http adapter's request: the web stream cost more than the rest of reading a small body); else `undefined`,
   * and `body` is read. Rejects when the body cannot be read.
   */
  readWithin?(maxBytes: number): Promise<BodyRead> | undefined;
}

/** The outcome of {@link readBodyWithin}. */
export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

const EMPTY = new Uint8Array(0);
const UNREADABLE = 'body: the request body could not be read (the client stopped sending it)';

/** Reads the body of `source`, or reports it too large as soon as more than `maxBytes` arrived (or were declared). */
export async function readBodyWithin(source: BodySource, maxBytes: number): Promise<BodyRead> {
  const declared = source.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) return { ok: false, tooLarge: true };
  const direct = source.readWithin?.(maxBytes);
  if (direct) {
    try {
      return await direct;
    } catch {
      throw new ApiError('VAL_001', UNREADABLE);
    }
  }
  if (!source.body) return { ok: true, bytes: EMPTY };
  const reader = source.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiError('VAL_001', UNREADABLE);
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: when msw has cloned the request (`getResponse`), the body is one branch of a tee and cancelling it
      // only settles once the other branch is read or cancelled too, which may never happen. The node:http adapter
      // pauses (never destroys) the socket on cancel and closes the connection after the 413 is written.
      void reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
