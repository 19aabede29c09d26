/**
 * `--trust-proxy` over real HTTP: behind a proxy that appends the address it saw (nginx, HAProxy, AWS ALB), the client
 * is the right-most `X-Forwarded-For` hop that is not a trusted proxy. A client that writes its own first hop can
 * neither pass an IP allow list nor dodge the brute-force ban with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_FAILURE_LIMIT, type TrustProxySetting } from '@connect-tokens/mock-server';
import { call, servePlatform, type ServedPlatform } from './support/http-emulator';

const ALLOWED = '203.0.113.7';
const REAL_CLIENT = '198.51.100.9';
const WRONG = `ApiKey SU-000-000-000:${'0'.repeat(40)}`;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()!();
});

async function serve(trustProxy: TrustProxySetting): Promise<ServedPlatform> {
  const served = await servePlatform({ seed: 'proxy', trustProxy });
  closers.push(served.close);
  return served;
}

/** A request as the proxy forwards it: the test's socket is the proxy (127.0.0.1), `chain` its X-Forwarded-For. */
function viaProxy(served: ServedPlatform, key: string, chain: string, path = '/auth/context') {
  return call(`${served.api}${path}`, { headers: { authorization: key, 'x-forwarded-for': chain } });
}

describe('the client IP behind trusted proxies', () => {
  it('does not let a client-chosen first X-Forwarded-For hop pass an IP allow list (one trusted hop)', async () => {
    const served = await serve(true);
    const { key } = await served.platform.issueToken({
      access: { allowed_ips: [ALLOWED], blocked_ips: [], allowed_apis: [], blocked_apis: [] },
    });
    const forged = await viaProxy(served, key, `${ALLOWED}, ${REAL_CLIENT}`);
    expect(forged.status).toBe(403);
    expect(forged.body.error_code).toBe('AUTH_006');
    expect(forged.body.errors.join(' ')).toContain(REAL_CLIENT);
    const genuine = await viaProxy(served, key, `10.1.1.1, ${ALLOWED}`);
    expect(genuine.status).toBe(200);
  });

  it('bans the real client after the failure limit however it varies its first hop', async () => {
    const served = await serve(1);
    for (let i = 1; i < AUTH_FAILURE_LIMIT; i++) {
      const result = await viaProxy(served, WRONG, `192.0.2.${i}, ${REAL_CLIENT}`);
      expect(result.status, `attempt ${i}`).toBe(401);
    }
    const banned = await viaProxy(served, WRONG, `192.0.2.250, ${REAL_CLIENT}`);
    expect(banned.status).toBe(429);
    expect(banned.body.error_code).toBe('AUTH_009');
    expect((await viaProxy(served, served.platform.bootstrapKey, `192.0.2.251, ${REAL_CLIENT}`)).status).toBe(429);
    // Another client behind the same proxy is not affected.
    expect((await viaProxy(served, served.platform.bootstrapKey, `${REAL_CLIENT}, 198.51.100.200`)).status).toBe(200);
  });

  it('walks back n hops with a hop count (two proxies in a row)', async () => {
    const served = await serve(2);
    const { key, token } = await served.platform.issueToken({
      access: { allowed_ips: [ALLOWED], blocked_ips: [], allowed_apis: [], blocked_apis: [] },
    });
    // client-forged, the client as the edge proxy saw it, the edge proxy as the inner proxy saw it
    expect((await viaProxy(served, key, `${REAL_CLIENT}, ${ALLOWED}, 10.0.0.1`)).status).toBe(200);
    expect(token.last_access?.ip).toBe(ALLOWED);
    expect((await viaProxy(served, key, `${ALLOWED}, ${REAL_CLIENT}, 10.0.0.1`)).status).toBe(403);
  });

  it('skips the proxies of an address list and takes the first address outside it', async () => {
    const served = await serve('127.0.0.1, 10.0.0.0/8');
    const { key, token } = await served.platform.issueToken();
    expect((await viaProxy(served, key, `${ALLOWED}, ${REAL_CLIENT}, 10.0.0.7, 10.2.0.1`)).status).toBe(200);
    expect(token.last_access?.ip).toBe(REAL_CLIENT);
  });
});
