import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, usePlatform } from './harness';

const start = usePlatform();

async function outcomes(
  api: Awaited<ReturnType<ReturnType<typeof usePlatform>>>['api'],
  path: string,
  n: number,
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const result = await api.get(path);
      out.push(String(result.status));
    } catch {
      out.push('reset');
    }
  }
  return out;
}

describe('fault injection', () => {
  it('injects seeded 429/500/503 and connection resets per route, reproducibly', async () => {
    const faults = {
      routes: { 'GET /modules': { rate429: 0.2, rate500: 0.2, rate503: 0.2, rateReset: 0.2, retryAfterS: 7 } },
    };
    const first = await start({ seed: 42, faults });
    const a = await outcomes(first.api, '/modules', 40);
    const second = await start({ seed: 42, faults });
    const b = await outcomes(second.api, '/modules', 40);
    expect(a).toEqual(b);
    for (const kind of ['200', '429', '500', '503', 'reset']) expect(a).toContain(kind);
    // Other routes are untouched.
    expect(new Set(await outcomes(second.api, '/extensions', 20))).toEqual(new Set(['200']));
  });

  it('sends Retry-After with injected 429 and 503, and a connection reset makes fetch reject', async () => {
    const { api } = await start({ faults: { routes: { '*': { rate503: 1, retryAfterS: 9 } } } });
    const unavailable = await api.get('/modules');
    expect(unavailable.status).toBe(503);
    expect(unavailable.body.error_code).toBe('GEN_503');
    expect(unavailable.headers.get('retry-after')).toBe('9');
    const { api: resetting } = await start({ faults: { routes: { 'GET /auth/tokens/{pk}': { rateReset: 1 } } } });
    await expect(resetting.get('/auth/tokens/SU-000-000-000')).rejects.toThrow(TypeError);
  });

  it('adds latency', async () => {
    const { api } = await start({ faults: { routes: { 'GET /modules': { latencyMs: 120 } } } });
    const started = Date.now();
    await api.get('/modules');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('is configured at run time through GET/PUT /__mock/faults, validated', async () => {
    const { api, platform } = await start();
    const headers = adminHeaders(platform);
    expect(await (await fetch(`${ORIGIN}/__mock/faults`, { headers })).json()).toEqual({ routes: {} });
    const put = await fetch(`${ORIGIN}/__mock/faults`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ routes: { '*': { rate500: 1 } } }),
    });
    expect(put.status).toBe(200);
    expect((await api.get('/modules')).body.error_code).toBe('GEN_500');
    const bad = await fetch(`${ORIGIN}/__mock/faults`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ routes: { '*': { rate500: 2, bogus: 1 } } }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([
      'routes.*.rate500: must be between 0 and 1',
      'routes.*.bogus: unknown field',
    ]);
    await fetch(`${ORIGIN}/__mock/faults`, { method: 'PUT', headers, body: JSON.stringify({ routes: {} }) });
    expect((await api.get('/modules')).status).toBe(200);
  });

  it('rejects an invalid fault configuration at creation', async () => {
    await expect(start({ faults: { routes: { '*': { rate429: -1 } } } })).rejects.toThrow();
  });
});

describe('admin routes', () => {
  it('moves the clock with POST /__mock/clock and resets state with POST /__mock/reset', async () => {
    const { api, platform } = await start();
    const headers = adminHeaders(platform);
    const advanced = await fetch(`${ORIGIN}/__mock/clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ advanceMs: 60_000 }),
    });
    expect(await advanced.json()).toEqual({ now: '2026-03-01T12:01:00.000Z', frozen: true });
    await fetch(`${ORIGIN}/__mock/clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ now: '2027-01-01T00:00:00Z' }),
    });
    expect(platform.clock.iso()).toBe('2027-01-01T00:00:00.000Z');
    const bad = await fetch(`${ORIGIN}/__mock/clock`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ advanceMs: 'soon' }),
    });
    expect(bad.status).toBe(400);

    const created = await api.post('/auth/tokens', { name: 'temp', extension: { id: 'EXT-000' } });
    const reset = await fetch(`${ORIGIN}/__mock/reset`, { method: 'POST', headers });
    expect(reset.status).toBe(200);
    expect((await api.get(`/auth/tokens/${created.body.id}`)).status).toBe(404);
    // The bootstrap key survives a reset, and ids repeat (same seed).
    const again = await api.post('/auth/tokens', { name: 'temp', extension: { id: 'EXT-000' } });
    expect(again.body.id).toBe(created.body.id);
  });
});
