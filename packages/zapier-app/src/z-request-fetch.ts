import type { HttpRequestOptions, ZObject } from 'zapier-platform-core';

/** Statuses whose responses must not have a body (the `Response` constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** `z.request` options this adapter sets that core's typings do not list. */
type AdapterRequestOptions = HttpRequestOptions & {
  url: string;
  /** Core turns any 429 into a `ThrottledError` before the SDK sees it; we want the SDK's `RateLimitError` instead. */
  throwForThrottlingEarly?: boolean;
  /** Core's request merging re-parses the query string (see below); `false` keeps the SDK's URL byte for byte. */
  merge?: boolean;
  signal?: AbortSignal;
};

const ZAPIER_USER_AGENT = 'Zapier';

type HttpMethod = NonNullable<HttpRequestOptions['method']>;

/**
 * A WHATWG `fetch` for the SDK that sends every request through `z.request`.
 *
 * Why not the SDK's default `fetch`: requests made through `z.request` are logged by Zapier with secrets censored,
 * run the app's `beforeRequest` middleware, and are what Zapier's runtime (and MSW in tests) expects to see.
 * `skipThrowForStatus` leaves error statuses to the SDK, which turns them into typed errors.
 */
export function zRequestFetch(z: ZObject): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
    // Exactly `Zapier`, as core's own requests: core's http patch logs every http.request a second time unless its
    // user-agent header (an array, under node-fetch) has an element equal to 'Zapier' (measured with core 19.1.0),
    // and that second log prints headers such as X-Endpoint-Token uncensored.
    headers['user-agent'] = ZAPIER_USER_AGENT;
    const body = hasBody ? await request.text() : undefined;

    const options: AdapterRequestOptions = {
      url: request.url,
      method: request.method.toUpperCase() as HttpMethod,
      headers,
      skipThrowForStatus: true,
      throwForThrottlingEarly: false,
      // With merging on, core runs the URL's query through `querystring.parse` and re-serialises it, which turns
      // RQL terms such as `ordering(-events.created.at)` into `ordering(-events.created.at)=` (RQL_001), and it
      // rejects bodies containing `{{bundle.…}}` (a token description may). The app defines no request template,
      // so there is nothing to merge anyway.
      merge: false,
      // Redirects are the server's business; node-fetch follows them as `fetch` would.
      redirect: 'follow',
    };
    if (body !== undefined && body !== '') options.body = body;
    // The SDK's timeout and cancellation: the Request built above carries the signal given in `init`.
    options.signal = request.signal;

    const response = await z.request(options);

    const responseHeaders = new Headers();
    response.headers.forEach((value: string, key: string) => {
      // node-fetch has already decompressed the body, so the encoding and length no longer describe it.
      if (key === 'content-encoding' || key === 'content-length') return;
      responseHeaders.append(key, value);
    });
    const status = response.status;
    return new Response(NULL_BODY_STATUSES.has(status) ? null : response.content, {
      status,
      headers: responseHeaders,
    });
  };
}
