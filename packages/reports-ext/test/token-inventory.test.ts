import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../src/run-report';
import { NOW, startTestPlatform, type TestPlatform } from './helpers/emulator';
import { iso, statusOf } from './helpers/expected';
import { readCsv, readPdfText, readXlsx, readZip } from './helpers/read-output';

let env: TestPlatform;
let dir: string;

beforeAll(async () => {
  env = await startTestPlatform();
  dir = await mkdtemp(join(tmpdir(), 'reports-inventory-'));
});
afterAll(async () => {
  env.close();
  await rm(dir, { recursive: true, force: true });
});

function storeTokens() {
  return env.platform.store.tokens.list();
}

describe('token inventory', () => {
  it('lists every token of the store in CSV, with status, extension, modules and dates', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'csv',
      output: dir,
      fileName: 'inv',
      now: NOW,
    });
    const rows = readCsv(await readFile(result.file!));
    const tokens = storeTokens();
    expect(rows).toHaveLength(tokens.length);
    expect(result.rows).toBe(tokens.length);
    const byId = new Map(rows.map((r) => [r['Token ID'], r]));
    for (const token of tokens) {
      const row = byId.get(token.id);
      expect(row, token.id).toBeDefined();
      expect(row!['Status']).toBe(statusOf(token));
      expect(row!['Extension']).toBe(token.extension.name);
      expect(row!['Modules']).toBe(token.permissions.map((p) => p.module.name).join(', '));
      expect(row!['Created at']).toBe(iso(token.created.at));
      expect(row!['Last access']).toBe(iso(token.last_access?.at ?? null));
      expect(row!['Expires']).toBe(iso(token.expiration_date));
    }
  });

  it('neutralises a token name that is a spreadsheet formula', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'csv',
      output: dir,
      fileName: 'inv-formula',
      now: NOW,
    });
    const names = readCsv(await readFile(result.file!)).map((r) => r['Name']);
    expect(names).toContain(`'=cmd|" /C calc"!A0`);
  });

  it('filters by status on the server and in the rows', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'json',
      parameters: { status: 'inactive,expired' },
      output: dir,
      fileName: 'inv-status',
      now: NOW,
    });
    const rows = JSON.parse(await readFile(result.file!, 'utf8')) as { id: string; status: string }[];
    const expected = storeTokens()
      .filter((t) => ['inactive', 'expired'].includes(statusOf(t)))
      .map((t) => t.id)
      .sort();
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('writes an xlsx whose rows read back with real dates', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'xlsx',
      output: dir,
      fileName: 'inv',
      now: NOW,
    });
    const { rows } = await readXlsx(await readFile(result.file!));
    const tokens = new Map(storeTokens().map((t) => [t.id, t]));
    expect(rows).toHaveLength(tokens.size);
    for (const row of rows) {
      const token = tokens.get(String(row['Token ID']))!;
      expect(row['Name']).toBe(token.name);
      expect(row['Created at']).toEqual(new Date(token.created.at));
    }
  });

  it('writes an HTML table with every token, names escaped', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'html',
      output: dir,
      fileName: 'inv',
      now: NOW,
    });
    const html = await readFile(result.file!, 'utf8');
    for (const token of storeTokens()) expect(html).toContain(token.id);
    expect(html).toContain('Temporary &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<b>bold</b>');
  });

  it('writes a PDF capped at max rows with a note saying where the rest is', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'pdf',
      output: dir,
      fileName: 'inv',
      maxRows: 20,
      now: NOW,
    });
    expect(result).toMatchObject({ rows: 20, truncated: true });
    const { text } = await readPdfText(await readFile(result.file!));
    expect(text).toContain('Token inventory');
    expect(text).toContain('Only the first 20 rows are shown');
    // Default order is by creation: the 20 oldest tokens are the ones shown.
    const oldest = [...storeTokens()].sort((a, b) => a.created.at.localeCompare(b.created.at)).slice(0, 20);
    for (const token of oldest) expect(text).toContain(token.id);
  });

  it('zips the report with a summary.json of what ran', async () => {
    const result = await runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'csv',
      parameters: { status: 'active' },
      zip: true,
      output: dir,
      fileName: 'inv-zip',
      now: NOW,
    });
    expect(result.fileName).toBe('inv-zip.zip');
    const entries = await readZip(await readFile(result.file!));
    expect([...entries.keys()].sort()).toEqual(['inv-zip.csv', 'summary.json']);
    const summary = JSON.parse(entries.get('summary.json')!.toString('utf8'));
    expect(summary).toMatchObject({
      report: { id: 'token-inventory', name: 'Token inventory' },
      renderer: 'csv',
      file: 'inv-zip.csv',
      parameters: { status: { all: false, choices: ['active'] } },
      account: { id: 'PA-000-000' },
      rows: readCsv(entries.get('inv-zip.csv')!).length,
      truncated: false,
    });
    expect(Date.parse(summary.finished_at)).toBeGreaterThanOrEqual(Date.parse(summary.started_at));
  });

  it('never writes a secret into any output', async () => {
    for (const renderer of ['csv', 'json', 'html', 'xlsx', 'pdf'] as const) {
      const result = await runReport({
        client: env.client,
        reportId: 'token-inventory',
        renderer,
        output: dir,
        fileName: `secret-${renderer}`,
        now: NOW,
      });
      const bytes = await readFile(result.file!);
      // xlsx is a zip of XML parts and pdf streams are compressed: read them as their text.
      const text =
        renderer === 'xlsx'
          ? [...(await readZip(bytes)).values()].map((b) => b.toString('utf8')).join('\n')
          : renderer === 'pdf'
            ? (await readPdfText(bytes)).text
            : bytes.toString('utf8');
      expect(text).toContain(env.platform.store.tokens.list()[0]!.id);
      const secret = env.reportsKey.split(':')[1]!;
      expect(text).not.toContain(secret);
      expect(text).not.toContain(env.platform.bootstrapKey.split(':')[1]!);
      expect(text).not.toMatch(/ApiKey /);
    }
  });

  it('stops when aborted and removes the partial file', async () => {
    const controller = new AbortController();
    const run = runReport({
      client: env.client,
      reportId: 'token-inventory',
      renderer: 'xlsx',
      output: dir,
      fileName: 'aborted',
      now: NOW,
      signal: controller.signal,
      // Progress comes a page at a time: abort after the first rows, with more pages still to come.
      onProgress: (done) => {
        if (done > 0) controller.abort(new Error('stop here'));
      },
    });
    await expect(run).rejects.toThrow('stop here');
    expect((await readdir(dir)).filter((f) => f.startsWith('aborted'))).toEqual([]);
  });

  it('leaves no partial files behind', async () => {
    expect((await readdir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
