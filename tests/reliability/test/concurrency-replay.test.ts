/**
 * Concurrency: 100 parallel mutations (activate / deactivate / renew / rotate / permission grants and revokes, and a
 * few deletes) on one token and on many leave a state that a sequential replay of the audit log reproduces: replaying
 * the audited changes one by one, in audit order, on an identical platform succeeds step by step and ends in the same
 * state (status, expiry, grace period, modules, number of live secrets, version). The version check also proves that
 * every successful change was audited exactly once and that refused ones changed nothing.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, type AuditEvent, type MockPlatform } from '@connect-tokens/mock-server';
import { effectiveStatus } from '@connect-tokens/protocol';
import { DAY_MS, send, seededRandom, startPlatform, T0_MS } from './support/emulator';

const MODULES = ['MD-0001', 'MD-0002', 'MD-0003', 'MD-0004', 'MD-0005', 'MD-0006', 'MD-0007', 'MD-0012', 'MD-0013'];
const CHANGE_TYPES = new Set([
  'token.activated',
  'token.deactivated',
  'token.renewed',
  'token.rotated',
  'token.permission_granted',
  'token.permission_revoked',
  'token.deleted',
]);

interface Mutation {
  method: string;
  path: string;
  body?: unknown;
}

/** The same world on every platform: `count` tokens in assorted states, created in the same order (same ids). */
async function world(count: number): Promise<{ platform: MockPlatform; ids: string[] }> {
  const { platform } = await startPlatform({ seed: 'concurrency' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { token } = await platform.issueToken({
      name: `Concurrent ${i}`,
      permissions: [{ id: 'MD-0003', name: 'MD-0003' }],
      expiration_date: i % 2 === 0 ? new Date(T0_MS + (20 + i) * DAY_MS).toISOString() : null,
      active: i % 3 !== 2,
    });
    ids.push(token.id);
  }
  return { platform, ids };
}

function randomMutation(dice: () => number, id: string, allowDelete: boolean): Mutation {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(dice() * items.length)]!;
  const future = () => (dice() < 0.3 ? null : new Date(T0_MS + Math.floor(1 + dice() * 400) * DAY_MS).toISOString());
  const kinds = [
    'activate',
    'deactivate',
    'renew',
    'rotate',
    'grant',
    'grant',
    'revoke',
    'revoke-all',
    ...(allowDelete ? ['delete'] : []),
  ];
  switch (pick(kinds)) {
    case 'activate':
      return { method: 'POST', path: `/auth/tokens/${id}/activate` };
    case 'deactivate':
      return { method: 'POST', path: `/auth/tokens/${id}/deactivate` };
    case 'renew':
      return { method: 'POST', path: `/auth/tokens/${id}/renew`, body: { expiration_date: future() } };
    case 'rotate':
      return { method: 'POST', path: `/auth/tokens/${id}/rotate`, body: { expiration_date: future() } };
    case 'grant':
      return { method: 'POST', path: `/auth/tokens/${id}/permissions`, body: { object: { id: pick(MODULES) } } };
    case 'revoke':
      return { method: 'DELETE', path: `/auth/tokens/${id}/permissions/${pick(MODULES)}` };
    case 'revoke-all':
      return { method: 'DELETE', path: `/auth/tokens/${id}/permissions` };
    default:
      return { method: 'DELETE', path: `/auth/tokens/${id}` };
  }
}

async function apply(platform: MockPlatform, mutation: Mutation, ip: string) {
  const result = await send(platform, mutation.method, mutation.path, {
    headers: { authorization: platform.bootstrapKey, 'content-type': 'application/json', [CLIENT_IP_HEADER]: ip },
    ...(mutation.body !== undefined ? { body: JSON.stringify(mutation.body) } : {}),
  });
  if (!result) throw new Error('connection dropped');
  return result;
}

/** The request an audited change stands for. */
function replayOf(event: AuditEvent): Mutation {
  const id = event.token!.id;
  const details = event.details as Record<string, unknown>;
  switch (event.type) {
    case 'token.activated':
      return { method: 'POST', path: `/auth/tokens/${id}/activate` };
    case 'token.deactivated':
      return { method: 'POST', path: `/auth/tokens/${id}/deactivate` };
    case 'token.renewed':
      return {
        method: 'POST',
        path: `/auth/tokens/${id}/renew`,
        body: { expiration_date: details.expiration_date ?? null },
      };
    case 'token.rotated':
      return {
        method: 'POST',
        path: `/auth/tokens/${id}/rotate`,
        body: { expiration_date: details.expiration_date ?? null },
      };
    case 'token.permission_granted':
      return { method: 'POST', path: `/auth/tokens/${id}/permissions`, body: { object: { id: details.module } } };
    case 'token.permission_revoked':
      return Array.isArray(details.modules)
        ? { method: 'DELETE', path: `/auth/tokens/${id}/permissions` }
        : { method: 'DELETE', path: `/auth/tokens/${id}/permissions/${String(details.module)}` };
    case 'token.deleted':
      return { method: 'DELETE', path: `/auth/tokens/${id}` };
    default:
      throw new Error(`not a replayable change: ${event.type}`);
  }
}

