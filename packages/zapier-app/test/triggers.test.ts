import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, deliveriesReceived, receivedRaw, TARGET_URL, useEmulator } from './harness';

const emulator = useEmulator();
const DAY = 86_400_000;

const {
  new_token: newToken,
  token_status_changed: statusChanged,
  token_expiring_soon: expiringSoon,
  access_denied: accessDenied,
} = App.triggers;

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

/** Tokens issued straight into the store, created one minute apart (oldest first) after the bootstrap token. */
async function issueTokens(names: string[]) {
  const platform = emulator.platform();
  const start = Date.now() + 60_000;
  const out = [];
  for (const [i, name] of names.entries()) {
    const { token } = await platform.issueToken({ name });
    token.created = { ...token.created, at: new Date(start + i * 60_000).toISOString() };
    out.push(token);
  }
  return out;
}

describe('New Token', () => {
  it('polls newest first, one Zapier page at a time, with unique ids', async () => {
    await issueTokens(['first', 'second', 'third']);
    const page0 = (await appTester(newToken.operation.performList, {
      authData: admin(),
      meta: { page: 0, limit: 2 },
    })) as Array<{ id: string; name: string }>;
    expect(page0.map((t) => t.name)).toEqual(['third', 'second']);
    const page1 = (await appTester(newToken.operation.performList, {
      authData: admin(),
      meta: { page: 1, limit: 2 },
    })) as Array<{ id: string; name: string }>;
    expect(page1.map((t) => t.name)).toEqual(['first', 'Bootstrap admin']);
    expect(new Set([...page0, ...page1].map((t) => t.id)).size).toBe(4);
  });

  it('subscribes a webhook, fires from the delivery the emulator posts, and unsubscribes', async () => {
    const subscription = (await appTester(newToken.operation.performSubscribe, {
      authData: admin(),
      targetUrl: TARGET_URL,
    })) as {
      id: string;
      object_class: string;
      events: string[];
      external_url: string;
    };
    expect(subscription).toMatchObject({ object_class: 'token', events: ['token.created'], external_url: TARGET_URL });

    const created = (await appTester(App.creates.create_token.operation.perform, {
      authData: admin(),
      inputData: { name: 'Hooked' },
    })) as { id: string };
    const [delivery] = await deliveriesReceived(emulator.platform());
    expect(delivery).toMatchObject({ type: 'token.created', data: { token: { id: created.id } } });

    const fired = (await appTester(newToken.operation.perform, {
      authData: admin(),
      cleanedRequest: delivery,
    })) as Array<{ id: string; token: string }>;
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ id: created.id, name: 'Hooked', status: 'active' });
    // The hook item is the token as GET returns it: the key is masked.
    expect(fired[0]!.token).toMatch(/:\*{4}/);

    const unsubscribed = await appTester(newToken.operation.performUnsubscribe, {
      authData: admin(),
      subscribeData: { id: subscription.id },
    });
    expect(unsubscribed).toEqual({ id: subscription.id, deleted: true });
    await appTester(App.creates.create_token.operation.perform, { authData: admin(), inputData: { name: 'Unheard' } });
    expect(await deliveriesReceived(emulator.platform())).toHaveLength(1);
  });

  it('checks the signature of deliveries when Zapier passes the secret and the raw request', async () => {
    const auth = admin();
    const subscription = (await appTester(newToken.operation.performSubscribe, {
      authData: auth,
      targetUrl: TARGET_URL,
    })) as {
      id: string;
      jwt_secret: string;
    };
    expect(subscription.jwt_secret).toMatch(/^[0-9a-f]{64}$/);
    await appTester(App.creates.create_token.operation.perform, { authData: auth, inputData: { name: 'Signed' } });
    const [delivery] = await deliveriesReceived(emulator.platform());
    const raw = receivedRaw[0]!;
    expect(raw.authorization).toMatch(/^Bearer /);
    const run = (rawRequest: object, subscribeData: { id: string; jwt_secret?: string }) =>
      appTester(newToken.operation.perform, {
        authData: auth,
        cleanedRequest: delivery,
        rawRequest,
        subscribeData,
      }) as Promise<unknown[]>;

    const signed = { content: raw.content, headers: { 'Http-Authorization': raw.authorization } };
    expect(await run(signed, subscription)).toHaveLength(1);
    expect(await run({ ...signed, content: raw.content.replace('Signed', 'Forged') }, subscription)).toEqual([]);
    expect(await run(signed, { ...subscription, jwt_secret: 'f'.repeat(64) })).toEqual([]);
    expect(await run(signed, { ...subscription, id: 'WH-000-000-999' })).toEqual([]);
    expect(
      await run({ content: raw.content, headers: { 'Http-Authorization': 'Bearer not.a.jwt' } }, subscription),
    ).toEqual([]);
    // Without the secret (older subscriptions) nothing can be checked: the delivery is accepted as before.
    expect(await run(signed, { id: subscription.id })).toHaveLength(1);
  });

  it('skips a delivered token that was deleted before Zapier processed the delivery', async () => {
    const auth = admin();
    await appTester(newToken.operation.performSubscribe, { authData: auth, targetUrl: TARGET_URL });
    const created = (await appTester(App.creates.create_token.operation.perform, {
      authData: auth,
      inputData: { name: 'Short-lived' },
    })) as {
      id: string;
    };
    const [delivery] = await deliveriesReceived(emulator.platform());
    await appTester(App.creates.delete_token.operation.perform, {
      authData: auth,
      inputData: { token_id: created.id },
    });
    expect(await appTester(newToken.operation.perform, { authData: auth, cleanedRequest: delivery })).toEqual([]);
  });

  it('ignores requests to the hook URL that are not token.created deliveries', async () => {
    const fired = await appTester(newToken.operation.perform, {
      authData: admin(),
      cleanedRequest: { id: 'WD-1', type: 'webhook.test', at: new Date().toISOString(), data: { webhook_id: 'WH-1' } },
    });
    expect(fired).toEqual([]);
  });

  it('treats an already deleted webhook as unsubscribed', async () => {
    const result = await appTester(newToken.operation.performUnsubscribe, {
      authData: admin(),
      subscribeData: { id: 'WH-000-000-000' },
    });
    expect(result).toMatchObject({ deleted: false });
  });
});

