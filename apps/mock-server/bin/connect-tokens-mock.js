#!/usr/bin/env node
// Committed so npm can link `connect-tokens-mock` at install time, before the first build has written dist/ (npm
// skips a workspace bin whose target does not exist yet, and `npx` would then fetch an unrelated package).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'connect-tokens-mock is not built yet: run "npm run build" at the root of the connect-tokens repository.',
  );
  process.exit(1);
}
await import(cli.href);
