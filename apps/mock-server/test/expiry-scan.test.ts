import { describe, expect, it } from 'vitest';
import { client, usePlatform } from './harness';

const start = usePlatform();

describe('token.expiring scans stay linear', () => {
  it('lists 20k tokens, thousands of them newly expired, with one expiring-scan instead of one per audit event', async () => {
    const { platform } = await start({ seedTokens: 20_000 });
    const api = client(platform);
    // A year later, every seeded token with an expiration date is expired, and nobody has looked at it yet.
    platform.clock.advance(400 * 86_400_000);
    await platform.webhooks.idle();
    const before = { ...platform.webhooks.scanStats };

    const page = await api.get('/auth/tokens?limit=10');
    await platform.webhooks.idle();
    expect(page.status).toBe(200);

    const expiredEvents = platform.store.audit.all().filter((e) => e.type === 'token.expired').length;
    expect(expiredEvents).toBeGreaterThan(1000);
    const scans = platform.webhooks.scanStats.scans - before.scans;
    const visited = platform.webhooks.scanStats.tokensVisited - before.tokensVisited;
    expect(scans).toBeLessThanOrEqual(1);
    expect(visited).toBeLessThanOrEqual(platform.store.tokens.list().length);
  }, 60_000);
});
