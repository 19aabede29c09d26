import { createClient } from '@connect-tokens/sdk';
import { main } from './cli/main';

const controller = new AbortController();
// First Ctrl-C cancels the run (the partial file is removed); a second one exits at once.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  createClient: ({ endpoint, apiKey }) => createClient({ ...(endpoint ? { endpoint } : {}), apiKey }),
  signal: controller.signal,
});