describe('Token Status Changed', () => {
  it('polls status changes from the audit trail, newest first, one item per change', async () => {
    const [token] = await issueTokens(['flappy']);
    const auth = admin();
    await appTester(App.creates.deactivate_token.operation.perform, {
      authData: auth,
      inputData: { token_id: token!.id },
    });
    await appTester(App.creates.activate_token.operation.perform, {
      authData: auth,
      inputData: { token_id: token!.id },
    });
    await appTester(App.creates.deactivate_token.operation.perform, {
      authData: auth,
      inputData: { token_id: token!.id },
    });

    const changes = (await appTester(statusChanged.operation.performList, { authData: auth, inputData: {} })) as Array<{
      id: string;
      status: string;
      token_id: string;
    }>;
    expect(changes.map((c) => c.status)).toEqual(['inactive', 'active', 'inactive']);
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
    expect(changes.every((c) => c.token_id === token!.id)).toBe(true);

    const onlyInactive = (await appTester(statusChanged.operation.performList, {
      authData: auth,
      inputData: { status: 'inactive' },
    })) as Array<{ status: string }>;
    expect(onlyInactive.map((c) => c.status)).toEqual(['inactive', 'inactive']);
  });

  it('fires from a delivered token.deactivated event with the same id polling would give', async () => {
    const [token] = await issueTokens(['watched']);
    const auth = admin();
    const subscription = (await appTester(statusChanged.operation.performSubscribe, {
      authData: auth,
      targetUrl: TARGET_URL,
    })) as { id: string; events: string[] };
    expect(subscription.events).toEqual(['token.activated', 'token.deactivated', 'token.expired']);
    await appTester(App.creates.deactivate_token.operation.perform, {
      authData: auth,
      inputData: { token_id: token!.id },
    });
    const [delivery] = await deliveriesReceived(emulator.platform());
    const fired = (await appTester(statusChanged.operation.perform, {
      authData: auth,
      inputData: {},
      cleanedRequest: delivery,
    })) as Array<{ id: string; status: string }>;
    const polled = (await appTester(statusChanged.operation.performList, { authData: auth, inputData: {} })) as Array<{
      id: string;
    }>;
    expect(fired).toEqual([
      expect.objectContaining({ status: 'inactive', token_id: token!.id, event_type: 'token.deactivated' }),
    ]);
    expect(fired[0]!.id).toBe(polled[0]!.id);
    const filteredOut = await appTester(statusChanged.operation.perform, {
      authData: auth,
      inputData: { status: 'active' },
      cleanedRequest: delivery,
    });
    expect(filteredOut).toEqual([]);
    await appTester(statusChanged.operation.performUnsubscribe, {
      authData: auth,
      subscribeData: { id: subscription.id },
    });
  });
});

