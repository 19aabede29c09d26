/**
 * The platform's initial state: the bootstrap admin token, then `seedTokens` realistic tokens (names, extensions,
 * modules, a fixed status mix, usage), all drawn from the platform's seeded random source so the same seed gives the
 * same world.
 */
import type { BootstrapKey } from '../bootstrap-key';
import { sha256Hex } from '../crypto/secrets';
import type { Random } from '../random';
import type { MockStore } from './mock-store';
import { EXTENSIONS, MODULES, SYSTEM_USER, TOKEN_NAME_PARTS } from './seed-data';
import type { NewToken } from './token-store';
import type { TokenRecord } from './types';

/** Every module, as a token's permission list. */
export function allModules(): { id: string; name: string }[] {
  return MODULES.map((m) => ({ id: m.id, name: m.name }));
}

/** Creates a token directly in the store. Defaults: extension EXT-000, every module, no expiry. */
export async function issueToken(
  store: MockStore,
  input: Partial<NewToken> & { id?: string } = {},
): Promise<{ token: TokenRecord; key: string }> {
  const secret = await store.tokens.mintSecret();
  const token = store.tokens.insert(
    {
      name: input.name ?? 'Test token',
      extension: input.extension ?? { id: 'EXT-000', name: 'Custom' },
      permissions: input.permissions ?? allModules(),
      ...input,
    },
    secret,
    SYSTEM_USER,
    input.id,
  );
  store.statistics.track(token.id);
  return { token, key: `ApiKey ${token.id}:${secret.secret}` };
}

/** Seeds an empty store: the bootstrap token, then `seedTokens` realistic ones. */
export async function seedWorld(
  store: MockStore,
  random: Random,
  bootstrap: BootstrapKey,
  seedTokens: number,
): Promise<void> {
  const { clock } = store;
  const hash = await sha256Hex(bootstrap.secret);
  const admin = store.tokens.insert(
    {
      name: 'Bootstrap admin',
      description: 'Created by the emulator at start; has every module.',
      extension: { id: 'EXT-000', name: 'Custom' },
      permissions: allModules(),
    },
    { secret: bootstrap.secret, record: { hash, last4: bootstrap.secret.slice(-4), created_at: clock.iso() } },
    SYSTEM_USER,
    bootstrap.tokenId,
  );
  store.statistics.track(admin.id);
  // Seeded names repeat (a few purposes times a few environments): each distinct name is one string.
  const names = new Map<string, string>();
  for (let i = 0; i < seedTokens; i++) await seedRealisticToken(store, random, i, names);
}

/** A purpose for a seeded token's name that fits its extension: "Zapier …" only on Zapier, "Reporting …" only on Reports. */
function seededPurpose(random: Random, extensionId: string): string {
  return TOKEN_NAME_PARTS.purposeOfExtension[extensionId] ?? random.pick(TOKEN_NAME_PARTS.purpose);
}

async function seedRealisticToken(
  store: MockStore,
  random: Random,
  index: number,
  names: Map<string, string>,
): Promise<void> {
  const now = store.clock.now();
  const day = 86_400_000;
  const extension = random.pick(EXTENSIONS);
  const moduleCount = random.int(1, 4);
  const modules = [...MODULES]
    .sort(() => random.next() - 0.5)
    .slice(0, moduleCount)
    .map((m) => ({ id: m.id, name: m.name }));
  // A fixed mix per 20 tokens (11 active, 4 expiring, 2 expired, 3 inactive), shuffled by position, so even a
  // handful of seeded tokens shows every status.
  const roll =
    [0.1, 0.7, 0.9, 0.3, 0.8, 0.5, 0.65, 0.95, 0.2, 0.72, 0.4, 0.88, 0.05, 0.55, 0.74, 0.25, 0.78, 0.45, 0.35, 0.15][
      index % 20
    ] ?? 0.5;
  const expiration =
    roll < 0.6
      ? random.chance(0.5)
        ? null
        : new Date(now + random.int(30, 365) * day).toISOString()
      : roll < 0.75
        ? new Date(now + random.int(1, 13) * day).toISOString()
        : roll < 0.85
          ? new Date(now - random.int(1, 60) * day).toISOString()
          : null;
  const text = `${seededPurpose(random, extension.id)} (${random.pick(TOKEN_NAME_PARTS.environment)})`;
  let name = names.get(text);
  if (name === undefined) {
    name = text;
    names.set(text, name);
  }
  const { token } = await issueToken(store, {
    name,
    description: random.chance(0.5) ? 'Seeded by --seed-tokens.' : null,
    external_id: random.chance(0.3) ? `ext-${random.digits(6)}` : null,
    extension: { id: extension.id, name: extension.name },
    permissions: modules,
    expiration_date: expiration,
    active: roll < 0.85,
  });
  const ageDays = random.int(1, 400);
  const createdAt = new Date(now - ageDays * day).toISOString();
  token.created = Object.freeze({ at: createdAt, by: SYSTEM_USER });
  token.updated = token.created;
  if (random.chance(0.8)) {
    // Within the last 30 days, and never before the token existed.
    const hoursAgo = random.int(0, Math.min(30, ageDays) * 24 - 1);
    token.last_access = {
      at: new Date(now - hoursAgo * 3_600_000).toISOString(),
      // Joined, not a template: one flat string rather than a tree of its parts (see `TokenStore.newId`).
      ip: ['203.0.113', random.int(1, 254)].join('.'),
    };
    const calls = random.int(5, 200);
    const denials: Record<number, string> = { 401: 'AUTH_001', 403: 'AUTH_005', 429: 'AUTH_008' };
    for (let c = 0; c < calls; c++) {
      const status = random.chance(0.9) ? 200 : random.pick([400, 401, 403, 404, 429]);
      store.statistics.count(token.id, status, denials[status]);
    }
  }
}
