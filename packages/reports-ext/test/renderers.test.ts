import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { getRenderer } from '../src/renderers/renderer-registry';
import { createXlsxRenderer } from '../src/renderers/xlsx-renderer';
import type { RenderInput } from '../src/renderers/renderer-types';
import type { ReportColumn, ReportRow } from '../src/reports/report-types';
import { collector } from './helpers/collect';
import { readCsv, readPdfText, readXlsx } from './helpers/read-output';

const columns: ReportColumn[] = [
  { key: 'id', title: 'Token ID', type: 'string', width: 18 },
  { key: 'name', title: 'Name', type: 'string', width: 28 },
  { key: 'count', title: 'Count', type: 'number' },
  { key: 'ok', title: 'OK', type: 'boolean' },
  { key: 'at', title: 'At', type: 'date' },
];

function rows(n: number, overrides: (i: number) => Partial<ReportRow> = () => ({})): ReportRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `TK-${String(i).padStart(4, '0')}`,
    name: `Token ${i}`,
    count: i,
    ok: i % 2 === 0,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    ...overrides(i),
  }));
}

async function render(
  id: Parameters<typeof getRenderer>[0],
  data: ReportRow[],
  maxRows = 1000,
  renderer = getRenderer(id),
) {
  const out = collector();
  // Pages of 7 rows, so rows cross page boundaries (and the html/pdf row caps fall inside a page).
  async function* source() {
    for (let i = 0; i < data.length; i += 7) yield data.slice(i, i + 7);
  }
  const input: RenderInput = {
    reportId: 'token-inventory',
    title: 'Token inventory',
    description: 'Test report',
    columns,
    rows: source(),
    generatedAt: new Date('2026-01-02T00:00:00Z'),
    parameters: { status: { all: true, choices: [] } },
    signal: new AbortController().signal,
    maxRows,
  };
  const result = await renderer.render(input, out.stream);
  return { result, bytes: out.bytes() };
}

describe('csv renderer', () => {
  it('writes a header and one record per row', async () => {
    const { result, bytes } = await render('csv', rows(3));
    expect(result).toEqual({ rows: 3, truncated: false });
    const records = readCsv(bytes);
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual({
      'Token ID': 'TK-0001',
      Name: 'Token 1',
      Count: '1',
      OK: 'false',
      At: '2026-01-01T00:00:01Z',
    });
  });

  it('neutralises spreadsheet formulas in user-given names', async () => {
    const { bytes } = await render(
      'csv',
      rows(4, (i) => ({ name: ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'][i] ?? '' })),
    );
    const names = readCsv(bytes).map((r) => r['Name']);
    expect(names).toEqual([`'=HYPERLINK("x")`, "'+1", "'-2", "'@SUM(A1)"]);
  });
});

describe('csv renderer, encoding and streaming', () => {
  const tricky = [
    'plain',
    'a,b',
    'say "hi"',
    'two\nlines',
    'cr\rhere',
    'crlf\r\nend',
    '',
    ' padded ',
    '"',
    "'quoted'",
    'é ü 日本',
    '\uFF1Dsum',
    '\ttab',
    '\rcr first',
    '-5',
  ];

  it('quotes commas, quotes and line breaks, doubles quotes, and reads back to the same values', async () => {
    const { bytes } = await render(
      'csv',
      tricky.map((name, i) => ({ id: `TK-${i}`, name, count: i, ok: true, at: null })),
    );
    const names = readCsv(bytes).map((r) => r['Name']);
    const neutralised = new Set(['\uFF1Dsum', '\ttab', '\rcr first', '-5']);
    expect(names).toEqual(tricky.map((n) => (neutralised.has(n) ? `'${n}` : n)));
  });

  it('writes a byte-order mark, the header and one \\n-ended line per row', async () => {
    const { bytes } = await render('csv', [
      { id: 'TK-1', name: 'a "b", c', count: 1, ok: false, at: new Date('2026-01-01T00:00:00Z') },
      { id: 'TK-2', name: '=1+1', count: -2, ok: true, at: null },
    ]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFToken ID,Name,Count,OK,At\nTK-1,"a ""b"", c",1,false,2026-01-01T00:00:00Z\nTK-2,\'=1+1,\'-2,true,\n',
    );
  });

  it('an empty report is the header alone', async () => {
    const { bytes, result } = await render('csv', []);
    expect(result.rows).toBe(0);
    expect(bytes.toString('utf8')).toBe('\uFEFFToken ID,Name,Count,OK,At\n');
  });

  it('waits for a slow output to drain instead of buffering the rows', async () => {
    const chunks: Buffer[] = [];
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        setTimeout(callback, 1);
      },
    });
    const n = 20_000;
    // Pages of 500 rows, as the reports read them.
    async function* source() {
      for (let start = 0; start < n; start += 500) {
        maxBuffered = Math.max(maxBuffered, slow.writableLength);
        const page: ReportRow[] = [];
        for (let i = start; i < Math.min(n, start + 500); i++)
          page.push({ id: `TK-${i}`, name: `Token ${i}`, count: i, ok: i % 2 === 0, at: null });
        yield page;
      }
    }
    const result = await getRenderer('csv').render(
      {
        reportId: 'token-inventory',
        title: 't',
        description: 'd',
        columns,
        rows: source(),
        generatedAt: new Date(),
        parameters: {},
        signal: new AbortController().signal,
        maxRows: 1000,
      },
      slow,
    );
    expect(result.rows).toBe(n);
    expect(readCsv(Buffer.concat(chunks))).toHaveLength(n);
    // About 700 kB of csv went through; never more than one chunk (~64k characters) waited in the stream's buffer.
    expect(Buffer.concat(chunks).length).toBeGreaterThan(500_000);
    expect(maxBuffered).toBeLessThanOrEqual(80 * 1024);
  });
});

