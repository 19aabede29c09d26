// Pages through every token with the SDK over loopback HTTP, in a fresh process, and reports time and RSS growth.
// Args: --base URL --key KEY --page-size N [--prefetch] [--work-us N (simulated per-page consumer work)]
import { createClient } from '@connect-tokens/sdk';
import { rssSampler, workerArgs, workerMain } from '../harness.mjs';

await workerMain(async () => {
  const args = workerArgs();
  const client = createClient({ endpoint: args.base, apiKey: args.key, maxRetries: 0 });
  const prefetch = Boolean(args.prefetch);
  const pageSize = Number(args['page-size'] ?? 500);
  // One small request first, so the growth measured is the paging's, not fetch's (undici's) one-time start-up.
  const rssAtStart = process.memoryUsage.rss();
  await client.tokens.list({ limit: 1 }).first();
  const rssBefore = process.memoryUsage.rss();
  const sampler = rssSampler(10);
  let items = 0;
  let pages = 0;
  const started = performance.now();
  for await (const token of client.tokens.list({ limit: pageSize }, { prefetch })) {
    if (token.id) items++;
    if (items % pageSize === 0) {
      pages++;
      sampler.sample();
    }
  }
  const ms = performance.now() - started;
  const rssPeak = sampler.stop();
  return {
    ms,
    items,
    pages,
    rssAtStart,
    rssBefore,
    rssPeak,
    rssGrowth: rssPeak - rssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
});
