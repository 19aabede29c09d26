// The same paging as paginate.mjs with bare fetch + json() and no SDK: the baseline of the SDK's paging.
// Args: --base URL --key KEY --page-size N
import { rssSampler, workerArgs, workerMain } from '../harness.mjs';

await workerMain(async () => {
  const args = workerArgs();
  const pageSize = Number(args['page-size']);
  const headers = { authorization: args.key, accept: 'application/json' };
  await (await fetch(`${args.base}/auth/tokens?limit=1`, { headers })).json();
  const rssBefore = process.memoryUsage.rss();
  const sampler = rssSampler(10);
  const started = performance.now();
  let items = 0;
  for (let offset = 0; ; offset += pageSize) {
    const page = await (await fetch(`${args.base}/auth/tokens?limit=${pageSize}&offset=${offset}`, { headers })).json();
    items += page.length;
    sampler.sample();
    if (page.length < pageSize) break;
  }
  const ms = performance.now() - started;
  const rssPeak = sampler.stop();
  return {
    ms,
    items,
    rssBefore,
    rssPeak,
    rssGrowth: rssPeak - rssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
});
