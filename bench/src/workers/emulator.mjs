// The emulator over loopback HTTP in its own process: `createMockPlatform({ seed, seedTokens })` served by
// `startMockServer` on 127.0.0.1 (any port). Sends `{ url, base, key, seedMs, tokens, rss }` once listening.
import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';
import { workerArgs } from '../harness.mjs';

const args = workerArgs();
const seedTokens = Number(args['seed-tokens'] ?? 0);
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));

try {
  const started = performance.now();
  const platform = createMockPlatform({
    seed: args.seed ?? 'bench',
    seedTokens,
    onUnexpectedError: (e) => console.error('[emulator]', e),
  });
  await platform.ready;
  const seedMs = performance.now() - started;
  const origin = new URL(platform.baseUrl).origin;
  const server = await startMockServer({ handlers: platform.handlers, port: 0, host: '127.0.0.1', origin });
  const base = `${server.url}${new URL(platform.baseUrl).pathname}`;
  process.on('message', async (message) => {
    if (message?.type === 'rss')
      process.send({ reply: 'rss', rss: process.memoryUsage.rss(), maxRss: process.resourceUsage().maxRSS * 1024 });
  });
  process.send({
    ready: true,
    url: server.url,
    base,
    key: platform.bootstrapKey,
    seedMs,
    tokens: seedTokens + 1,
    rss: process.memoryUsage.rss(),
  });
} catch (error) {
  process.send?.({ error: error?.stack ?? String(error) });
  process.exit(1);
}
