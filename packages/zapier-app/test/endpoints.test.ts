import { createClient } from '@connect-tokens/sdk';
import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, deliveriesReceived, ENDPOINT, receivedRaw, TARGET_URL, useEmulator } from './harness';

const emulator = useEmulator();
const { send_endpoint_data: sendData } = App.creates;
const {
  new_endpoint_record: newRecord,
  endpoint_list: endpointList,
  endpoint_token_list: endpointTokenList,
} = App.triggers;

type Result = {
  id: string | null;
  endpoint_id: string;
  method: string;
  status: number;
  body: unknown;
  count: number;
  items: Array<{ body: unknown }>;
  deleted: boolean;
};
type Record_ = {
  id: string;
  method: string;
  status: number;
  body: unknown;
  token: { id: string; kind: string } | null;
  endpoint: { id: string };
};

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

/** The SDK on the global fetch (MSW intercepts it), for setting up endpoints and tokens. */
function sdk() {
  return createClient({ endpoint: ENDPOINT, apiKey: emulator.platform().bootstrapKey, maxRetries: 0 });
}

/** An endpoint with token authentication, and the full values of its primary tokens (shown on create only). */
async function anEndpoint(params: { name?: string; allow_delete?: boolean; authentication?: 'token' | 'none' } = {}) {
  const endpoint = await sdk().endpoints.create({ name: 'Orders inbox', ...params });
  const values: Record<string, string> = {};
  const ids: Record<string, string> = {};
  for (const token of endpoint.primary_tokens) {
    values[token.method] = token.value;
    ids[token.method] = token.id;
  }
  return { id: endpoint.id, values, ids };
}

/** A secondary endpoint token mapped to `method` on the endpoint. */
async function aMappedToken(endpointId: string, name: string, method: 'GET' | 'POST' | 'DELETE') {
  const client = sdk();
  const token = await client.endpointTokens.create({ name });
  await client.endpoints.createMapping(endpointId, { endpoint_token: { id: token.id }, primary_token: { method } });
  return { id: token.id, value: token.value };
}

async function send(inputData: Record<string, unknown>) {
  return (await appTester(sendData.operation.perform, { authData: admin(), inputData })) as Result;
}

const later = () => emulator.platform().clock.advance(1000);

