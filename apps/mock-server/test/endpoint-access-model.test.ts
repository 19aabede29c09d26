/**
 * Model-based check of the endpoint data path: random sequences of administrative changes (token status, mappings,
 * regenerations, allow_delete) interleaved with data calls, where every call's status and error code must equal what a
 * tiny reference model of the spec's rules predicts. Every response also passes the contract check of the harness.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usePlatform } from './harness';

const start = usePlatform({ webhookRetryDelaysMs: [0, 0] });

type Method = 'GET' | 'POST' | 'DELETE';
const METHODS: Method[] = ['GET', 'POST', 'DELETE'];

const op = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), token: fc.nat(2) }),
  fc.record({
    kind: fc.constant('map' as const),
    token: fc.nat(2),
    endpoint: fc.nat(1),
    method: fc.constantFrom(...METHODS),
  }),
  fc.record({
    kind: fc.constant('toggle' as const),
    token: fc.nat(2),
    endpoint: fc.nat(1),
    method: fc.constantFrom(...METHODS),
  }),
  fc.record({
    kind: fc.constant('unmap' as const),
    token: fc.nat(2),
    endpoint: fc.nat(1),
    method: fc.constantFrom(...METHODS),
  }),
  fc.record({ kind: fc.constant('regenerate' as const), token: fc.nat(2) }),
  fc.record({
    kind: fc.constant('regeneratePrimary' as const),
    endpoint: fc.nat(1),
    method: fc.constantFrom(...METHODS),
  }),
  fc.record({ kind: fc.constant('allowDelete' as const), endpoint: fc.nat(1) }),
  fc.record({
    kind: fc.constant('call' as const),
    endpoint: fc.nat(1),
    method: fc.constantFrom(...METHODS),
    credential: fc.oneof(
      fc.record({ type: fc.constant('none' as const) }),
      fc.record({ type: fc.constant('stale' as const) }),
      fc.record({ type: fc.constant('primary' as const), endpoint: fc.nat(1), method: fc.constantFrom(...METHODS) }),
      fc.record({ type: fc.constant('secondary' as const), token: fc.nat(2) }),
    ),
  }),
);

describe('endpoint data path decisions', () => {
  it('match a reference model for any sequence of changes and calls', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { api } = await start();
        // Model state.
        const endpoints: { id: string; allowDelete: boolean; primary: Map<Method, string> }[] = [];
        for (const allowDelete of [false, true]) {
          const created = await api.post('/integrations/endpoints', {
            name: `E${endpoints.length}`,
            allow_delete: allowDelete,
          });
          endpoints.push({
            id: created.body.id,
            allowDelete,
            primary: new Map(created.body.primary_tokens.map((t: any) => [t.method, t.value])),
          });
        }
        const tokens: { id: string; value: string; active: boolean }[] = [];
        for (const name of ['A', 'B', 'C']) {
          const created = await api.post('/integrations/endpoint-tokens', { name });
          tokens.push({ id: created.body.id, value: created.body.value, active: true });
        }
        const mappings = new Map<string, { id: string; enabled: boolean }>(); // `${endpoint}|${token}|${method}`
        const stale: string[] = [];

        for (const step of ops) {
          switch (step.kind) {
            case 'status': {
              const token = tokens[step.token]!;
              token.active = !token.active;
              const result = await api.put(`/integrations/endpoint-tokens/${token.id}`, {
                status: token.active ? 'active' : 'inactive',
              });
              expect(result.status).toBe(200);
              break;
            }
            case 'map': {
              const endpoint = endpoints[step.endpoint]!;
              const token = tokens[step.token]!;
              const key = `${endpoint.id}|${token.id}|${step.method}`;
              const result = await api.post(`/integrations/endpoints/${endpoint.id}/mappings`, {
                endpoint_token: { id: token.id },
                primary_token: { method: step.method },
              });
              const expected = !endpoint.primary.has(step.method) ? 400 : mappings.has(key) ? 409 : 201;
              expect(result.status).toBe(expected);
              if (result.status === 201) mappings.set(key, { id: result.body.id, enabled: true });
              break;
            }
            case 'toggle':
            case 'unmap': {
              const endpoint = endpoints[step.endpoint]!;
              const key = `${endpoint.id}|${tokens[step.token]!.id}|${step.method}`;
              const mapping = mappings.get(key);
              if (!mapping) break;
              if (step.kind === 'toggle') {
                mapping.enabled = !mapping.enabled;
                expect(
                  (
                    await api.put(`/integrations/endpoints/${endpoint.id}/mappings/${mapping.id}`, {
                      enabled: mapping.enabled,
                    })
                  ).status,
                ).toBe(200);
              } else {
                mappings.delete(key);
                expect((await api.del(`/integrations/endpoints/${endpoint.id}/mappings/${mapping.id}`)).status).toBe(
                  204,
                );
              }
              break;
            }
            case 'regenerate': {
              const token = tokens[step.token]!;
              const result = await api.post(`/integrations/endpoint-tokens/${token.id}/regenerate`);
              expect(result.status).toBe(200);
              stale.push(token.value);
              token.value = result.body.value;
              break;
            }
            case 'regeneratePrimary': {
              const endpoint = endpoints[step.endpoint]!;
              const result = await api.post(`/integrations/endpoints/${endpoint.id}/tokens/${step.method}/regenerate`);
              expect(result.status).toBe(endpoint.primary.has(step.method) ? 200 : 404);
              if (result.status === 200) {
                stale.push(endpoint.primary.get(step.method)!);
                endpoint.primary.set(step.method, result.body.value);
              }
              break;
            }
            case 'allowDelete': {
              const endpoint = endpoints[step.endpoint]!;
              endpoint.allowDelete = !endpoint.allowDelete;
              const result = await api.put(`/integrations/endpoints/${endpoint.id}`, {
                allow_delete: endpoint.allowDelete,
              });
              expect(result.status).toBe(200);
              if (endpoint.allowDelete) {
                endpoint.primary.set(
                  'DELETE',
                  result.body.primary_tokens.find((t: any) => t.method === 'DELETE').value,
                );
              } else {
                stale.push(endpoint.primary.get('DELETE')!);
                endpoint.primary.delete('DELETE');
                for (const key of [...mappings.keys()])
                  if (key.startsWith(`${endpoint.id}|`) && key.endsWith('|DELETE')) mappings.delete(key);
              }
              break;
            }
            case 'call': {
              const endpoint = endpoints[step.endpoint]!;
              const credential = step.credential;
              let value: string | null = null;
              let expected: string; // 'ok' or an error code
              if (step.method === 'DELETE' && !endpoint.allowDelete) expected = 'GEN_405';
              if (credential.type === 'none') {
                expected ??= 'EPT_001';
              } else if (credential.type === 'stale') {
                value = stale[0] ?? 'Z'.repeat(64);
                expected ??= 'EPT_001';
              } else if (credential.type === 'primary') {
                const owner = endpoints[credential.endpoint]!;
                value = owner.primary.get(credential.method) ?? null;
                if (value === null) expected ??= 'EPT_001';
                else expected ??= owner === endpoint && credential.method === step.method ? 'ok' : 'EPT_002';
              } else {
                const token = tokens[credential.token]!;
                value = token.value;
                const mapping = mappings.get(`${endpoint.id}|${token.id}|${step.method}`);
                expected ??= !token.active ? 'EPT_001' : !mapping ? 'EPT_002' : !mapping.enabled ? 'EPT_001' : 'ok';
              }
              const result = await api.call(step.method, `/integrations/endpoints/${endpoint.id}/data`, {
                key: null,
                headers: value === null ? {} : { 'x-endpoint-token': value },
                ...(step.method === 'POST' ? { body: { n: 1 } } : {}),
              });
              if (expected === 'ok')
                expect(result.status, JSON.stringify({ step, body: result.body })).toBeLessThan(300);
              else expect(result.body?.error_code, JSON.stringify(step)).toBe(expected);
              break;
            }
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
