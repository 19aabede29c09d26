import type { ConnectClient } from '@connect-tokens/sdk';

/** What {@link makeEndpointTraffic} did: ids only, never a token value. */
export interface EndpointTrafficMade {
  endpointId: string;
  /** Secondary token ids by application name. */
  applications: Record<string, string>;
  /** Calls made, by who made them (`application name`, `primary GET`, `none`), as `METHOD status` → count. */
  calls: Record<string, Record<string, number>>;
}

/**
 * Opens an endpoint with token authentication, two applications (secondary tokens) mapped to its POST primary token,
 * and calls its data path with `X-Endpoint-Token`: accepted posts, a read with the GET primary token, and calls the
 * platform denies (an application reading without a GET mapping: `403 EPT_002`; an unknown token: `401 EPT_001`).
 * The token values stay in this function.
 */
export async function makeEndpointTraffic(
  admin: ConnectClient,
  apiEndpoint: string,
  name = 'Orders inbox',
): Promise<EndpointTrafficMade> {
  const endpoint = await admin.endpoints.create({ name, authentication: 'token' });
  const primary = new Map(endpoint.primary_tokens.map((t) => [t.method, t.value]));
  const shop = await admin.endpointTokens.create({ name: 'Shop backend' });
  const crm = await admin.endpointTokens.create({ name: 'CRM sync' });
  for (const app of [shop, crm]) {
    await admin.endpoints.createMapping(endpoint.id, {
      endpoint_token: { id: app.id },
      primary_token: { method: 'POST' },
    });
  }
  const made: EndpointTrafficMade = {
    endpointId: endpoint.id,
    applications: { [shop.name]: shop.id, [crm.name]: crm.id },
    calls: {},
  };
  const call = async (who: string, method: string, value: string | undefined, body?: unknown) => {
    const response = await fetch(`${apiEndpoint}/integrations/endpoints/${endpoint.id}/data`, {
      method,
      headers: {
        'x-endpoint-token': value ?? 'x',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    await response.arrayBuffer();
    const counts = (made.calls[who] ??= {});
    const key = `${method} ${response.status}`;
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (let i = 1; i <= 3; i++) await call(shop.name, 'POST', shop.value, { order: i });
  await call(shop.name, 'GET', shop.value); // no GET mapping: 403 EPT_002
  await call(crm.name, 'POST', crm.value, { contact: 'a' });
  await call(crm.name, 'GET', crm.value); // 403 EPT_002
  await call(crm.name, 'GET', crm.value); // 403 EPT_002
  await call('primary GET', 'GET', primary.get('GET'));
  await call('none', 'GET', 'not-a-token'); // 401 EPT_001
  return made;
}