describe('Send Data to Endpoint', () => {
  it("POSTs the payload with the POST primary token; the record appears in the endpoint's records", async () => {
    const endpoint = await anEndpoint();
    const result = await send({
      endpoint_id: endpoint.id,
      method: 'POST',
      endpoint_token: endpoint.values.POST,
      payload: ' {"order": "10042", "total": 99.5} ',
    });
    expect(result).toMatchObject({
      endpoint_id: endpoint.id,
      method: 'POST',
      status: 201,
      body: { order: '10042', total: 99.5 },
      deleted: false,
    });
    expect(result.id).toMatch(/^EPR-/);
    expect(JSON.stringify(result)).not.toContain(endpoint.values.POST);

    const records = await sdk().endpoints.records(endpoint.id).toArray();
    expect(records).toEqual([
      expect.objectContaining({
        id: result.id,
        method: 'POST',
        status: 201,
        body: { order: '10042', total: 99.5 },
        token: expect.objectContaining({ id: endpoint.ids.POST, kind: 'primary' }),
      }),
    ]);
  });

  it('POSTs with a mapped secondary token, reads with GET and deletes with DELETE', async () => {
    const endpoint = await anEndpoint({ allow_delete: true });
    const shop = await aMappedToken(endpoint.id, 'Shop backend', 'POST');
    await send({ endpoint_id: endpoint.id, endpoint_token: shop.value, payload: '{"order": 1}' }); // method defaults to POST
    later();
    await send({ endpoint_id: endpoint.id, method: 'POST', endpoint_token: shop.value, payload: '{"order": 2}' });
    const read = await send({
      endpoint_id: endpoint.id,
      method: 'GET',
      endpoint_token: endpoint.values.GET,
      payload: 'ignored, not JSON',
    });
    expect(read).toMatchObject({ method: 'GET', status: 200, count: 2 });
    expect(read.items.map((item) => item.body)).toEqual([{ order: 2 }, { order: 1 }]);
    const deleted = await send({ endpoint_id: endpoint.id, method: 'DELETE', endpoint_token: endpoint.values.DELETE });
    expect(deleted).toMatchObject({ method: 'DELETE', status: 204, deleted: true });
    expect((await send({ endpoint_id: endpoint.id, method: 'GET', endpoint_token: endpoint.values.GET })).count).toBe(
      0,
    );
  });

  it('needs no token on an endpoint with authentication "none"', async () => {
    const endpoint = await anEndpoint({ authentication: 'none' });
    const result = await send({ endpoint_id: endpoint.id, method: 'POST', payload: '{"hello": "world"}' });
    expect(result).toMatchObject({ status: 201, body: { hello: 'world' } });
  });

  it('names the problem when the token belongs to another method (EPT_002), without the token value', async () => {
    const endpoint = await anEndpoint();
    const error = await send({
      endpoint_id: endpoint.id,
      method: 'POST',
      endpoint_token: endpoint.values.GET,
      payload: '{"a": 1}',
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'AppError' });
    expect(error!.message).toMatch(/EPT_002/);
    expect(error!.message).toMatch(/not allowed for POST/);
    expect(error!.message).not.toContain(endpoint.values.GET!);
    // The connection itself is fine: not an ExpiredAuthError.
    expect(error!.name).not.toBe('ExpiredAuthError');
  });

  it('reports a missing or unknown token as EPT_001 (not as a broken connection), without the token value', async () => {
    const endpoint = await anEndpoint();
    await expect(send({ endpoint_id: endpoint.id, method: 'POST', payload: '{"a": 1}' })).rejects.toMatchObject({
      name: 'AppError',
      message: expect.stringMatching(/EPT_001.*missing, unknown or inactive/),
    });
    const wrong = 'Z'.repeat(64);
    const error = await send({ endpoint_id: endpoint.id, method: 'GET', endpoint_token: wrong }).catch((e: Error) => e);
    expect((error as Error).name).toBe('AppError');
    expect((error as Error).message).toMatch(/EPT_001/);
    expect((error as Error).message).not.toContain(wrong);
  });

  it('reports DELETE on an endpoint without allow_delete (GEN_405)', async () => {
    const endpoint = await anEndpoint();
    await expect(
      send({ endpoint_id: endpoint.id, method: 'DELETE', endpoint_token: endpoint.values.GET }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('GEN_405'),
    });
  });

  it('halts on invalid JSON, a non-object payload or a missing payload, without calling the endpoint', async () => {
    const endpoint = await anEndpoint();
    await expect(
      send({
        endpoint_id: endpoint.id,
        method: 'POST',
        endpoint_token: endpoint.values.POST,
        payload: '{"order": 10042,',
      }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('not valid JSON'),
    });
    await expect(
      send({ endpoint_id: endpoint.id, method: 'POST', endpoint_token: endpoint.values.POST, payload: '[1, 2]' }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('must be a JSON object'),
    });
    await expect(
      send({ endpoint_id: endpoint.id, method: 'POST', endpoint_token: endpoint.values.POST, payload: '  ' }),
    ).rejects.toMatchObject({
      name: 'HaltedError',
      message: expect.stringContaining('required'),
    });
    expect(await sdk().endpoints.records(endpoint.id).toArray()).toEqual([]);
  });

  it('reports an unknown endpoint with GEN_404', async () => {
    const endpoint = await anEndpoint();
    await expect(
      send({ endpoint_id: 'EP-999-999', method: 'POST', endpoint_token: endpoint.values.POST, payload: '{}' }),
    ).rejects.toMatchObject({
      name: 'AppError',
      message: expect.stringContaining('GEN_404'),
    });
  });
});

