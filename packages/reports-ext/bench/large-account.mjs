// Runs reports against the emulator over HTTP with a large seeded account and prints time and client memory.
// Usage: node --expose-gc bench/large-account.mjs [tokens=5000] [reports=token-inventory:xlsx,permissions-matrix:csv]
import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';
import { createClient } from '@connect-tokens/sdk';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../dist/index.js';

const tokens = Number(process.argv[2] ?? 5000);
const runs = (process.argv[3] ?? 'token-inventory:xlsx,permissions-matrix:csv').split(',').map((r) => r.split(':'));
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

let t = performance.now();
const platform = createMockPlatform({ seed: 1, seedTokens: tokens });
await platform.ready;
const server = await startMockServer({ handlers: platform.handlers, port: 0, origin: 'http://127.0.0.1:4010' });
console.log(`seeded ${tokens} tokens in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const { key } = await platform.issueToken({ name: 'Reports', extension: { id: 'EXT-001', name: 'Reports' } });
const client = createClient({ endpoint: `${server.url}/public/v1`, apiKey: key });
const dir = await mkdtemp(join(tmpdir(), 'reports-bench-'));
try {
  for (const [reportId, renderer] of runs) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    t = performance.now();
    const result = await runReport({
      client,
      reportId,
      renderer,
      output: dir,
      parameters: reportId === 'audit-trail' ? { period: 'this_year' } : {},
      onProgress: (done) => {
        if (done % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    console.log(
      `${reportId} ${renderer}: ${result.rows} rows in ${((performance.now() - t) / 1000).toFixed(1)} s, heap (emulator included) ${mb(before)} → peak ${mb(peak)}`,
    );
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
