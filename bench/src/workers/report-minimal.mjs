// The least code that produces the token-inventory file: the same pages from the same synthetic source parsed with
// `json()`, each token mapped to the report's cells, written with the same library (exceljs's streaming writer for
// xlsx; for csv, strings with RFC 4180 quoting and the formula guard, in 64 kB chunks) — no SDK, no report layers.
// The baseline of report-pipeline. Args: --mode csv|xlsx --synthetic-rows N --templates FILE --out DIR
import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { workerArgs, workerMain } from '../harness.mjs';
import { syntheticFetch } from './synthetic-fetch.mjs';

const HEADERS = [
  'Token ID',
  'Name',
  'Extension',
  'Status',
  'Modules',
  'Created at',
  'Created by',
  'Last access',
  'Last access IP',
  'Expires',
];
const PAGE = 500;

const date = (v) => (v ? new Date(v) : null);
const cells = (t) => [
  t.id,
  t.name,
  t.extension?.name ?? null,
  t.status,
  (t.permissions ?? []).map((p) => p.object.name ?? p.object.id).join(', '),
  date(t.events?.created?.at),
  t.events?.created?.by?.name ?? null,
  date(t.last_access?.at),
  t.last_access?.ip ?? null,
  date(t.expiration_date),
];
const field = (v) => {
  if (v === null) return '';
  let s = v instanceof Date ? `${v.toISOString().slice(0, 19)}Z` : String(v);
  if ('=+-@\t\r'.includes(s[0])) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

await workerMain(async () => {
  const args = workerArgs();
  const total = Number(args['synthetic-rows']);
  const fetch = syntheticFetch(total, JSON.parse(readFileSync(args.templates, 'utf8')));
  const output = createWriteStream(join(args.out, `minimal-${process.pid}.${args.mode}`));
  const started = performance.now();
  let rows = 0;
  const pages = async function* () {
    for (let offset = 0; offset < total; offset += PAGE) {
      yield await (
        await fetch(new Request(`http://127.0.0.1:4010/public/v1/auth/tokens?limit=${PAGE}&offset=${offset}`))
      ).json();
    }
  };
  if (args.mode === 'csv') {
    let chunk = `\uFEFF${HEADERS.join(',')}\n`;
    for await (const page of pages()) {
      for (const token of page) {
        chunk += `${cells(token).map(field).join(',')}\n`;
        rows++;
      }
      if (chunk.length >= 64 * 1024) {
        if (!output.write(chunk)) await once(output, 'drain');
        chunk = '';
      }
    }
    output.end(chunk);
    await finished(output);
  } else {
    const require = createRequire(import.meta.resolve('@connect-tokens/reports-ext'));
    const { stream } = require('exceljs');
    const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Token inventory');
    sheet.columns = HEADERS.map((header) => ({ header }));
    // The same date format on the same cells as the report; one shared object per style, so exceljs's style cache
    // answers (without it exceljs renders each new style object to XML to look it up: slower than the report).
    const DATE_STYLE = { numFmt: 'yyyy-mm-dd hh:mm:ss' };
    const PLAIN_STYLE = {};
    const styles = HEADERS.map((_, i) => ([5, 7, 9].includes(i) ? DATE_STYLE : PLAIN_STYLE));
    for await (const page of pages()) {
      for (const token of page) {
        const added = sheet.addRow(cells(token));
        for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i];
        added.commit();
        rows++;
      }
      // As any streaming writer must: let exceljs's zip stream flush, and wait when the file is slower.
      await new Promise((r) => setImmediate(r));
      if (output.writableNeedDrain) await once(output, 'drain');
    }
    sheet.commit();
    await workbook.commit();
    await finished(output);
  }
  return { mode: args.mode, ms: performance.now() - started, rows, maxRss: process.resourceUsage().maxRSS * 1024 };
});