describe('json renderer', () => {
  it('streams a valid JSON array of row objects', async () => {
    const { bytes } = await render('json', rows(2));
    expect(JSON.parse(bytes.toString('utf8'))).toEqual([
      { id: 'TK-0000', name: 'Token 0', count: 0, ok: true, at: '2026-01-01T00:00:00Z' },
      { id: 'TK-0001', name: 'Token 1', count: 1, ok: false, at: '2026-01-01T00:00:01Z' },
    ]);
  });

  it('writes an empty array for no rows', async () => {
    const { bytes } = await render('json', []);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual([]);
  });
});

describe('xlsx renderer', () => {
  it('writes typed cells that read back', async () => {
    const { result, bytes } = await render('xlsx', rows(1200));
    expect(result.rows).toBe(1200);
    const { sheets, rows: read } = await readXlsx(bytes);
    expect(sheets).toEqual(['Token inventory']);
    expect(read).toHaveLength(1200);
    expect(read[7]).toEqual({
      'Token ID': 'TK-0007',
      Name: 'Token 7',
      Count: 7,
      OK: false,
      At: new Date('2026-01-01T00:00:07Z'),
    });
  });
});

describe('xlsx cell formats', () => {
  it('shows instants with a date format and leaves the other cells in the general format', async () => {
    const { bytes } = await render('xlsx', rows(3));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    for (const n of [2, 3, 4]) {
      expect(sheet.getRow(n).getCell(5).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
      expect(sheet.getRow(n).getCell(1).numFmt).toBeUndefined();
      expect(sheet.getRow(n).getCell(3).numFmt).toBeUndefined();
    }
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });
});

describe('xlsx sheets', () => {
  it('continue on a new sheet when one is full', async () => {
    const { result, bytes } = await render('xlsx', rows(250), 1000, createXlsxRenderer({ rowsPerSheet: 100 }));
    expect(result.rows).toBe(250);
    const { sheets, rows: read } = await readXlsx(bytes);
    expect(sheets).toEqual(['Token inventory', 'Token inventory (2)', 'Token inventory (3)']);
    expect(read.map((r) => r['Token ID'])).toEqual(rows(250).map((r) => r['id']));
  });
});

describe('html renderer', () => {
  it('escapes user input', async () => {
    const { bytes } = await render(
      'html',
      rows(1, () => ({ name: '<script>alert(1)</script>' })),
    );
    const html = bytes.toString('utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('stops at the row cap and says where the rest is', async () => {
    const { result, bytes } = await render('html', rows(30), 25);
    expect(result).toEqual({ rows: 25, truncated: true });
    const html = bytes.toString('utf8');
    expect(html.match(/<tr>/g)).toHaveLength(25 + 1);
    expect(html).toContain('Only the first 25 rows are shown');
    expect(html).toContain('--format csv');
  });

  it('is not truncated when the rows fit the cap exactly', async () => {
    const { result } = await render('html', rows(25), 25);
    expect(result).toEqual({ rows: 25, truncated: false });
  });
});

describe('pdf renderer', () => {
  it('draws the rows as extractable text over several pages', async () => {
    const { result, bytes } = await render('pdf', rows(120));
    expect(result).toEqual({ rows: 120, truncated: false });
    const { pages, text } = await readPdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    for (const id of ['TK-0000', 'TK-0059', 'TK-0119']) expect(text).toContain(id);
  });

  it('stops at the row cap with a note', async () => {
    const { result, bytes } = await render('pdf', rows(40), 10);
    expect(result).toEqual({ rows: 10, truncated: true });
    const { text } = await readPdfText(bytes);
    expect(text).toContain('TK-0009');
    expect(text).not.toContain('TK-0010');
    expect(text).toMatch(/Only the first 10 rows are shown/);
  });
});
