import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDescriptor } from '../src/descriptor/descriptor';
import type { RendererId } from '../src/descriptor/descriptor-types';
import { runReport } from '../src/run-report';
import { NOW, startTestPlatform, type TestPlatform } from './helpers/emulator';
import { iso, statusOf } from './helpers/expected';
import { readCsv, readPdfText, readXlsx } from './helpers/read-output';

const DAY = 86_400_000;
let env: TestPlatform;
let dir: string;

beforeAll(async () => {
  env = await startTestPlatform();
  dir = await mkdtemp(join(tmpdir(), 'reports-'));
});
afterAll(async () => {
  env.close();
  await rm(dir, { recursive: true, force: true });
});

async function csvRows(reportId: string, parameters: Record<string, unknown> = {}) {
  const result = await runReport({
    client: env.client,
    reportId,
    renderer: 'csv',
    parameters,
    output: dir,
    fileName: `${reportId}-${Math.random()}`,
    now: NOW,
  });
  return readCsv(await readFile(result.file!));
}

const tokens = () => env.platform.store.tokens.list();

describe('stale tokens', () => {
  it('lists usable tokens unused for N days, and never-used ones', async () => {
    const rows = await csvRows('stale-tokens', { days: 10 });
    const threshold = NOW.getTime() - 10 * DAY;
    const expected = tokens()
      .filter((t) => ['active', 'expiring'].includes(statusOf(t)))
      .filter((t) => t.last_access === null || Date.parse(t.last_access.at) < threshold);
    expect(rows.map((r) => r['Token ID']).sort()).toEqual(expected.map((t) => t.id).sort());
    expect(expected.some((t) => t.last_access === null)).toBe(true);
    expect(expected.some((t) => t.last_access !== null)).toBe(true);
    for (const row of rows) {
      const token = expected.find((t) => t.id === row['Token ID'])!;
      const days = token.last_access
        ? String(Math.floor((NOW.getTime() - Date.parse(token.last_access.at)) / DAY))
        : '';
      expect(row['Days since access']).toBe(days);
    }
  });

  it('can list only never-used tokens', async () => {
    const rows = await csvRows('stale-tokens', { days: 10, include_never_used: 'only' });
    const expected = tokens().filter((t) => ['active', 'expiring'].includes(statusOf(t)) && t.last_access === null);
    expect(rows.map((r) => r['Token ID']).sort()).toEqual(expected.map((t) => t.id).sort());
  });
});

describe('expiring tokens', () => {
  it('lists tokens expiring within N days, soonest first', async () => {
    const rows = await csvRows('expiring-tokens', { days: 60 });
    const horizon = NOW.getTime() + 60 * DAY;
    const expected = tokens()
      .filter((t) => t.active && t.expiration_date !== null)
      .filter((t) => Date.parse(t.expiration_date!) > NOW.getTime() && Date.parse(t.expiration_date!) <= horizon)
      .sort((a, b) => a.expiration_date!.localeCompare(b.expiration_date!));
    expect(expected.length).toBeGreaterThan(0);
    // Several tokens can share an expiration instant; their relative order is the server's to choose.
    expect(rows.map((r) => r['Token ID']).sort()).toEqual(expected.map((t) => t.id).sort());
    expect(rows.map((r) => r['Expires'])).toEqual(expected.map((t) => iso(t.expiration_date)));
    for (const row of rows) expect(Number(row['Days left'])).toBeGreaterThan(0);
  });

  it('adds already expired tokens when asked', async () => {
    const rows = await csvRows('expiring-tokens', { days: 1, include_expired: 'expired' });
    const expired = tokens().filter((t) => statusOf(t) === 'expired');
    expect(expired.length).toBeGreaterThan(0);
    const ids = rows.map((r) => r['Token ID']);
    for (const token of expired) expect(ids).toContain(token.id);
  });
});

describe('permissions matrix', () => {
  it('marks exactly the modules each token holds', async () => {
    const rows = await csvRows('permissions-matrix');
    const store = new Map(tokens().map((t) => [t.id, t]));
    expect(rows).toHaveLength(store.size);
    const modules = env.platform.store.modules;
    for (const row of rows) {
      const token = store.get(row['Token ID']!)!;
      const held = new Set(token.permissions.map((p) => p.module.id));
      for (const module of modules)
        expect(row[module.name], `${token.id} ${module.id}`).toBe(String(held.has(module.id)));
      expect(row['Modules']).toBe(String(held.size));
    }
  });
});

