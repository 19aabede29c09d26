/**
 * `token.expiring` is announced once per token and expiration date, at the first look after the token enters the
 * 14-day window. Looks after events are incremental (only changed tokens, until the clock reaches the next entry into
 * the window); these tests hold them to the simple rule "after every event and clock move, every expiring token not
 * announced yet is announced".
 */
import { effectiveStatus } from '@connect-tokens/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MockPlatform } from '../src/index';
import { webhookStoreOf } from '../src/store/webhook-store';
import { type client, createToken, usePlatform } from './harness';

const start = usePlatform();
const DAY = 86_400_000;

type Op =
  | { kind: 'create'; days: number }
  | { kind: 'issue'; days: number | null }
  | { kind: 'activate' | 'deactivate' | 'delete' | 'update'; pick: number }
  | { kind: 'renew' | 'rotate'; pick: number; days: number | null }
  | { kind: 'advance'; hours: number }
  | { kind: 'list' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), days: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('issue' as const), days: fc.option(fc.integer({ min: -5, max: 40 })) }),
  fc.record({
    kind: fc.constantFrom('activate' as const, 'deactivate' as const, 'delete' as const, 'update' as const),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom('renew' as const, 'rotate' as const),
    pick: fc.nat(),
    days: fc.option(fc.integer({ min: 1, max: 40 })),
  }),
  fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: -15 * 24, max: 20 * 24 }) }),
  fc.record({ kind: fc.constant('list' as const) }),
);

/** The tokens the simple rule has announced, kept up to date by `look` and `forget`. */
function model(platform: MockPlatform) {
  const announced = new Set<string>();
  return {
    announced,
    forget: (id: string) => announced.delete(id),
    look() {
      const now = platform.clock.now();
      for (const token of platform.store.tokens.list())
        if (effectiveStatus(token, now) === 'expiring') announced.add(token.id);
    },
  };
}

async function apply(
  platform: MockPlatform,
  api: ReturnType<typeof client>,
  reference: ReturnType<typeof model>,
  step: Op,
): Promise<void> {
  const lastEvent = () => platform.store.audit.all().at(-1)?.id;
  const eventBefore = lastEvent();
  let clockMoved = false;
  const ids = platform.store.tokens
    .list()
    .map((t) => t.id)
    .filter((id) => id !== 'SU-000-000-000');
  const picked = 'pick' in step && ids.length > 0 ? ids[step.pick % ids.length] : undefined;
  const future = (days: number | null) =>
    days === null ? null : new Date(platform.clock.now() + days * DAY).toISOString();
  switch (step.kind) {
    case 'create':
      await createToken(api, { expiration_date: future(step.days) });
      break;
    case 'issue':
      // Straight into the store: no audit event, so no look until the next step.
      await platform.issueToken({ expiration_date: future(step.days) });
      return;
    case 'advance':
      platform.clock.advance(step.hours * 3_600_000);
      clockMoved = true;
      break;
    case 'list':
      await api.get('/auth/tokens?limit=5');
      break;
    case 'update':
      if (picked) await api.put(`/auth/tokens/${picked}`, { description: 'changed' });
      break;
    case 'delete':
      if (picked) {
        await api.del(`/auth/tokens/${picked}`);
        reference.forget(picked);
      }
      break;
    case 'activate':
    case 'deactivate':
      // May be refused (TKN_001) for the token's status; then nothing changes.
      if (picked) await api.post(`/auth/tokens/${picked}/${step.kind}`, undefined, { unchecked: true });
      break;
    case 'renew':
    case 'rotate':
      if (picked) {
        const result = await api.post(
          `/auth/tokens/${picked}/${step.kind}`,
          { expiration_date: future(step.days) },
          { unchecked: true },
        );
        if (result.status === 200) reference.forget(picked);
      }
      break;
  }
  // Looks happen after audit events and clock moves (a list that records no `token.expired` is no event).
  if (clockMoved || lastEvent() !== eventBefore) reference.look();
}

describe('token.expiring announcements', () => {
  it('announce exactly the tokens a full scan after every event and clock move would announce', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (steps) => {
        const { platform, api } = await start();
        const reference = model(platform);
        for (const step of steps) {
          await apply(platform, api, reference, step);
          await platform.webhooks.idle();
          expect([...webhookStoreOf(platform.store).announcedExpiring].sort(), JSON.stringify(step)).toEqual(
            [...reference.announced].sort(),
          );
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('look only at the changed tokens after an event, until the clock reaches the next entry into the window', async () => {
    const { platform, api } = await start({ seedTokens: 2_000 });
    await api.get('/auth/tokens?limit=1');
    await platform.webhooks.idle();
    const { id } = await createToken(api, {
      expiration_date: new Date(platform.clock.now() + 200 * DAY).toISOString(),
    });
    await platform.webhooks.idle();
    const before = { ...platform.webhooks.scanStats };
    for (let i = 0; i < 5; i++) await api.put(`/auth/tokens/${id}`, { description: `edit ${i}` });
    await platform.webhooks.idle();
    expect(platform.webhooks.scanStats.scans).toBe(before.scans);
    expect(platform.webhooks.scanStats.tokensVisited - before.tokensVisited).toBeLessThanOrEqual(5);
    // A month later some seeded token (they expire 30 to 365 days after seeding) has entered the window: that takes a
    // full scan.
    platform.clock.advance(30 * DAY);
    await platform.webhooks.idle();
    expect(platform.webhooks.scanStats.scans).toBe(before.scans + 1);
  });
});