/** What must match between the original and the replica. */
function snapshot(platform: MockPlatform, ids: readonly string[]) {
  const now = platform.clock.now();
  return ids.map((id) => {
    const token = platform.store.tokens.get(id);
    if (!token) return { id, deleted: true };
    return {
      id,
      status: effectiveStatus(token, now),
      active: token.active,
      expiration_date: token.expiration_date,
      renewed_expiration_date: token.renewed_expiration_date,
      modules: token.permissions.map((p) => p.module.id).sort(),
      secrets: token.secrets.length,
      version: token.version,
    };
  });
}

async function runAndReplay(
  targets: (dice: () => number) => string,
  count: number,
  seed: number,
  allowDelete: boolean,
) {
  const original = await world(10);
  const dice = seededRandom(seed);
  const mutations = Array.from({ length: count }, () => randomMutation(dice, targets(dice), allowDelete));
  const marker = original.platform.store.audit.all().length;

  // All at once.
  const results = await Promise.all(
    mutations.map((m, i) => apply(original.platform, m, `10.1.${Math.floor(i / 250)}.${i % 250}`)),
  );
  const succeeded = results.filter((r) => r.status >= 200 && r.status < 300).length;
  for (const r of results) expect([200, 201, 204, 400, 404], r.text.slice(0, 200)).toContain(r.status);

  const changes = original.platform.store.audit
    .all()
    .slice(marker)
    .filter((e) => CHANGE_TYPES.has(e.type));
  expect(changes.length).toBe(succeeded);

  // One by one, in audit order, on an identical world.
  const replica = await world(10);
  expect(replica.ids).toEqual(original.ids);
  for (const [step, event] of changes.entries()) {
    const replayed = await apply(replica.platform, replayOf(event), '10.2.0.1');
    expect(
      replayed.status,
      `step ${step} ${event.type} ${event.token?.id}: ${replayed.text.slice(0, 200)}`,
    ).toBeLessThan(300);
  }
  expect(snapshot(replica.platform, replica.ids)).toEqual(snapshot(original.platform, original.ids));
  const types = (p: MockPlatform) =>
    p.store.audit
      .all()
      .filter((e) => CHANGE_TYPES.has(e.type))
      .map((e) => `${e.type} ${e.token?.id}`);
  expect(types(replica.platform)).toEqual(types(original.platform));
  return { succeeded, refused: count - succeeded, original };
}

describe('100 parallel mutations', () => {
  it('on one token leave the state a sequential replay of the audit log reproduces', async () => {
    const { ids } = await world(10);
    const target = ids[0]!;
    const { succeeded, refused, original } = await runAndReplay(() => target, 100, 11, false);
    // Both outcomes occurred: the race was real, and some changes had to be refused (TKN_001 / TKN_002).
    expect(succeeded).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(5);
    expect(original.platform.store.tokens.get(original.ids[0]!)!.version).toBe(1 + succeeded);
  });

  it('on many tokens (deletes included) leave the state a sequential replay of the audit log reproduces', async () => {
    const { ids } = await world(10);
    const { succeeded, refused } = await runAndReplay((dice) => ids[Math.floor(dice() * ids.length)]!, 100, 23, true);
    expect(succeeded).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(5);
  });

  it('of the same rotate, all at once, leave exactly one working secret and one audit entry per success', async () => {
    const { platform, ids } = await world(1);
    const id = ids[0]!;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        apply(platform, { method: 'POST', path: `/auth/tokens/${id}/rotate`, body: {} }, `10.3.0.${i}`),
      ),
    );
    const keys = results.filter((r) => r.status === 200).map((r) => r.body.token as string);
    expect(keys.length).toBe(100); // rotate is allowed from every status it leads to
    const token = platform.store.tokens.get(id)!;
    expect(token.secrets.length).toBe(1);
    expect(platform.store.audit.forToken(id).filter((e) => e.type === 'token.rotated').length).toBe(100);
    // Exactly one of the 100 keys still works: the last one committed.
    let working = 0;
    for (const [i, key] of keys.entries()) {
      const r = await send(platform, 'GET', '/auth/context', {
        headers: { authorization: key, [CLIENT_IP_HEADER]: `10.4.0.${i}` },
      });
      if (r?.status === 200) working += 1;
    }
    expect(working).toBe(1);
  });
});
