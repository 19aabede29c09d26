/** What the CORS tests send and read, in-process and over HTTP alike. */
export const ORIGIN_HEADER = { origin: 'http://localhost:5173' };

/** A browser's preflight for `method` with `requestHeaders` (comma-separated), from {@link ORIGIN_HEADER}. */
export function preflight(url: string, method: string, requestHeaders: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      ...ORIGIN_HEADER,
      'access-control-request-method': method,
      'access-control-request-headers': requestHeaders,
    },
  });
}

/** A comma-separated header as lower-case items. */
export function list(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}
