import { createClient } from '@connect-tokens/sdk';
import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { appTester, authData, ENDPOINT, TARGET_URL, useEmulator } from './harness';

const emulator = useEmulator();

type Field = { key: string; label?: string; helpText?: string; search?: string; dynamic?: string };
type Operation = {
  key: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { inputFields?: Field[]; outputFields?: Field[]; sample?: object };
};

const triggers = Object.values(App.triggers) as unknown as Operation[];
const creates = Object.values(App.creates) as unknown as Operation[];
const searches = Object.values(App.searches) as unknown as Operation[];

/** The value an output field key (`a__b`, `list[]c`) points at in a sample: what Zapier offers to map under that key. */
function valueAt(sample: unknown, key: string): unknown {
  const [listKey, rest] = key.split('[]') as [string, string | undefined];
  const walk = (value: unknown, path: string): unknown =>
    path
      .split('__')
      .reduce<unknown>(
        (current, part) =>
          current === null || typeof current !== 'object' ? undefined : (current as Record<string, unknown>)[part],
        value,
      );
  if (rest === undefined) return walk(sample, listKey);
  const list = walk(sample, listKey);
  return Array.isArray(list) ? walk(list[0], rest) : undefined;
}

function admin() {
  return authData(emulator.platform().bootstrapKey);
}

describe("Zapier's integration checks", () => {
  it('links the API key help text to where a key is created (D002)', () => {
    const apiKey = App.authentication.fields.find((field) => field.key === 'api_key');
    expect(apiKey?.helpText).toMatch(/\]\(https:\/\/connect\.cloudblue\.com\/[^)]*api-tokens[^)]*\)/);
  });

  it('describes hidden triggers in Zapier\'s wording, "Triggers when …" (D021)', () => {
    const hidden = triggers.filter((trigger) => trigger.display.hidden);
    expect(hidden.map((trigger) => trigger.key).sort()).toEqual([
      'endpoint_list',
      'endpoint_token_list',
      'extension_list',
      'module_list',
      'token_list',
    ]);
    for (const trigger of hidden) expect(trigger.display.description, trigger.key).toMatch(/^Triggers when /);
  });

  it('offers "Add a Search Step" (Find Token) on every Token field of an action', () => {
    const tokenFields = creates.flatMap((create) =>
      (create.operation.inputFields ?? [])
        .filter((field) => field.key === 'token_id')
        .map((field) => [create.key, field] as const),
    );
    expect(tokenFields.length).toBeGreaterThanOrEqual(8);
    for (const [key, field] of tokenFields) expect(field.search, key).toBe('find_token.id');
    expect(searches.map((search) => search.key)).toContain('find_token');
  });

  it('maps every output field to a value, never to an object that Zapier flattens away', () => {
    for (const item of [...triggers, ...creates, ...searches]) {
      for (const field of item.operation.outputFields ?? []) {
        const value = valueAt(item.operation.sample, field.key);
        expect(value === null || typeof value !== 'object', `${item.key}.${field.key} is an object in the sample`).toBe(
          true,
        );
      }
    }
  });

  it('gives endpoint payloads as JSON text: Send Data to Endpoint and New Endpoint Record', async () => {
    const client = createClient({ endpoint: ENDPOINT, apiKey: emulator.platform().bootstrapKey, maxRetries: 0 });
    const endpoint = await client.endpoints.create({ name: 'Mapped inbox', authentication: 'none' });
    const sent = (await appTester(App.creates.send_endpoint_data.operation.perform, {
      authData: admin(),
      inputData: { endpoint_id: endpoint.id, payload: '{"order": "10042", "lines": [1, 2]}' },
    })) as { body_json: string; items: Array<{ body_json: string }> };
    expect(JSON.parse(sent.body_json)).toEqual({ order: '10042', lines: [1, 2] });
    expect(sent.items.map((item) => JSON.parse(item.body_json))).toEqual([{ order: '10042', lines: [1, 2] }]);
    const records = (await appTester(App.triggers.new_endpoint_record.operation.performList, {
      authData: admin(),
      inputData: { endpoint_id: endpoint.id },
    })) as Array<{ body: unknown; body_json: string }>;
    expect(records.map((record) => JSON.parse(record.body_json))).toEqual([{ order: '10042', lines: [1, 2] }]);
  });

  it('labels each webhook with the Zap it belongs to, as [Zap-<id>] <trigger>', async () => {
    const client = createClient({ endpoint: ENDPOINT, apiKey: emulator.platform().bootstrapKey, maxRetries: 0 });
    const forZap = (await appTester(App.triggers.new_token.operation.performSubscribe, {
      authData: admin(),
      targetUrl: TARGET_URL,
      meta: { zap: { id: 123 } },
    } as never)) as { id: string };
    const withoutZap = (await appTester(App.triggers.access_denied.operation.performSubscribe, {
      authData: admin(),
      targetUrl: TARGET_URL,
    })) as { id: string };
    expect((await client.webhooks.get(forZap.id)).label).toBe('[Zap-123] New Token');
    expect((await client.webhooks.get(withoutZap.id)).label).toBe('[Zapier] Access Denied');
  });
});
