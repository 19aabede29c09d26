/**
 * Raw HTTP for tests that must send what `fetch` would not: a path spelled exactly as given (no dot-segment
 * resolution), a chunked body of any size, any `Host` header. Over a real loopback socket with `node:http`.
 */
import { request } from 'node:http';

/** What came back, or the socket error when the connection was cut before an answer. */
export interface RawResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** Options of {@link rawRequest}. */
export interface RawRequest {
  method: string;
  /** Sent verbatim as the request target. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sends this many bytes of `chunkByte`, chunked (no Content-Length), in 64 KiB writes. */
  chunkedBytes?: number;
}

/** Sends one request to `baseUrl` (`http://127.0.0.1:<port>`) on a fresh connection. */
export function rawRequest(baseUrl: string, options: RawRequest): Promise<RawResult> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text === '' ? undefined : JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    // The server may answer and close while the upload is still going: that is expected, the answer is what counts.
    req.on('error', reject);
    if (options.chunkedBytes !== undefined) {
      const chunk = Buffer.alloc(64 * 1024, 'A');
      let left = options.chunkedBytes;
      const pump = () => {
        while (left > 0) {
          const size = Math.min(left, chunk.byteLength);
          left -= size;
          if (!req.write(chunk.subarray(0, size))) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      req.on('response', () => {
        left = 0;
      });
      pump();
    } else {
      req.end(options.body);
    }
  });
}