describe('New Endpoint Record', () => {
  it("polls the endpoint's accepted calls newest first, optionally for one token", async () => {
    const endpoint = await anEndpoint();
    const other = await anEndpoint({ name: 'Other inbox' });
    const shop = await aMappedToken(endpoint.id, 'Shop backend', 'POST');
    const crm = await aMappedToken(endpoint.id, 'CRM sync', 'POST');
    await send({ endpoint_id: endpoint.id, endpoint_token: shop.value, payload: '{"order": 1}' });
    later();
    await send({ endpoint_id: endpoint.id, endpoint_token: crm.value, payload: '{"contact": "a"}' });
    later();
    await send({ endpoint_id: endpoint.id, endpoint_token: shop.value, payload: '{"order": 2}' });
    later();
    await send({ endpoint_id: other.id, endpoint_token: other.values.POST, payload: '{"elsewhere": true}' });
    later();
    await expect(send({ endpoint_id: endpoint.id, method: 'GET', endpoint_token: shop.value })).rejects.toThrow(
      /EPT_002/,
    ); // rejected: not a new record

    const all = (await appTester(newRecord.operation.performList, {
      authData: admin(),
      inputData: { endpoint_id: endpoint.id },
    })) as Record_[];
    expect(all.map((r) => r.body)).toEqual([{ order: 2 }, { contact: 'a' }, { order: 1 }]);
    expect(new Set(all.map((r) => r.id)).size).toBe(3);
    expect(all.every((r) => r.status === 201 && r.endpoint.id === endpoint.id)).toBe(true);

    const fromShop = (await appTester(newRecord.operation.performList, {
      authData: admin(),
      inputData: { endpoint_id: endpoint.id, token_id: shop.id },
    })) as Record_[];
    expect(fromShop.map((r) => r.body)).toEqual([{ order: 2 }, { order: 1 }]);
    expect(fromShop.every((r) => r.token?.id === shop.id)).toBe(true);

    const page = (await appTester(newRecord.operation.performList, {
      authData: admin(),
      inputData: { endpoint_id: endpoint.id },
      meta: { page: 1, limit: 2 },
    })) as Record_[];
    expect(page.map((r) => r.body)).toEqual([{ order: 1 }]);
  });

  it('subscribes an endpoint_record webhook, fires from its delivery with the record id, and unsubscribes', async () => {
    const endpoint = await anEndpoint();
    const other = await anEndpoint({ name: 'Other inbox' });
    const auth = admin();
    const subscription = (await appTester(newRecord.operation.performSubscribe, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id },
      targetUrl: TARGET_URL,
    })) as { id: string; object_class: string; events: string[]; jwt_secret: string };
    expect(subscription).toMatchObject({ object_class: 'endpoint_record', events: ['endpoint_record.created'] });

    await send({ endpoint_id: other.id, endpoint_token: other.values.POST, payload: '{"elsewhere": true}' });
    await send({ endpoint_id: endpoint.id, endpoint_token: endpoint.values.POST, payload: '{"order": 7}' });
    const deliveries = await deliveriesReceived(emulator.platform());
    expect(deliveries).toHaveLength(2);

    const fired = (
      await Promise.all(
        deliveries.map(
          (delivery, i) =>
            appTester(newRecord.operation.perform, {
              authData: auth,
              inputData: { endpoint_id: endpoint.id },
              cleanedRequest: delivery,
              rawRequest: {
                content: receivedRaw[i]!.content,
                headers: { Authorization: receivedRaw[i]!.authorization ?? '' },
              },
              subscribeData: subscription,
            }) as Promise<Record_[]>,
        ),
      )
    ).flat();
    const polled = (await appTester(newRecord.operation.performList, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id },
    })) as Record_[];
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ id: polled[0]!.id, body: { order: 7 } });
    // A forged delivery (bad signature) fires nothing.
    const forged = await appTester(newRecord.operation.perform, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id },
      cleanedRequest: deliveries[1],
      rawRequest: { content: receivedRaw[1]!.content, headers: { Authorization: 'Bearer a.b.c' } },
      subscribeData: subscription,
    });
    expect(forged).toEqual([]);
    // Another token filter keeps it out.
    const otherToken = await appTester(newRecord.operation.perform, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id, token_id: 'EPT-999-999-999' },
      cleanedRequest: deliveries[1],
    });
    expect(otherToken).toEqual([]);

    const unsubscribed = await appTester(newRecord.operation.performUnsubscribe, {
      authData: auth,
      subscribeData: { id: subscription.id },
    });
    expect(unsubscribed).toEqual({ id: subscription.id, deleted: true });
  });
});

describe('endpoint dropdowns', () => {
  it('lists endpoints and secondary endpoint tokens by name, with values masked', async () => {
    const b = await anEndpoint({ name: 'B inbox' });
    const a = await anEndpoint({ name: 'A inbox' });
    await aMappedToken(a.id, 'Shop backend', 'POST');
    const endpoints = (await appTester(endpointList.operation.perform, {
      authData: admin(),
      meta: { page: 0 },
    })) as Array<{ id: string; name: string }>;
    expect(endpoints.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(JSON.stringify(endpoints)).not.toContain(a.values.POST!);
    const tokens = (await appTester(endpointTokenList.operation.perform, {
      authData: admin(),
      meta: { page: 0 },
    })) as Array<{ name: string; value: string }>;
    expect(tokens).toEqual([expect.objectContaining({ name: 'Shop backend', value: expect.stringMatching(/^\*{4}/) })]);
  });
});