describe('audit trail', () => {
  it('lists the events of the period, oldest first, with reasons of denials', async () => {
    const rows = await csvRows('audit-trail', { period: 'last_7_days' });
    const events = env.platform.store.audit.all();
    expect(events.length).toBeGreaterThan(0);
    expect(rows.map((r) => r['Event ID'])).toEqual(events.map((e) => e.id));
    const denied = rows.filter((r) => r['Event'] === 'token.access_denied');
    expect(denied.length).toBeGreaterThanOrEqual(2);
    for (const row of denied) expect(row['Reason']).not.toBe('');
  });

  it('filters by event type and token', async () => {
    const narrow = tokens().find((t) => t.name.startsWith('=cmd'))!;
    const rows = await csvRows('audit-trail', {
      period: 'last_7_days',
      event_types: 'token.access_denied',
      token: narrow.id,
    });
    const expected = env.platform.store.audit
      .all()
      .filter((e) => e.type === 'token.access_denied' && e.token?.id === narrow.id);
    expect(rows.map((r) => r['Event ID'])).toEqual(expected.map((e) => e.id));
    expect(rows.length).toBe(2);
  });

  it('finds nothing in a period before the events', async () => {
    expect(await csvRows('audit-trail', { period: '2020-01-01..2020-01-31' })).toEqual([]);
  });
});

describe('access statistics', () => {
  it('sums each token’s requests by status class and code', async () => {
    const rows = await csvRows('access-statistics');
    expect(rows).toHaveLength(tokens().length);
    const reportsTokenId = env.reportsKey.split(' ')[1]!.split(':')[0]!;
    for (const row of rows) {
      // The Reports token's own counters move while the report runs (its requests count): skip it.
      if (row['Token ID'] === reportsTokenId) continue;
      const stats = env.platform.store.statistics.get(row['Token ID']!);
      const statuses = [...(stats?.statuses.entries() ?? [])];
      const total = statuses.reduce((sum, [, c]) => sum + c.total, 0);
      const of = (digit: string) =>
        statuses.filter(([code]) => code.startsWith(digit)).reduce((s, [, c]) => s + c.total, 0);
      expect(Number(row['Requests']), row['Token ID']).toBe(total);
      expect(Number(row['2xx'])).toBe(of('2'));
      expect(Number(row['4xx'])).toBe(of('4'));
    }
    const narrow = rows.find((r) => r['Name']!.startsWith(`'=cmd`))!;
    expect(narrow['By status code']).toContain('403: 2');
    expect(narrow['Denials']).toBe('2');
    expect(narrow['Denials by reason']).toBe('AUTH_005: 2');
  });

  it('leaves out tokens without traffic when asked', async () => {
    const rows = await csvRows('access-statistics', { only_with_traffic: 'with_traffic' });
    for (const row of rows) expect(Number(row['Requests'])).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(tokens().length);
  });
});

/** The column that identifies a row, per report, and how to read it from a JSON row. */
const KEY: Record<string, { title: string; key: string }> = {
  'audit-trail': { title: 'Event ID', key: 'id' },
  // One endpoint in the test account: its rows are told apart by application.
  'endpoint-traffic': { title: 'Application', key: 'application' },
};

describe.each(getDescriptor().reports.map((r) => r.id))('%s in every format', (reportId) => {
  const key = KEY[reportId] ?? { title: 'Token ID', key: 'id' };
  const parameters = reportId === 'audit-trail' ? { period: 'last_7_days' } : {};
  let reference: string[];

  beforeAll(async () => {
    reference = (await csvRows(reportId, parameters)).map((r) => r[key.title]!);
    expect(reference.length).toBeGreaterThan(0);
  });

  it.each(['json', 'xlsx', 'html', 'pdf'] satisfies RendererId[])('%s holds the same rows as csv', async (renderer) => {
    const result = await runReport({
      client: env.client,
      reportId,
      renderer,
      parameters,
      output: dir,
      fileName: `${reportId}-matrix`,
      now: NOW,
      maxRows: 5000,
    });
    const bytes = await readFile(result.file!);
    expect(result.rows).toBe(reference.length);
    if (renderer === 'json') {
      expect((JSON.parse(bytes.toString('utf8')) as Record<string, string>[]).map((r) => r[key.key])).toEqual(
        reference,
      );
    } else if (renderer === 'xlsx') {
      expect((await readXlsx(bytes)).rows.map((r) => r[key.title])).toEqual(reference);
    } else {
      const text = renderer === 'html' ? bytes.toString('utf8') : (await readPdfText(bytes)).text;
      for (const id of reference) expect(text).toContain(id);
    }
  });
});
