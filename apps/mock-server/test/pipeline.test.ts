import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/index';
import { createToken, usePlatform } from './harness';

const start = usePlatform();

describe('request pipeline', () => {
  it('sets X-Request-Id on every response, echoing a sane client id', async () => {
    const { api } = await start();
    const own = await api.get('/modules', { headers: { 'x-request-id': 'my-trace.123' } });
    expect(own.headers.get('x-request-id')).toBe('my-trace.123');
    const generated = await api.get('/modules', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^req-/);
    const denied = await api.get('/modules', { key: null });
    expect(denied.headers.get('x-request-id')).toMatch(/^req-/);
  });

  it('answers 404 GEN_404 for unknown routes and 405 GEN_405 with Allow for wrong methods', async () => {
    const { api } = await start();
    const missing = await api.get('/no/such/thing');
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('GEN_404');
    const wrong = await api.call('PATCH', '/auth/tokens');
    expect(wrong.status).toBe(405);
    expect(wrong.body.error_code).toBe('GEN_405');
    expect(wrong.headers.get('allow')).toContain('GET');
  });

  it('answers 413 GEN_413 above 1 MiB', async () => {
    const { api } = await start();
    const big = JSON.stringify({ name: 'x', extension: { id: 'EXT-000' }, description: 'y'.repeat(MAX_BODY_BYTES) });
    const result = await api.call('POST', '/auth/tokens', {
      raw: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(result.status).toBe(413);
    expect(result.body.error_code).toBe('GEN_413');
  });

  it('answers 415 GEN_415 for a non-JSON body and 400 VAL_001 for broken JSON', async () => {
    const { api } = await start();
    const form = await api.call('POST', '/auth/tokens', {
      raw: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(form.body.error_code).toBe('GEN_415');
    const broken = await api.call('POST', '/auth/tokens', {
      raw: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error_code).toBe('VAL_001');
    expect(broken.body.errors[0]).toMatch(/^body: /);
    const notObject = await api.post('/auth/tokens', [1, 2]);
    expect(notObject.body).toEqual({ error_code: 'VAL_001', errors: ['body: must be object'] });
  });

  it('checks authentication before the body, so anonymous callers learn nothing about validation', async () => {
    const { api } = await start();
    const result = await api.call('POST', '/auth/tokens', {
      key: null,
      raw: 'garbage',
      headers: { 'content-type': 'text/plain' },
    });
    expect(result.body.error_code).toBe('AUTH_001');
  });

  it('replays a POST with the same Idempotency-Key and body, and 409s a different body', async () => {
    const { api, platform } = await start();
    const headers = { 'idempotency-key': 'create-1' };
    const first = await api.post('/auth/tokens', { name: 'once', extension: { id: 'EXT-000' } }, { headers });
    const again = await api.post('/auth/tokens', { name: 'once', extension: { id: 'EXT-000' } }, { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(platform.store.tokens.list().filter((t) => t.name === 'once')).toHaveLength(1);
    const conflict = await api.post('/auth/tokens', { name: 'other', extension: { id: 'EXT-000' } }, { headers });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error_code).toBe('IDEM_001');
  });

  it('keeps neither the Idempotency-Key nor the replayable secret in clear in the cache', async () => {
    const { api, platform } = await start();
    const headers = { 'idempotency-key': 'idem-secret-check-42' };
    const first = await api.post('/auth/tokens', { name: 'cached', extension: { id: 'EXT-000' } }, { headers });
    expect(first.status).toBe(201);
    const secret = String(first.body.token).split(':').pop()!;
    expect(secret).toMatch(/^[0-9a-f]{40}$/);
    const cache = platform.store.idempotency as unknown as { entries: Map<string, unknown> };
    const dump = (value: unknown): string =>
      JSON.stringify(value, (_k, v: unknown) =>
        v instanceof Map ? [...v.entries()] : v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
      );
    const text = dump(cache.entries);
    expect(cache.entries.size).toBe(1);
    expect(text).not.toContain('idem-secret-check-42');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(0, 12));
    // The replay still decrypts with the same key and gives the same secret back.
    const again = await api.post('/auth/tokens', { name: 'cached', extension: { id: 'EXT-000' } }, { headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('replays error responses too, and scopes keys per credential', async () => {
    const { api } = await start();
    const { id } = await createToken(api);
    const { key } = await createToken(api, { permissions: [{ object: { id: 'MD-0007' } }] });
    const headers = { 'idempotency-key': 'act-1' };
    const first = await api.post(`/auth/tokens/${id}/activate`, undefined, { headers });
    expect(first.body.error_code).toBe('TKN_001');
    await api.post(`/auth/tokens/${id}/deactivate`);
    const replay = await api.post(`/auth/tokens/${id}/activate`, undefined, { headers });
    expect(replay.body.error_code).toBe('TKN_001');
    // Another credential with the same key is a different scope: the request really runs.
    const other = await api.post(`/auth/tokens/${id}/activate`, undefined, { headers, key });
    expect(other.status).toBe(200);
  });

  it('refuses an oversized Idempotency-Key with VAL_001', async () => {
    const { api } = await start();
    const result = await api.post('/modules', undefined, {
      headers: { 'idempotency-key': 'k'.repeat(300) },
      unchecked: true,
    });
    expect(result.status).toBe(405);
    const onCreate = await api.post(
      '/auth/tokens',
      { name: 'x', extension: { id: 'EXT-000' } },
      { headers: { 'idempotency-key': 'k'.repeat(300) } },
    );
    expect(onCreate.body.error_code).toBe('VAL_001');
  });
});

describe('request log', () => {
  it('logs one line per request with the token id, never a credential', async () => {
    const lines: string[] = [];
    const { api, platform } = await start({ log: (entry) => lines.push(JSON.stringify(entry)) });
    const secret = platform.bootstrapKey.split(':')[1]!;
    await api.get('/auth/tokens');
    await api.get('/auth/tokens', { key: `ApiKey SU-000-000-000:${'f'.repeat(40)}` });
    await api.post('/auth/tokens', { name: 'x', extension: { id: 'EXT-000' } });
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      method: 'GET',
      path: '/auth/tokens',
      status: 200,
      tokenId: 'SU-000-000-000',
      errorCode: null,
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ status: 401, errorCode: 'AUTH_001' });
    const created = JSON.parse(lines[2]!);
    expect(created.status).toBe(201);
    const all = lines.join('\n');
    expect(all).not.toContain(secret);
    expect(all).not.toContain('f'.repeat(40));
  });
});

describe('unexpected exceptions', () => {
  it('become 500 GEN_500 and reach onUnexpectedError, without crashing the platform', async () => {
    const errors: unknown[] = [];
    const { api } = await start({
      onUnexpectedError: (error) => errors.push(error),
      routes: {
        'GET /modules': {
          handle: () => {
            throw new Error('boom');
          },
        },
      },
    });
    const result = await api.get('/modules');
    expect(result.status).toBe(500);
    expect(result.body).toEqual({ error_code: 'GEN_500', errors: ['Unexpected server error.'] });
    expect(errors).toHaveLength(1);
    expect((await api.get('/extensions')).status).toBe(200);
  });
});
