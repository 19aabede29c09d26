// Streams synthetic rows through each renderer into a sink that discards them and reports the heap: memory must not
// grow with the row count for csv, xlsx and json (html/pdf stop at their cap).
// Usage: node --expose-gc bench/renderer-memory.mjs [rows=200000] [renderers=csv,xlsx,json]
import { Writable } from 'node:stream';
import { getRenderer } from '../dist/index.js';

const rows = Number(process.argv[2] ?? 200_000);
const renderers = (process.argv[3] ?? 'csv,xlsx,json').split(',');
const columns = [
  { key: 'id', title: 'Token ID', type: 'string' },
  { key: 'name', title: 'Name', type: 'string' },
  { key: 'status', title: 'Status', type: 'string' },
  { key: 'modules', title: 'Modules', type: 'string' },
  { key: 'created_at', title: 'Created at', type: 'date' },
  { key: 'requests', title: 'Requests', type: 'number' },
];
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

for (const id of renderers) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let bytes = 0;
  const sink = new Writable({
    write(chunk, _e, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  async function* source() {
    for (let i = 0; i < rows; i++) {
      // Live memory, not garbage: collect before sampling (every 25k rows, so the cost stays small).
      if (i % 25_000 === 0) {
        globalThis.gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
      yield {
        id: `SU-${String(i).padStart(9, '0')}`,
        name: `Token ${i} (production)`,
        status: 'active',
        modules: 'Integrations, Reports',
        created_at: new Date(1_700_000_000_000 + i * 1000),
        requests: i % 977,
      };
    }
  }
  const started = performance.now();
  const result = await getRenderer(id).render(
    {
      reportId: 'bench',
      title: 'Bench',
      description: 'Synthetic rows',
      columns,
      rows: source(),
      generatedAt: new Date(),
      parameters: {},
      signal: new AbortController().signal,
      maxRows: 1000,
    },
    sink,
  );
  const ms = performance.now() - started;
  console.log(
    `${id.padEnd(5)} ${result.rows} rows  ${mb(bytes)} out  ${(ms / 1000).toFixed(1)} s  live heap before ${mb(before)}, peak ${mb(peak)}  (+${mb(peak - before)})`,
  );
}
