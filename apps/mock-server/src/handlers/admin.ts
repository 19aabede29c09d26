/**
 * Emulator-only admin routes under `<origin>/__mock/` (not part of the spec, not under the API base): fault
 * configuration, reset and clock control for scripts and manual testing.
 *
 * They can wipe the store, move the clock or lift a ban, so they are closed to anyone but the operator and to web
 * pages (issue 16 item 3):
 * - every call needs the bootstrap key, `Authorization: ApiKey <key>` exactly as on the API (401 AUTH_001);
 * - no CORS: no `Access-Control-Allow-Origin` on any answer, and a preflight gets 405 without CORS headers, so a
 *   browser never lets another origin's script send or read one;
 * - `POST`/`PUT` need `Content-Type: application/json` (415 GEN_415), which a page cannot send without a preflight;
 * - bodies are read at most 64 KiB, counted while reading (413 GEN_413);
 * - the node:http adapter also refuses a `Host` other than `localhost`, `127.0.0.1` or `[::1]` when it is bound to
 *   loopback (DNS rebinding; see `server/node-http-adapter.ts`).
 * In-process users call `platform.reset()`, `platform.clock` and `platform.runtime.faults` directly instead.
 */
import { http, type HttpHandler } from 'msw';
import type { PlatformRuntime } from '../http/context';
import { readBodyWithin } from '../http/body-reader';
import { ApiError, errorResponse, jsonResponse, toErrorResponse } from '../http/errors';
import { parseFaultConfig } from '../http/faults';
import { isJsonContentType, parseJsonBody } from '../http/json-body';
import { MAX_ADMIN_BODY_BYTES } from '../http/request-limits';

/** The path prefix of the admin routes. */
export const ADMIN_PATH_PREFIX = '/__mock';

/** True for a path the admin routes own (msw matches paths case-insensitively, hence the lower-casing). */
export function isAdminPath(pathname: string): boolean {
  const lower = pathname.toLowerCase();
  return lower === ADMIN_PATH_PREFIX || lower.startsWith(`${ADMIN_PATH_PREFIX}/`);
}

/** What the admin routes need from the platform. */
export interface AdminHooks {
  runtime: PlatformRuntime;
  /** The `Authorization` value that opens the admin routes: the bootstrap key. */
  adminKey: string;
  reset(): Promise<void>;
}

/** Compares without an early exit, so the time taken does not tell how much of a guess was right. */
function sameSecret(given: string, expected: string): boolean {
  const compared = given.length === expected.length ? given : expected;
  let difference = given.length === expected.length ? 0 : 1;
  for (let i = 0; i < expected.length; i++) difference |= compared.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}

async function readJson(request: Request, maxJsonDepth: number): Promise<unknown> {
  const read = await readBodyWithin(request, MAX_ADMIN_BODY_BYTES);
  if (!read.ok)
    throw new ApiError('GEN_413', `Admin request bodies are limited to ${MAX_ADMIN_BODY_BYTES / 1024} KiB.`);
  const text = new TextDecoder().decode(read.bytes);
  if (text.trim() === '') return {};
  return parseJsonBody(text, maxJsonDepth);
}

/** MSW handlers of `/__mock/*` for the platform served at `origin`. */
export function createAdminHandlers(origin: string, hooks: AdminHooks): HttpHandler[] {
  const { runtime, adminKey } = hooks;
  const guard =
    (fn: (request: Request) => Promise<Response> | Response) =>
    async ({ request }: { request: Request }) => {
      try {
        const given = request.headers.get('authorization')?.trim() ?? '';
        if (!sameSecret(given, adminKey)) {
          return errorResponse(
            'AUTH_001',
            'The admin routes need "Authorization: <the bootstrap key>" (ApiKey SU-…:<secret>), as printed by the emulator at start.',
          );
        }
        if (
          (request.method === 'POST' || request.method === 'PUT') &&
          !isJsonContentType(request.headers.get('content-type'))
        ) {
          return errorResponse('GEN_415', 'Admin requests with a body must be sent as Content-Type: application/json.');
        }
        return await fn(request);
      } catch (error) {
        return toErrorResponse(error, runtime.onUnexpectedError);
      }
    };
  const clockView = () => ({ now: runtime.clock.iso(), frozen: runtime.clock.frozen });
  const { maxJsonDepth } = runtime.limits;
  return [
    // Before any route: a preflight is refused without CORS headers, so no browser sends the real request.
    http.options(`${origin}${ADMIN_PATH_PREFIX}/*`, () =>
      errorResponse('GEN_405', 'The admin routes do not allow cross-origin requests.', { allow: 'GET, PUT, POST' }),
    ),
    http.get(
      `${origin}/__mock/faults`,
      guard(() => jsonResponse(runtime.faults)),
    ),
    http.put(
      `${origin}/__mock/faults`,
      guard(async (request) => {
        runtime.faults = parseFaultConfig(await readJson(request, maxJsonDepth));
        return jsonResponse(runtime.faults);
      }),
    ),
    http.post(
      `${origin}/__mock/reset`,
      guard(async () => {
        await hooks.reset();
        return jsonResponse({ reset: true, now: runtime.clock.iso() });
      }),
    ),
    http.get(
      `${origin}/__mock/clock`,
      guard(() => jsonResponse(clockView())),
    ),
    http.post(
      `${origin}/__mock/clock`,
      guard(async (request) => {
        const body = (await readJson(request, maxJsonDepth)) as { advanceMs?: unknown; now?: unknown } | null;
        if (body && typeof body === 'object' && typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs)) {
          runtime.clock.advance(body.advanceMs);
        } else if (
          body &&
          typeof body === 'object' &&
          typeof body.now === 'string' &&
          !Number.isNaN(Date.parse(body.now))
        ) {
          runtime.clock.set(body.now);
        } else {
          return errorResponse('VAL_001', 'body: expected {"advanceMs": number} or {"now": "<ISO date-time>"}');
        }
        return jsonResponse(clockView());
      }),
    ),
    http.all(
      `${origin}/__mock/*`,
      guard(() => errorResponse('GEN_404', 'Unknown admin route.')),
    ),
  ];
}
