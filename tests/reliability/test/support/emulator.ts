/**
 * Shared helpers of the reliability suite: an in-process `fetch` over the emulator's MSW handlers (no socket, no
 * global interception), a contract check of any response against `openapi.yaml`, and a deep scanner that looks for
 * secret values anywhere in an object graph (store, errors, logs, files).
 */
import { getResponse } from 'msw';
import {
  canonicalPath,
  createMockPlatform,
  createRouter,
  loadSpec,
  SPEC_TEXT,
  SpecValidator,
  type MockPlatform,
  type MockPlatformOptions,
} from '@connect-tokens/mock-server';
import { readBody } from './read-body';

/** A fixed start time: every clock-dependent rule is deterministic. */
export const T0 = '2026-03-01T12:00:00.000Z';
export const T0_MS = Date.parse(T0);
export const DAY_MS = 86_400_000;

/** A seeded platform at {@link T0} whose unexpected exceptions (500s) are collected instead of printed. */
export async function startPlatform(
  options: MockPlatformOptions = {},
): Promise<{ platform: MockPlatform; unexpected: unknown[] }> {
  const unexpected: unknown[] = [];
  const platform = createMockPlatform({
    seed: 1,
    now: T0,
    webhookRetryDelaysMs: [0, 0],
    onUnexpectedError: (error) => unexpected.push(error),
    ...options,
  });
  await platform.ready;
  return { platform, unexpected };
}

/**
 * A `fetch` that hands each request straight to the platform's handlers through MSW's `getResponse` (what the SDK's
 * edge-runtime test does). A dropped connection (`HttpResponse.error()`, status 0) rejects like a real reset.
 */
export function inProcessFetch(
  platform: MockPlatform,
  wrap?: (request: Request) => Request,
): (request: Request, init?: { signal?: AbortSignal }) => Promise<Response> {
  return async (input: Request, init) => {
    const request = wrap ? wrap(input) : input;
    // The SDK gives each attempt's signal in `init`, as `fetch(request, init)` takes it.
    const signal = init?.signal ?? request.signal;
    if (signal?.aborted) throw signal.reason;
    // Like a real fetch, give up as soon as the caller's signal aborts (MSW's getResponse does not watch it).
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    let response: Response | undefined;
    try {
      response = await Promise.race([getResponse(platform.handlers, request), aborted]);
    } finally {
      signal?.removeEventListener('abort', onAbort!);
    }
    if (!response) throw new TypeError(`fetch failed: no handler for ${request.method} ${request.url}`);
    if (response.type === 'error' || response.status === 0) {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    }
    return response;
  };
}

