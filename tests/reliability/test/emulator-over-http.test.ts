/**
 * The HTTP server attacked as the issue 16 probes did, over a real loopback socket (node:http adapter), so that none
 * of them can come back: oversized chunked bodies and deeply nested JSON on every operation that takes a body, and
 * seeded random non-canonical spellings of blocked paths. Work is bounded by count, never by time.
 */
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, SPEC_TEXT, startMockServer, type MockPlatform, type MockServer } from '@connect-tokens/mock-server';
import { startPlatform } from './support/emulator';

const SEED = 20_261_207;
const spec = loadSpec(SPEC_TEXT);

interface Answer {
  status: number;
  errorCode: string | undefined;
}

/** One request with its target sent verbatim; the body chunked (no Content-Length) when `chunkedBytes` is set. */
function send(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
  chunkedBytes?: number,
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        let errorCode: string | undefined;
        try {
          errorCode = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error_code?: string }).error_code;
        } catch {
          errorCode = undefined;
        }
        resolve({ status: res.statusCode ?? 0, errorCode });
      });
    });
    req.on('error', reject);
    if (chunkedBytes === undefined) return void req.end(body);
    const chunk = Buffer.alloc(64 * 1024, '{');
    let left = chunkedBytes;
    req.on('response', () => (left = 0));
    const pump = () => {
      while (left > 0) {
        left -= chunk.byteLength;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('the emulator over HTTP under hostile input', () => {
  let platform: MockPlatform;
  let server: MockServer;
  let unexpected: unknown[];
  let target: string;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    ({ platform, unexpected } = await startPlatform({ seed: 'over-http' }));
    target = (await platform.issueToken({ name: 'target' })).token.id;
    server = await startMockServer({ handlers: platform.handlers, port: 0, origin: new URL(platform.baseUrl).origin });
  });
  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    await server.close();
  });

  const withBody = () =>
    spec.operations
      .filter((op) => op.requestSchema)
      .map((op) => ({
        op,
        path: `/public/v1${op.path.replace(/\{[^}]+\}/g, (name) => (name === '{method}' ? 'get' : target))}`,
      }));
  const json = () => ({ authorization: platform.bootstrapKey, 'content-type': 'application/json' });
  const stillServing = async () =>
    expect((await send(server.url, 'GET', '/public/v1/modules', { authorization: platform.bootstrapKey })).status).toBe(
      200,
    );

  it('answers a 2 MiB chunked body on every operation that takes one with 413, and keeps serving', async () => {
    const answers: string[] = [];
    for (const { op, path } of withBody()) {
      const answer = await send(server.url, op.method, path, json(), undefined, 2 * 1024 * 1024);
      answers.push(`${op.method} ${op.path} ${answer.status}`);
      expect(answer.status, `${op.method} ${op.path}`).toBe(413);
    }
    expect(answers.length).toBeGreaterThan(10);
    await stillServing();
    expect(crashes).toEqual([]);
  });

  it('answers JSON nested 5000 deep on every operation that takes a body with 400 VAL_001 before any change', async () => {
    const auditBefore = platform.store.audit.all().length;
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    let parsedAndRefused = 0;
    for (const { op, path } of withBody()) {
      const answer = await send(server.url, op.method, path, json(), deep);
      // Operations whose path names another kind of object see an id that cannot exist (404, before the body).
      if (answer.status === 404) expect(answer.errorCode).toBe('GEN_404');
      else expect(answer, `${op.method} ${op.path}`).toEqual({ status: 400, errorCode: 'VAL_001' });
      if (answer.status === 400) parsedAndRefused += 1;
    }
    expect(parsedAndRefused).toBeGreaterThan(5);
    expect(platform.store.audit.all().length).toBe(auditBefore);
    await stillServing();
    expect(unexpected).toEqual([]);
  });

  it('applies a block of every method on /auth/* to 500 seeded non-canonical spellings of its paths', async () => {
    const { key } = await platform.issueToken({ name: 'blocked' });
    const blocked = [...platform.store.tokens.values()].find((t) => key.includes(t.id))!;
    blocked.access.blocked_apis = [{ method: '*', path: '/auth/*' }];
    const canonical = spec.operations
      .filter((op) => op.path.startsWith('/auth/'))
      .map((op) => ({
        method: op.method,
        segments: op.path
          .slice(1)
          .split('/')
          .map((s) => (s.startsWith('{') ? target : s)),
      }));
    const encodeSome = (segment: string, mask: number) =>
      [...segment]
        .map((c, i) => ((mask >> (i % 16)) & 1 ? `%${c.charCodeAt(0).toString(16).padStart(2, '0')}` : c))
        .join('');
    const spelling = fc.record({
      at: fc.nat(canonical.length - 1),
      slashes: fc.array(fc.constantFrom('/', '//', '/./', '/x/../', '/%2e/', '/y/%2E%2e/'), {
        minLength: 8,
        maxLength: 8,
      }),
      masks: fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }),
      trailing: fc.constantFrom('', '/', '/.', '//'),
    });
    const refused: string[] = [];
    await fc.assert(
      fc.asyncProperty(spelling, async ({ at, slashes, masks, trailing }) => {
        const { method, segments } = canonical[at]!;
        const path = segments.map((s, i) => `${slashes[i]}${encodeSome(s, masks[i]!)}`).join('') + trailing;
        const answer = await send(
          server.url,
          method,
          `/public/v1${path}`,
          { authorization: key, 'content-type': 'application/json' },
          method === 'GET' || method === 'DELETE' ? undefined : '{}',
        );
        if (answer.status === 403 && answer.errorCode === 'AUTH_007') refused.push(path);
        expect(answer, `${method} ${path}`).toEqual({ status: 403, errorCode: 'AUTH_007' });
      }),
      { seed: SEED, numRuns: 500, endOnFailure: true },
    );
    expect(refused).toHaveLength(500);
    expect(crashes).toEqual([]);
  });
});
