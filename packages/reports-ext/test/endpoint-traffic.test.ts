import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParameterError } from '../src/errors';
import { runReport } from '../src/run-report';
import { NOW, startTestPlatform, type TestPlatform } from './helpers/emulator';
import { iso } from './helpers/expected';
import { readCsv } from './helpers/read-output';

let env: TestPlatform;
let dir: string;
/** The endpoint this file opens and calls, and the token values it holds (which no report may contain). */
let endpointId: string;
const values: string[] = [];
const shop = { id: '', name: 'Shop backend 🛒' };
const crm = { id: '', name: '=HYPERLINK("http://x")' };
let primaryGetId: string;
let firstAt: string;
let lastAt: string;

/** Calls the endpoint's data path with an endpoint token (no API key), one emulated second apart. */
async function call(method: string, value: string, body?: unknown): Promise<number> {
  const response = await fetch(`${env.endpoint}/integrations/endpoints/${endpointId}/data`, {
    method,
    headers: { 'x-endpoint-token': value, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  env.platform.clock.advance(1000);
  return response.status;
}

beforeAll(async () => {
  env = await startTestPlatform();
  dir = await mkdtemp(join(tmpdir(), 'reports-endpoint-'));
  // An endpoint with token authentication, two applications mapped to POST (the shop also to GET, then switched off).
  const endpoint = await env.admin.endpoints.create({
    name: 'Partner inbox',
    authentication: 'token',
    allow_delete: true,
  });
  endpointId = endpoint.id;
  const primary = new Map(endpoint.primary_tokens.map((t) => [t.method, t.value]));
  primaryGetId = endpoint.primary_tokens.find((t) => t.method === 'GET')!.id;
  values.push(...primary.values());
  for (const app of [shop, crm]) {
    const created = await env.admin.endpointTokens.create({ name: app.name });
    app.id = created.id;
    values.push(created.value!);
    await env.admin.endpoints.createMapping(endpointId, {
      endpoint_token: { id: app.id },
      primary_token: { method: 'POST' },
    });
  }
  const getMapping = await env.admin.endpoints.createMapping(endpointId, {
    endpoint_token: { id: shop.id },
    primary_token: { method: 'GET' },
  });
  const [shopValue, crmValue] = values.slice(-2) as [string, string];

  firstAt = iso(new Date(env.platform.clock.now()).toISOString());
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push(await call('POST', shopValue, { order: i })); // 4 × 201
  statuses.push(await call('GET', shopValue)); // 200 through the GET mapping
  await env.admin.endpoints.updateMapping(endpointId, getMapping.id, { enabled: false });
  statuses.push(await call('GET', shopValue)); // 401 EPT_001: mapping switched off (the token is still recorded)
  statuses.push(await call('DELETE', shopValue)); // 403: not mapped to DELETE
  statuses.push(await call('POST', crmValue, { contact: 1 })); // 201
  statuses.push(await call('POST', crmValue, { contact: 2 })); // 201
  statuses.push(await call('GET', crmValue)); // 403
  statuses.push(await call('GET', primary.get('GET')!)); // 200
  statuses.push(await call('GET', primary.get('GET')!)); // 200
  statuses.push(await call('POST', primary.get('GET')!, { wrong: 'method' })); // 403: GET primary used for POST
  statuses.push(await call('GET', 'not-a-token')); // 401, no valid token
  lastAt = iso(new Date(env.platform.clock.now() - 1000).toISOString());
  expect(statuses).toEqual([201, 201, 201, 201, 200, 401, 403, 201, 201, 403, 200, 200, 403, 401]);
});
afterAll(async () => {
  env.close();
  await rm(dir, { recursive: true, force: true });
});

async function run(renderer: 'csv' | 'json', parameters: Record<string, unknown>) {
  const result = await runReport({
    client: env.client,
    reportId: 'endpoint-traffic',
    renderer,
    parameters,
    output: dir,
    fileName: `traffic-${Math.random()}`,
    now: NOW,
  });
  const bytes = await readFile(result.file!);
  for (const value of values) expect(bytes.toString('utf8')).not.toContain(value);
  return { result, text: bytes.toString('utf8'), bytes };
}

/** What was sent, per row: application, kind, methods, calls, accepted, denied, by status. */
const EXPECTED = [
  ['primary (GET)', 'primary', 'GET, POST', 3, 2, 1, '200: 2; 403: 1'],
  ['=HYPERLINK("http://x")', 'secondary', 'GET, POST', 3, 2, 1, '201: 2; 403: 1'],
  ['Shop backend 🛒', 'secondary', 'GET, POST, DELETE', 7, 5, 2, '200: 1; 201: 4; 401: 1; 403: 1'],
  ['(no valid token)', 'none', 'GET', 1, 0, 1, '401: 1'],
];

describe('endpoint traffic by application', () => {
  it('counts calls per (endpoint, token) in csv as sent: accepted, denied, first and last call', async () => {
    const { result, bytes } = await run('csv', { endpoint: endpointId });
    const rows = readCsv(bytes);
    expect(result.rows).toBe(4);
    expect(rows.map((r) => r['Endpoint ID'])).toEqual([endpointId, endpointId, endpointId, endpointId]);
    expect(rows.every((r) => r['Endpoint'] === 'Partner inbox')).toBe(true);
    // csv escapes formulas: the application named "=HYPERLINK(…)" comes out as text.
    expect(
      rows.map((r) => [
        r['Application'],
        r['Kind'],
        r['Method'],
        Number(r['Calls']),
        Number(r['Accepted']),
        Number(r['Denied']),
        r['By status code'],
      ]),
    ).toEqual(EXPECTED.map(([app, ...rest]) => [app === crm.name ? `'${crm.name}` : app, ...rest]));
    expect(rows.map((r) => r['Endpoint token ID'])).toEqual([primaryGetId, crm.id, shop.id, '']);
    const shopRow = rows[2]!;
    expect(shopRow['First call']).toBe(firstAt);
    expect(rows[3]!['Last call']).toBe(lastAt);
    expect(Date.parse(shopRow['Last call']!)).toBeLessThan(Date.parse(lastAt));
  });

  it('gives the same counts in json, with real nulls and instants', async () => {
    const { text } = await run('json', { endpoint: endpointId });
    const rows = JSON.parse(text) as Record<string, unknown>[];
    expect(
      rows.map((r) => [
        r['application'],
        r['kind'],
        r['method'],
        r['calls'],
        r['accepted'],
        r['denied'],
        r['by_status_code'],
      ]),
    ).toEqual(EXPECTED);
    expect(rows.map((r) => r['token_id'])).toEqual([primaryGetId, crm.id, shop.id, null]);
    expect(rows[2]!['first_call']).toBe(firstAt);
    expect(rows[3]!['last_call']).toBe(lastAt);
    expect(Object.keys(rows[0]!)).not.toContain('value');
  });

  it('covers every endpoint without the parameter, in endpoint order', async () => {
    const rows = JSON.parse((await run('json', {})).text) as Record<string, unknown>[];
    const ids = [...new Set(rows.map((r) => r['endpoint_id']))];
    expect(ids).toEqual([env.traffic.endpointId, endpointId].sort());
    const helper = rows.filter((r) => r['endpoint_id'] === env.traffic.endpointId);
    // The helper's calls (`makeEndpointTraffic`, examples/endpoint-traffic), by who made them.
    const sum = (who: string, accepted: boolean | null) =>
      Object.entries(env.traffic.calls[who] ?? {})
        .filter(([key]) => accepted === null || Number(key.split(' ')[1]) < 400 === accepted)
        .reduce((s, [, n]) => s + n, 0);
    const byApp = new Map(helper.map((r) => [r['application'], r]));
    for (const [who, application] of [
      ['Shop backend', 'Shop backend'],
      ['CRM sync', 'CRM sync'],
      ['primary GET', 'primary (GET)'],
      ['none', '(no valid token)'],
    ] as const) {
      const row = byApp.get(application)!;
      expect(row, application).toBeDefined();
      expect([row['calls'], row['accepted'], row['denied']], application).toEqual([
        sum(who, null),
        sum(who, true),
        sum(who, false),
      ]);
    }
    expect(helper).toHaveLength(4);
  });

  it('keeps to the period', async () => {
    const day = firstAt.slice(0, 10);
    const inPeriod = JSON.parse((await run('json', { endpoint: endpointId, period: `${day}..${day}` })).text) as Record<
      string,
      unknown
    >[];
    expect(inPeriod.reduce((s, r) => s + (r['calls'] as number), 0)).toBe(14);
    expect((await run('json', { endpoint: endpointId, period: '2020-01-01..2020-01-31' })).text.trim()).toBe('[]');
  });

  it('folds records over several pages (500 each) into one row per token', async () => {
    const bulk = await env.admin.endpoints.create({ name: 'Bulk inbox', authentication: 'token' });
    const post = bulk.primary_tokens.find((t) => t.method === 'POST')!;
    values.push(post.value);
    const calls = 1001; // pages of 500, 500 and 1
    const send = async (i: number) => {
      const response = await fetch(`${env.endpoint}/integrations/endpoints/${bulk.id}/data`, {
        method: 'POST',
        headers: { 'x-endpoint-token': post.value, 'content-type': 'application/json' },
        body: JSON.stringify({ i }),
      });
      await response.arrayBuffer();
    };
    for (let i = 0; i < calls; i += 50)
      await Promise.all(Array.from({ length: Math.min(50, calls - i) }, (_, j) => send(i + j)));
    const progress: [number, number | undefined][] = [];
    const result = await runReport({
      client: env.client,
      reportId: 'endpoint-traffic',
      renderer: 'json',
      parameters: { endpoint: bulk.id },
      output: dir,
      fileName: 'bulk',
      now: NOW,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const rows = JSON.parse(await readFile(result.file!, 'utf8')) as Record<string, unknown>[];
    expect(rows).toEqual([
      expect.objectContaining({
        application: 'primary (POST)',
        kind: 'primary',
        method: 'POST',
        calls,
        accepted: calls,
        denied: 0,
      }),
    ]);
    expect(progress.at(-1)).toEqual([1, 1]);
  }, 30_000);

  it('finds nothing for an unknown endpoint and refuses a malformed id before any request', async () => {
    expect((await run('json', { endpoint: 'EP-999-999' })).text.trim()).toBe('[]');
    await expect(
      runReport({
        client: env.client,
        reportId: 'endpoint-traffic',
        renderer: 'csv',
        parameters: { endpoint: 'orders' },
        output: dir,
        now: NOW,
      }),
    ).rejects.toBeInstanceOf(ParameterError);
  });
});
