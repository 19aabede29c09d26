#!/usr/bin/env node
// Runs the polling side of a trigger (`performList` of a REST hook trigger, `perform` of a polling one) with the
// connection in .env, and prints the items. Why: `zapier-platform invoke trigger <key>` runs a hook trigger's
// `perform`, which turns a webhook delivery into items; without a delivery it returns [] and never polls.
//
//   node --env-file=.env scripts/poll-trigger.mjs <trigger_key> ['<inputData as JSON>'] [--limit N]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

function fail(message) {
  console.error(message);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '10' } },
});
const [key, inputJson = '{}'] = positionals;
const app = require('../index.js');
const zapier = require('zapier-platform-core');

const trigger = key === undefined ? undefined : app.triggers[key];
if (trigger === undefined)
  fail(
    `Usage: poll-trigger.mjs <trigger_key> ['<inputData JSON>']; trigger keys: ${Object.keys(app.triggers).join(', ')}`,
  );
const method = `triggers.${key}.operation.${trigger.operation.performList ? 'performList' : 'perform'}`;

let inputData;
try {
  inputData = JSON.parse(inputJson);
} catch (error) {
  fail(`inputData is not valid JSON: ${error.message}`);
}
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a positive integer, not ${values.limit}`);

const authData = { endpoint: process.env.authData_endpoint ?? '', api_key: process.env.authData_api_key ?? '' };
if (authData.api_key === '')
  fail('authData_api_key is not set: write .env as the README says and run with `node --env-file=.env`.');

try {
  // As `zapier-platform invoke` runs a method: `calledFromCli` keeps core's memory report off stdout.
  const handler = zapier.createAppHandler(app);
  const { results } = await handler({
    command: 'execute',
    method,
    bundle: { authData, inputData, meta: { page: 0, limit } },
    calledFromCli: true,
  });
  console.log(JSON.stringify(results, null, 2));
} catch (error) {
  // The app's errors never carry the key (see src/safe-errors.ts); print the message only, not the bundle.
  fail(`${error.name ?? 'Error'}: ${error.message}`);
}
