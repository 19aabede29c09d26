// SDK GET overhead with a stubbed fetch: `client.api.GET` (openapi-fetch's own method, through the SDK's middleware
// and transport) against bare openapi-fetch and a raw `fetch` call answering from the same stub.
import createFetchClient from 'openapi-fetch';
import { createClient } from '@connect-tokens/sdk';
import { check, interleave, row, timePerCall } from '../harness.mjs';

export const name = 'sdk-overhead';
export const title = 'SDK GET overhead, stubbed fetch';

const ENDPOINT = 'http://127.0.0.1:4010/public/v1';
const KEY = `ApiKey SU-000-000-000:${'ab12'.repeat(10)}`;
const TOKEN = {
  id: 'SU-123-456-789',
  name: 'Billing sync',
  description: 'Syncs invoices',
  external_id: null,
  owner: { id: 'PA-000-000', name: 'Mock Provider Inc.' },
  status: 'active',
  extension: { id: 'EXT-000', name: 'Custom' },
  token: 'ApiKey SU-123-456-789:****ab12',
  expiration_date: null,
  last_access: { at: '2026-01-01T00:00:00.000Z', ip: '203.0.113.7' },
  events: {
    created: { at: '2025-06-01T00:00:00.000Z', by: { id: 'UR-000-000', name: 'System' } },
    updated: { at: '2025-06-01T00:00:00.000Z', by: { id: 'UR-000-000', name: 'System' } },
  },
  permissions: [{ id: 'PRM-1', object: { id: 'MD-0007', name: 'Integrations' } }],
};
const BODY = JSON.stringify(TOKEN);

/** Answers every request at once with the token, as a server would (a fresh Response each time). */
async function stubFetch() {
  return new Response(BODY, { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_1' } });
}

export async function run({ quick }) {
  const iterations = quick ? 1_000 : 3_000;
  const runs = quick ? 5 : 15;
  const bare = createFetchClient({ baseUrl: ENDPOINT, fetch: stubFetch });
  const sdk = createClient({ endpoint: ENDPOINT, apiKey: KEY, fetch: stubFetch, logLevel: 'off' });
  const params = { params: { path: { pk: TOKEN.id } } };
  const url = `${ENDPOINT}/auth/tokens/${TOKEN.id}`;

  // Sanity: every variant returns the token.
  const a = await bare.GET('/auth/tokens/{pk}', { ...params, headers: { authorization: KEY } });
  const b = await sdk.api.GET('/auth/tokens/{pk}', params);
  const c = await sdk.tokens.get(TOKEN.id);
  if (a.data?.id !== TOKEN.id || b.data?.id !== TOKEN.id || c.id !== TOKEN.id)
    throw new Error('a variant did not return the token');

  const result = await interleave(
    {
      raw: () =>
        timePerCall(async () => {
          const response = await stubFetch(
            new Request(url, { headers: { authorization: KEY, accept: 'application/json' } }),
          );
          await response.json();
        }, iterations),
      bare: () =>
        timePerCall(() => bare.GET('/auth/tokens/{pk}', { ...params, headers: { authorization: KEY } }), iterations),
      sdk: () => timePerCall(() => sdk.api.GET('/auth/tokens/{pk}', params), iterations),
      sdkGet: () => timePerCall(() => sdk.tokens.get(TOKEN.id), iterations),
    },
    { runs, warmup: 2 },
  );
  const base = result.bare.median;
  const ratio = result.sdk.median / base;
  return {
    setup: `${iterations.toLocaleString('en-US')} sequential GET /auth/tokens/{pk} per sample, ${runs} samples per variant, interleaved; fetch answers from memory (${BODY.length} B JSON)`,
    rows: [
      row('raw fetch (stub + Request + json())', result.raw, 'us', {
        role: 'baseline',
        ratio: result.raw.median / base,
      }),
      row('bare openapi-fetch GET', result.bare, 'us', { role: 'baseline', ratio: 1 }),
      row('SDK client.api.GET', result.sdk, 'us', { role: 'measured', ratio }),
      row('SDK client.tokens.get (info)', result.sdkGet, 'us', { role: 'info', ratio: result.sdkGet.median / base }),
    ],
    checks: [
      check({
        name: 'SDK client.api.GET / bare openapi-fetch',
        value: ratio,
        op: '<=',
        target: 1.15,
        what: 'per-call time, medians',
        spread: { measured: result.sdk, baseline: result.bare },
      }),
    ],
    metrics: {
      rawUs: result.raw.median,
      bareUs: base,
      sdkUs: result.sdk.median,
      sdkGetUs: result.sdkGet.median,
      ratio,
      ratioVsRaw: result.sdk.median / result.raw.median,
    },
  };
}
