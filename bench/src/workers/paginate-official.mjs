// Pages through every token with CloudBlue's connect-javascript-sdk, as its users reach /auth/tokens: a
// `GenericResource` on the path, `search({ limit, offset })` until a short page. Fresh process per run.
// Args: --sdk-dir DIR (the package's folder) --base URL --key KEY --page-size N
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { workerArgs, workerMain } from '../harness.mjs';

await workerMain(async () => {
  const args = workerArgs();
  const require = createRequire(join(args['sdk-dir'], 'package.json'));
  const { ConnectClient } = require('./index.js');
  const GenericResource = require('./lib/connect/api/base.js');
  const pageSize = Number(args['page-size']);
  const client = new ConnectClient(args.base, args.key);
  const tokens = new GenericResource(client, '/auth/tokens');
  await tokens.search({ limit: 1 });
  const started = performance.now();
  let items = 0;
  for (let offset = 0; ; offset += pageSize) {
    const page = await tokens.search({ limit: pageSize, offset });
    for (const token of page) if (token.id) items++;
    if (page.length < pageSize) break;
  }
  const ms = performance.now() - started;
  return { ms, items, maxRss: process.resourceUsage().maxRSS * 1024 };
});
