import { describe, expect, it } from 'vitest';
import App from '../src/index';
import { createClient } from '@connect-tokens/sdk';
import {
  accessDeniedSample,
  endpointDataSample,
  endpointRecordSample,
  endpointSample,
  endpointTokenSample,
  extensionSample,
  permissionSample,
  tokenSample,
  tokenWithSecretSample,
} from '../src/samples';
import { appTester, authData, ENDPOINT, useEmulator } from './harness';

const emulator = useEmulator();

/** Every key path of an object (`a`, `a.b`, `list[].c`), so a sample can be compared with a live item. */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [`${prefix}[]`] : paths(value[0], `${prefix}[]`);
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === '' ? key : prefix.endsWith('[]') ? `${prefix}${key}` : `${prefix}.${key}`;
    return child === null ? [path] : paths(child, path);
  });
}

/** Top-level and nested keys of the live item that the sample lacks (null-valued branches count as leaves). */
function missingFromSample(sample: object, live: object): string[] {
  const have = new Set(paths(sample));
  const covered = (path: string) =>
    [...have].some(
      (p) =>
        p === path ||
        p.startsWith(`${path}.`) ||
        p.startsWith(`${path}[]`) ||
        path.startsWith(`${p}.`) ||
        path.startsWith(`${p}[]`),
    );
  return paths(live).filter((path) => !covered(path));
}

describe('samples look like live data', () => {
  it('token, permission, extension and denied-request samples have the fields the emulator returns', async () => {
    const platform = emulator.platform();
    const auth = authData(platform.bootstrapKey);
    const created = (await appTester(App.creates.create_token.operation.perform, {
      authData: auth,
      inputData: { name: 'Shape', module_ids: ['MD-0002'], expiration_date: new Date(Date.now() + 9e8).toISOString() },
    })) as { id: string; token: string };
    expect(missingFromSample(tokenWithSecretSample, created)).toEqual([]);
    const fetched = (await appTester(App.searches.find_token.operation.perform, {
      authData: auth,
      inputData: { token_id: created.id },
    })) as object[];
    expect(missingFromSample(tokenSample, fetched[0]!)).toEqual([]);

    const granted = (await appTester(App.creates.grant_permission.operation.perform, {
      authData: auth,
      inputData: { token_id: created.id, module_id: 'MD-0003' },
    })) as object;
    expect(missingFromSample(permissionSample, granted)).toEqual([]);

    const extensions = (await appTester(App.triggers.extension_list.operation.perform, { authData: auth })) as object[];
    expect(missingFromSample(extensionSample, extensions[0]!)).toEqual([]);

    const weak = await platform.issueToken({ name: 'Weak', permissions: [] });
    await expect(
      appTester(App.triggers.token_list.operation.perform, { authData: authData(weak.key), meta: { page: 0 } }),
    ).rejects.toThrow();
    const denied = (await appTester(App.triggers.access_denied.operation.performList, {
      authData: auth,
      inputData: {},
    })) as object[];
    expect(missingFromSample(accessDeniedSample, denied[0]!)).toEqual([]);
  });

  it('endpoint, endpoint token, record and data samples have the fields the emulator returns', async () => {
    const platform = emulator.platform();
    const auth = authData(platform.bootstrapKey);
    const client = createClient({ endpoint: ENDPOINT, apiKey: platform.bootstrapKey, maxRetries: 0 });
    const endpoint = await client.endpoints.create({ name: 'Shape inbox', description: 'Shape' });
    const token = await client.endpointTokens.create({ name: 'Shape app', description: 'Shape' });
    await client.endpoints.createMapping(endpoint.id, {
      endpoint_token: { id: token.id },
      primary_token: { method: 'POST' },
    });
    const sent = (await appTester(App.creates.send_endpoint_data.operation.perform, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id, endpoint_token: token.value, payload: '{"order": "1"}' },
    })) as object;
    expect(missingFromSample(endpointDataSample, sent)).toEqual([]);
    const endpoints = (await appTester(App.triggers.endpoint_list.operation.perform, { authData: auth })) as object[];
    expect(missingFromSample(endpointSample, endpoints[0]!)).toEqual([]);
    const tokens = (await appTester(App.triggers.endpoint_token_list.operation.perform, {
      authData: auth,
    })) as object[];
    expect(missingFromSample(endpointTokenSample, tokens[0]!)).toEqual([]);
    const records = (await appTester(App.triggers.new_endpoint_record.operation.performList, {
      authData: auth,
      inputData: { endpoint_id: endpoint.id },
    })) as object[];
    expect(missingFromSample(endpointRecordSample, records[0]!)).toEqual([]);
  });
});
