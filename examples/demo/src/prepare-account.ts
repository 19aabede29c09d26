import { createClient } from '@connect-tokens/sdk';
import { makeEndpointTraffic } from '@connect-tokens/example-endpoint-traffic';

/**
 * With the admin key: creates the Reports token the reports run with (extension EXT-001, modules MD-0007
 * Integrations for the token APIs and MD-0012 Reports), lets a token without MD-0007 be refused three times (so the
 * audit trail and the statistics have denials to show) and opens an endpoint two applications call. Returns the
 * Reports token's key.
 */
export async function prepareAccount(endpoint: string, adminKey: string): Promise<string> {
  const admin = createClient({ endpoint, apiKey: adminKey, maxRetries: 0 });
  const reportsToken = await admin.tokens.create({
    name: 'Reports demo',
    description: 'Created by the demo (npm start) to run every report.',
    extension: { id: 'EXT-001' },
    permissions: [{ object: { id: 'MD-0007' } }, { object: { id: 'MD-0012' } }],
  });
  const narrow = await admin.tokens.create({
    name: 'Zapier without Integrations',
    extension: { id: 'EXT-002' },
    permissions: [{ object: { id: 'MD-0013' } }],
  });
  const denied = createClient({ endpoint, apiKey: narrow.token!, maxRetries: 0 });
  for (let i = 0; i < 3; i++)
    await denied.tokens
      .list()
      .first()
      .catch(() => undefined);
  await makeEndpointTraffic(admin, endpoint);
  return reportsToken.token!;
}
