import { describe, expect, it } from 'vitest';
import { usePlatform } from './harness';
import { ORIGIN_HEADER, list, preflight } from './cors-requests';

const setup = usePlatform();

describe('CORS in the platform handlers (in-process)', () => {
  it('answers a preflight 204 without credentials, before routing, with every header the SDK sends', async () => {
    const { platform } = await setup();
    const response = await preflight(
      `${platform.baseUrl}/auth/tokens`,
      'POST',
      'authorization, content-type, idempotency-key',
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(list(response.headers.get('access-control-allow-methods'))).toEqual(
      expect.arrayContaining(['get', 'post', 'put', 'delete']),
    );
    expect(list(response.headers.get('access-control-allow-headers'))).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'idempotency-key',
        'accept',
        'x-request-id',
        'x-endpoint-token',
        'user-agent',
      ]),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('does not count a preflight as an authentication failure or as a request of any token', async () => {
    const { platform } = await setup();
    for (let i = 0; i < 30; i++) {
      expect(
        (await preflight(`${platform.baseUrl}/auth/tokens/SU-000-000-000`, 'DELETE', 'authorization')).status,
      ).toBe(204);
    }
    // More than the brute-force limit of failed credentials would have banned the IP by now.
    const after = await fetch(`${platform.baseUrl}/auth/context`, {
      headers: { authorization: platform.bootstrapKey },
    });
    expect(after.status).toBe(200);
    expect(platform.store.tokens.get('SU-000-000-000')).toBeDefined();
  });

  it('answers preflights for unknown API paths too, so the browser gets to read the real 404', async () => {
    const { platform } = await setup();
    expect((await preflight(`${platform.baseUrl}/no/such/route`, 'GET', 'authorization')).status).toBe(204);
    const missing = await fetch(`${platform.baseUrl}/no/such/route`, {
      headers: { ...ORIGIN_HEADER, authorization: platform.bootstrapKey },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
    expect((await missing.json()).error_code).toBe('GEN_404');
  });

  it('keeps a plain OPTIONS (no Access-Control-Request-Method) an ordinary 405 with Allow', async () => {
    const { platform } = await setup();
    const response = await fetch(`${platform.baseUrl}/auth/tokens`, {
      method: 'OPTIONS',
      headers: { authorization: platform.bootstrapKey },
    });
    expect(response.status).toBe(405);
    expect((await response.json()).error_code).toBe('GEN_405');
    expect(response.headers.get('allow')).toContain('GET');
  });

  it('exposes pagination, request id and retry headers on successes and errors', async () => {
    const { platform } = await setup();
    const ok = await fetch(`${platform.baseUrl}/auth/tokens?limit=1`, {
      headers: { ...ORIGIN_HEADER, authorization: platform.bootstrapKey },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = list(ok.headers.get('access-control-expose-headers'));
    expect(exposed).toEqual(
      expect.arrayContaining(['content-range', 'x-request-id', 'retry-after', 'retry-after-ms', 'idempotent-replayed']),
    );
    // The ordinary answer is unchanged.
    expect(ok.headers.get('content-range')).toBe('items 0-0/1');
    expect(ok.headers.get('x-request-id')).toMatch(/^req-/);
    const denied = await fetch(`${platform.baseUrl}/auth/tokens`, { headers: ORIGIN_HEADER });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
    expect(list(denied.headers.get('access-control-expose-headers'))).toContain('x-request-id');
  });

  it('adds the headers to idempotent replays as well', async () => {
    const { platform } = await setup();
    const send = () =>
      fetch(`${platform.baseUrl}/auth/tokens`, {
        method: 'POST',
        headers: {
          authorization: platform.bootstrapKey,
          'content-type': 'application/json',
          'idempotency-key': 'cors-replay-1',
        },
        body: JSON.stringify({ name: 'Replay', extension: { id: 'EXT-000' } }),
      });
    expect((await send()).status).toBe(201);
    const replay = await send();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('can be switched off with cors: false', async () => {
    const { platform } = await setup({ cors: false });
    const response = await preflight(`${platform.baseUrl}/auth/tokens`, 'GET', 'authorization');
    expect(response.status).toBe(405);
    const ok = await fetch(`${platform.baseUrl}/auth/context`, { headers: { authorization: platform.bootstrapKey } });
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
  });
});
