/**
 * Test harness: a platform per test behind one MSW server per file, and an `api()` client that sends real `fetch`
 * requests and checks every response against the spec (`contract.ts`).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockPlatform, CLIENT_IP_HEADER, type MockPlatform, type MockPlatformOptions } from '../src/index';
import { assertMatchesContract, type ApiResult } from './contract';

export const BASE = 'http://127.0.0.1:4010/public/v1';
export const ORIGIN = 'http://127.0.0.1:4010';
/** A fixed start time so expiry arithmetic is deterministic. */
export const T0 = '2026-03-01T12:00:00.000Z';

/** Per-call options of the api client. */
export interface CallOptions {
  /** Authorization header value; `null` sends none. Default: the platform's bootstrap key. */
  key?: string | null;
  body?: unknown;
  /** Raw body text (sent as is). */
  raw?: BodyInit;
  headers?: Record<string, string>;
  /** Client IP the pipeline should see. */
  ip?: string;
  /** Skip the contract check (for deliberately malformed traffic the spec cannot describe). */
  unchecked?: boolean;
}

/** A client for one platform. */
export function client(platform: MockPlatform) {
  async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const key = options.key === undefined ? platform.bootstrapKey : options.key;
    if (key !== null) headers.authorization = key;
    if (options.ip) headers[CLIENT_IP_HEADER] = options.ip;
    let body: BodyInit | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${platform.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    const result: ApiResult<T> = { status: response.status, headers: response.headers, body: parsed as T, text };
    if (!options.unchecked) assertMatchesContract(method, path, result);
    return result;
  }
  return {
    call,
    get: <T = any>(path: string, options?: CallOptions) => call<T>('GET', path, options),
    post: <T = any>(path: string, body?: unknown, options?: CallOptions) => call<T>('POST', path, { ...options, body }),
    put: <T = any>(path: string, body?: unknown, options?: CallOptions) => call<T>('PUT', path, { ...options, body }),
    del: <T = any>(path: string, options?: CallOptions) => call<T>('DELETE', path, options),
  };
}

/**
 * Installs an MSW server for the file and returns a function that creates a fresh platform for a test and routes the
 * server to it.
 */
export function usePlatform(defaults: MockPlatformOptions = {}) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return async (options: MockPlatformOptions = {}) => {
    const platform = createMockPlatform({ seed: 1, now: T0, ...defaults, ...options });
    server.resetHandlers(...platform.handlers);
    await platform.ready;
    return { platform, api: client(platform), server };
  };
}

/** What an admin call (`/__mock/*`) must send: the bootstrap key, and JSON as its content type. */
export function adminHeaders(platform: MockPlatform): Record<string, string> {
  return { authorization: platform.bootstrapKey, 'content-type': 'application/json' };
}

/** Creates a token over HTTP with the bootstrap key; returns its wire object and full key. */
export async function createToken(api: ReturnType<typeof client>, body: Record<string, unknown> = {}) {
  const result = await api.post('/auth/tokens', { name: 'Test', extension: { id: 'EXT-000' }, ...body });
  if (result.status !== 201) throw new Error(`createToken failed: ${result.status} ${result.text}`);
  return { token: result.body, key: result.body.token as string, id: result.body.id as string };
}
