import type { SdkFetch } from '../core/options';
import { fetchAndBuffer } from './buffered-response';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Redirects followed within one attempt before the last one is returned as the answer. */
const MAX_REDIRECTS = 5;

/**
 * One attempt, following redirects within the request's own origin only (at most {@link MAX_REDIRECTS}). A redirect to
 * another origin is returned as the answer (and becomes an error): following it would send the `Authorization` header
 * and the body (a webhook's `jwt_secret`, a new token's name) wherever the server pointed. 307/308 keep the method and
 * body; 303, and 301/302 after a POST, continue as a GET without a body, as `fetch` does.
 */
export async function fetchSameOrigin(
  fetch: SdkFetch,
  request: Request,
  signal: AbortSignal,
  body: BodyInit | undefined,
): Promise<Response> {
  for (let hops = 0; ; hops++) {
    const response = await fetchAndBuffer(fetch, request, signal);
    const { status } = response;
    const location = REDIRECTS.has(status) && hops < MAX_REDIRECTS && response.headers.get('location');
    let target: URL | undefined;
    try {
      // Not `URL.parse`: older browsers and edge runtimes lack it.
      if (location) target = new URL(location, request.url);
    } catch {
      // an unusable Location is the answer itself
    }
    // Most answers are no redirect: the request's origin is only worked out (a URL parse) when there is a target.
    if (!target || target.origin !== new URL(request.url).origin) return response;
    const toGet = (status === 303 && request.method !== 'HEAD') || (status < 303 && request.method === 'POST');
    request = new Request(target, {
      method: toGet ? 'GET' : request.method,
      headers: request.headers,
      body: toGet ? undefined : body,
      redirect: 'manual',
    });
    if (toGet) request.headers.delete('content-type');
  }
}
