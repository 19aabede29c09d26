#!/usr/bin/env node
// Loads the built package both ways (ESM import and CJS require) and makes one request through a stub fetch, so a
// bundling or interop mistake (e.g. a default import of a CJS dependency) fails `lint` rather than a user's app.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const key = `ApiKey SU-123-456-789:${'0'.repeat(40)}`;
const fetch = async (request) => {
  if (request.headers.get('authorization') !== key) throw new Error('smoke: Authorization not sent');
  return Response.json({ account: { id: 'PA-1', name: 'smoke' } }, { headers: { 'x-request-id': 'req_smoke' } });
};

for (const [how, sdk, rqlEntry] of [
  ['esm', await import('@connect-tokens/sdk'), await import('@connect-tokens/sdk/rql')],
  ['cjs', require('@connect-tokens/sdk'), require('@connect-tokens/sdk/rql')],
]) {
  const client = sdk.createClient({ endpoint: 'http://127.0.0.1:4010/public/v1', apiKey: key, fetch, logLevel: 'off' });
  const me = await client.whoami();
  if (me.account.id !== 'PA-1') throw new Error(`${how}: whoami failed`);
  if (JSON.stringify(client).includes('0'.repeat(40))) throw new Error(`${how}: secret in JSON`);
  if (rqlEntry.parseQuery('eq(a,1)').filter?.op !== 'eq') throw new Error(`${how}: rql entry broken`);
  console.log(`smoke ${how}: ok (${sdk.VERSION})`);
}