describe('Token Expiring Soon', () => {
  it('lists live tokens expiring within N days, soonest first, once per expiration date', async () => {
    const platform = emulator.platform();
    const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    await platform.issueToken({ name: 'in 5 days', expiration_date: inDays(5) });
    await platform.issueToken({ name: 'in 2 days', expiration_date: inDays(2) });
    await platform.issueToken({ name: 'in 10 days', expiration_date: inDays(10) });
    await platform.issueToken({ name: 'never' });
    await platform.issueToken({ name: 'inactive, in 1 day', expiration_date: inDays(1), active: false });
    await platform.issueToken({ name: 'expired', expiration_date: inDays(-1) });

    const items = (await appTester(expiringSoon.operation.perform, {
      authData: admin(),
      inputData: { days: 7 },
    })) as Array<{
      id: string;
      token_id: string;
      name: string;
      days_left: number;
      expiration_date: string;
    }>;
    expect(items.map((t) => [t.name, t.days_left])).toEqual([
      ['in 2 days', 2],
      ['in 5 days', 5],
    ]);
    expect(items[0]!.id).toBe(`${items[0]!.token_id}@${items[0]!.expiration_date}`);

    const wider = (await appTester(expiringSoon.operation.perform, {
      authData: admin(),
      inputData: { days: 30 },
    })) as unknown[];
    expect(wider).toHaveLength(3);
  });
});

describe('Access Denied', () => {
  it('polls denied requests from the audit trail, optionally for one token', async () => {
    const platform = emulator.platform();
    const { token: weak, key } = await platform.issueToken({ name: 'No modules', permissions: [] });
    // The weak token tries to list tokens: 403 AUTH_005, recorded as token.access_denied.
    await expect(
      appTester(newToken.operation.performList, { authData: authData(key), meta: { page: 0 } }),
    ).rejects.toThrow(/AUTH_005/);

    const polled = (await appTester(accessDenied.operation.performList, {
      authData: admin(),
      inputData: { token_id: weak.id },
    })) as Array<{
      type: string;
      reason: string;
      token: { id: string };
    }>;
    expect(polled).toEqual([
      expect.objectContaining({
        type: 'token.access_denied',
        reason: 'AUTH_005',
        token: expect.objectContaining({ id: weak.id }),
      }),
    ]);
    const forOthers = await appTester(accessDenied.operation.performList, {
      authData: admin(),
      inputData: { token_id: 'SU-999-999-999' },
    });
    expect(forOthers).toEqual([]);
  });

  it('fires from the token.access_denied delivery with the audit event id', async () => {
    const platform = emulator.platform();
    const { token: weak, key } = await platform.issueToken({ name: 'No modules', permissions: [] });
    const auth = admin();
    const subscription = (await appTester(accessDenied.operation.performSubscribe, {
      authData: auth,
      targetUrl: TARGET_URL,
    })) as { id: string };
    await expect(
      appTester(newToken.operation.performList, { authData: authData(key), meta: { page: 0 } }),
    ).rejects.toThrow(/AUTH_005/);
    const [delivery] = await deliveriesReceived(emulator.platform());
    const fired = (await appTester(accessDenied.operation.perform, {
      authData: auth,
      inputData: {},
      cleanedRequest: delivery,
    })) as Array<{ id: string }>;
    const polled = (await appTester(accessDenied.operation.performList, {
      authData: auth,
      inputData: { token_id: weak.id },
    })) as Array<{ id: string }>;
    expect(fired.map((e) => e.id)).toEqual([polled[0]!.id]);
    const otherToken = await appTester(accessDenied.operation.perform, {
      authData: auth,
      inputData: { token_id: 'SU-999-999-999' },
      cleanedRequest: delivery,
    });
    expect(otherToken).toEqual([]);
    await appTester(accessDenied.operation.performUnsubscribe, {
      authData: auth,
      subscribeData: { id: subscription.id },
    });
  });
});

describe('dropdowns', () => {
  it('lists modules, extensions and tokens', async () => {
    const modules = (await appTester(App.triggers.module_list.operation.perform, { authData: admin() })) as Array<{
      id: string;
      name: string;
    }>;
    expect(modules).toHaveLength(13);
    expect(modules).toContainEqual(expect.objectContaining({ id: 'MD-0007', name: 'Integrations' }));
    const extensions = (await appTester(App.triggers.extension_list.operation.perform, {
      authData: admin(),
    })) as Array<{ id: string }>;
    expect(extensions.map((e) => e.id)).toEqual(
      expect.arrayContaining(['EXT-000', 'EXT-001', 'EXT-002', 'EXT-003', 'EXT-004']),
    );
    await issueTokens(['b', 'a']);
    const tokens = (await appTester(App.triggers.token_list.operation.perform, {
      authData: admin(),
      meta: { page: 0 },
    })) as Array<{ name: string }>;
    expect(tokens.map((t) => t.name)).toEqual(['Bootstrap admin', 'a', 'b']);
    const beyond = await appTester(App.triggers.token_list.operation.perform, { authData: admin(), meta: { page: 1 } });
    expect(beyond).toEqual([]);
  });
});
