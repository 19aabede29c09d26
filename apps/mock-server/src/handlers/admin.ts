/**
 * Emulator-only admin routes under `<origin>/__mock/` (not part of the spec, not under the API base): fault
 * configuration, reset and clock control for scripts and manual testing. They are unauthenticated, which is why the
 * CLI binds to loopback by default.
 */
import { http, type HttpHandler } from 'msw';
import type { PlatformRuntime } from '../http/context';
import { ApiError, errorResponse, jsonResponse } from '../http/errors';
import { parseFaultConfig } from '../http/faults';
import { toErrorResponse } from '../http/pipeline';

/** What the admin routes need from the platform. */
export interface AdminHooks {
  runtime: PlatformRuntime;
  reset(): Promise<void>;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 64 * 1024) throw new ApiError('GEN_413', 'Admin request bodies are limited to 64 KiB.');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('VAL_001', 'body: invalid JSON');
  }
}

/** MSW handlers of `/__mock/*` for the platform served at `origin`. */
export function createAdminHandlers(origin: string, hooks: AdminHooks): HttpHandler[] {
  const { runtime } = hooks;
  const wrap = (fn: (request: Request) => Promise<Response> | Response) => async ({ request }: { request: Request }) => {
    try {
      return await fn(request);
    } catch (error) {
      return toErrorResponse(error, runtime);
    }
  };
  const clockView = () => ({ now: runtime.clock.iso(), frozen: runtime.clock.frozen });
  return [
    http.get(`${origin}/__mock/faults`, wrap(() => jsonResponse(runtime.faults))),
    http.put(
      `${origin}/__mock/faults`,
      wrap(async (request) => {
        runtime.faults = parseFaultConfig(await readJson(request));
        return jsonResponse(runtime.faults);
      }),
    ),
    http.post(
      `${origin}/__mock/reset`,
      wrap(async () => {
        await hooks.reset();
        return jsonResponse({ reset: true, now: runtime.clock.iso() });
      }),
    ),
    http.get(`${origin}/__mock/clock`, wrap(() => jsonResponse(clockView()))),
    http.post(
      `${origin}/__mock/clock`,
      wrap(async (request) => {
        const body = (await readJson(request)) as { advanceMs?: unknown; now?: unknown } | null;
        if (body && typeof body === 'object' && typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs)) {
          runtime.clock.advance(body.advanceMs);
        } else if (body && typeof body === 'object' && typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now))) {
          runtime.clock.set(body.now);
        } else {
          return errorResponse('VAL_001', 'body: expected {"advanceMs": number} or {"now": "<ISO date-time>"}');
        }
        return jsonResponse(clockView());
      }),
    ),
    http.all(`${origin}/__mock/*`, () => errorResponse('GEN_404', 'Unknown admin route.')),
  ];
}
