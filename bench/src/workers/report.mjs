// One token-inventory report (or the paging it rests on) in a fresh process; reports time and peak RSS.
// Args: --mode page|csv|xlsx  and either --base URL --key KEY --out DIR (the emulator over HTTP)
//       or --synthetic-rows N --templates FILE [--out DIR] (an in-memory fetch inventing N tokens page by page: no server,
//       no stored list; output discarded unless --out). --young-gen: also report the size V8's young generation
//       (new space) ended at and after how many rows it got there, read once per page.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import v8 from 'node:v8';
import { createClient } from '@connect-tokens/sdk';
import { runReport } from '@connect-tokens/reports-ext';
import { rssSampler, workerArgs, workerMain } from '../harness.mjs';
import { SYNTHETIC_KEY, syntheticFetch } from './synthetic-fetch.mjs';

await workerMain(async () => {
  const args = workerArgs();
  const mode = args.mode;
  const synthetic = args['synthetic-rows'] !== undefined;
  const client = synthetic
    ? createClient({
        endpoint: 'http://127.0.0.1:4010/public/v1',
        apiKey: SYNTHETIC_KEY,
        fetch: syntheticFetch(Number(args['synthetic-rows']), JSON.parse(readFileSync(args.templates, 'utf8'))),
        logLevel: 'off',
      })
    : createClient({ endpoint: args.base, apiKey: args.key, maxRetries: 0 });
  globalThis.gc?.();
  const rssBefore = process.memoryUsage.rss();
  const sampler = rssSampler(20);
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  const newSpaceSize = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size;
  const young = { size: newSpaceSize(), reachedAtRow: 0 };
  const onProgress = args['young-gen']
    ? (done) => {
        const size = newSpaceSize();
        if (size !== young.size) Object.assign(young, { size, reachedAtRow: done });
      }
    : undefined;
  if (mode === 'page') {
    // What the report does without rendering: the same query (token-inventory's defaults), the same page size, and
    // the same count() first.
    const list = client.tokens.list({ ordering: ['events.created.at'], limit: 500 });
    await list.count();
    for await (const token of list) if (token.id) rows++;
  } else {
    const output =
      (synthetic && !args.out) || args.discard
        ? new Writable({
            write(chunk, _encoding, callback) {
              bytes += chunk.length;
              callback();
            },
          })
        : args.out;
    const result = await runReport({
      client,
      reportId: 'token-inventory',
      renderer: mode,
      output,
      fileName: `bench-${process.pid}`,
      onProgress,
    });
    rows = result.rows;
  }
  const ms = performance.now() - started;
  const rssPeak = sampler.stop();
  return {
    mode,
    ms,
    rows,
    bytes,
    rssBefore,
    rssPeak,
    maxRss: process.resourceUsage().maxRSS * 1024,
    ...(onProgress && { newSpace: young.size, newSpaceReachedAtRow: young.reachedAtRow }),
  };
});