/** Sends one raw request to the platform and reads the body; `null` when the connection was dropped. */
export async function send(
  platform: MockPlatform,
  method: string,
  pathAndQuery: string,
  init: { headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<{ status: number; headers: Headers; text: string; body: any } | null> {
  const request = new Request(`${platform.baseUrl}${pathAndQuery}`, {
    method,
    headers: init.headers ?? {},
    ...(init.body !== undefined && method !== 'GET' && method !== 'HEAD' ? { body: init.body as BodyInit } : {}),
  });
  const response = await getResponse(platform.handlers, request);
  if (!response) throw new Error(`no MSW handler matched ${method} ${request.url}`);
  if (response.type === 'error' || response.status === 0) return null;
  const { text, body } = await readBody(response);
  return { status: response.status, headers: response.headers, text, body };
}

const spec = loadSpec(SPEC_TEXT);
const router = createRouter(spec.operations);
export const validator = new SpecValidator(spec.document);

/**
 * Returns the reasons `result` (to `method path`, path relative to the API base, raw/encoded) breaks the spec: a
 * status the operation does not document, a body that does not validate against the documented schema, a missing
 * `X-Request-Id`, a list without `Content-Range`, a 429 without `Retry-After`. Empty array = valid.
 */
export function contractViolations(
  method: string,
  path: string,
  result: { status: number; headers: Headers; text: string; body: unknown },
): string[] {
  const problems: string[] = [];
  const where = `${method} ${path} → ${result.status}`;
  if (!result.headers.get('x-request-id')) problems.push(`${where}: missing X-Request-Id`);
  const errorBody = () => {
    const outcome = validator.validate('#/components/schemas/Error', result.body);
    if (!outcome.ok) problems.push(`${where}: not an Error body: ${result.text.slice(0, 300)}`);
  };
  // The emulator routes the canonical spelling of a path (its `canonical-path.ts`), so the contract does too.
  const match = router.match(method, canonicalPath(path.split('?')[0]!));
  if (match.kind !== 'found') {
    if (![404, 405, 413].includes(result.status))
      problems.push(`${where}: unknown route answered with ${result.status}`);
    errorBody();
    return problems;
  }
  const { operation } = match;
  const family = `${String(result.status)[0]}XX`;
  const candidates =
    result.status >= 500 ? [String(result.status), family, 'default'] : [String(result.status), family];
  const key = candidates.find((k) => Object.hasOwn(operation.responses, k));
  if (key === undefined) {
    problems.push(`${where}: status not documented for ${operation.operationId}`);
    return problems;
  }
  const pointer = operation.responses[key];
  if (pointer === undefined) {
    if (result.text !== '') problems.push(`${where}: body present but the spec documents none`);
  } else {
    const outcome = validator.validate(pointer, result.body);
    if (!outcome.ok)
      problems.push(
        `${where}: body does not match ${operation.operationId} ${key}: ${outcome.errors.join('; ')} — ${result.text.slice(0, 300)}`,
      );
  }
  if (result.status >= 400) errorBody();
  if (
    operation.rql &&
    result.status === 200 &&
    !/^items \d+-\d+\/\d+$/.test(result.headers.get('content-range') ?? '')
  ) {
    problems.push(`${where}: list without a valid Content-Range`);
  }
  if (result.status === 429 && !/^[1-9]\d*$/.test(result.headers.get('retry-after') ?? '')) {
    problems.push(`${where}: 429 without a valid Retry-After`);
  }
  return problems;
}

/** The secret part of a full key (`ApiKey SU-…:<secret>` → `<secret>`). */
export function secretOf(key: string): string {
  const secret = key.slice(key.lastIndexOf(':') + 1);
  if (!/^[0-9a-f]{40}$/.test(secret)) throw new Error(`not a full key: ${key.slice(0, 30)}…`);
  return secret;
}

/**
 * Walks an object graph (objects, arrays, Maps, Sets, class instances, Error causes, typed arrays decoded as UTF-8)
 * and returns `path: secret-prefix` for every string that contains one of `secrets`. JS `#private` fields are not
 * reachable, and functions are not entered.
 */
export function findSecrets(root: unknown, secrets: readonly string[], rootName = '$'): string[] {
  const hits: string[] = [];
  const wanted = secrets.filter((s) => s.length >= 8);
  const seen = new WeakSet<object>();
  const check = (text: string, path: string) => {
    for (const secret of wanted) if (text.includes(secret)) hits.push(`${path}: …${secret.slice(0, 6)}…`);
  };
  const walk = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      check(value, path);
      return;
    }
    if (value === null || typeof value !== 'object' || depth > 40) return;
    if (seen.has(value)) return;
    seen.add(value);
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      check(Buffer.from(value as Uint8Array).toString('utf8'), path);
      return;
    }
    if (value instanceof Map) {
      for (const [k, v] of value) {
        walk(k, `${path}.<key>`, depth + 1);
        walk(v, `${path}[${String(k).slice(0, 40)}]`, depth + 1);
      }
      return;
    }
    if (value instanceof Set) {
      for (const v of value) walk(v, `${path}{}`, depth + 1);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${path}.${String(key)}`, depth + 1);
    }
    if (value instanceof Error) {
      check(value.message, `${path}.message`);
      if (value.stack) check(value.stack, `${path}.stack`);
      walk(value.cause, `${path}.cause`, depth + 1);
    }
  };
  walk(root, rootName, 0);
  return hits;
}

/** A small seeded PRNG (mulberry32), for test-side dice that must reproduce. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolves to `'timeout'` when `promise` has not settled within `ms` (so a hang fails a test instead of stalling it). */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A logger that keeps every line (pino-style `(fields, message)` calls) and everything else it is given. */
export function capturingLogger() {
  const lines: { level: string; args: unknown[] }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push({ level, args });
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    lines,
    text: () =>
      lines
        .map((l) => `${l.level} ${l.args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`)
        .join('\n'),
  };
}
