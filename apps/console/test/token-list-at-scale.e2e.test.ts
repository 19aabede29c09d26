/**
 * The tokens list with 230 seeded tokens, in a real browser against the emulator: every sortable column sorts as the
 * API does, the Expires column says how far away an expiry is, module names are one click away, bulk actions change
 * the selected tokens after one confirmation, and the CSV export holds exactly the filtered list, safe to open in a
 * spreadsheet.
 */
import { readFileSync } from 'node:fs';
import { createClient, NotFoundError, rql, type ConnectClient, type Token } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;
let admin: ConnectClient;
let page: Page;

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 230 });
  admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
  ({ page } = await harness.newPage({ width: 1280, height: 800 }));
  await signIn(page, harness, harness.platform.bootstrapKey);
  await page.locator('tbody tr').first().waitFor();
});

afterAll(async () => {
  await harness?.close();
});

/** The ids of the rows shown, in order (from the name links). */
function shownIds(): Promise<string[]> {
  return page
    .locator('tbody')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('#/tokens/', '')));
}

/** The first page of 25 as the API orders it (with the list's own filter: no deleted tokens). */
async function apiFirstPage(ordering: string): Promise<string[]> {
  const query = admin.tokens
    .query()
    .filter(rql.ne('status', 'deleted'))
    .ordering(ordering as never);
  return (await admin.tokens.list(query).toArray({ max: 25 })).map((token) => token.id);
}

/** Waits until the rows shown are `ids`. */
async function waitForRows(ids: string[]): Promise<void> {
  await page.waitForFunction((expected) => {
    const shown = [...document.querySelectorAll('tbody a')].map((link) =>
      (link.getAttribute('href') ?? '').replace('#/tokens/', ''),
    );
    return shown.join() === expected.join();
  }, ids);
}

describe('the tokens list at scale', () => {
  it('shows 231 tokens a page at a time', async () => {
    await page.getByText('1–25 of 231').waitFor();
  });

  it('sorts by name, status, date created, expiry and extension, both ways, as the API orders them', async () => {
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Expires' }).check();
    await page.keyboard.press('Escape');
    for (const [label, field] of [
      ['Name', 'name'],
      ['Status', 'status'],
      ['Date created', 'events.created.at'],
      ['Expires', 'expiration_date'],
      ['Extension', 'extension.id'],
    ] as const) {
      const header = page.getByRole('columnheader', { name: label, exact: true });
      await header.getByRole('button').click();
      await page.waitForURL(new RegExp(`ordering=${field.replaceAll('.', '\\.')}(&|$)`));
      await waitForRows(await apiFirstPage(field));
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      await header.getByRole('button').click();
      // Newest first is the default order, which the URL leaves out.
      if (field === 'events.created.at') await page.waitForFunction(() => !location.hash.includes('ordering='));
      else await page.waitForURL(new RegExp(`ordering=-${field.replaceAll('.', '\\.')}(&|$)`));
      await waitForRows(await apiFirstPage(`-${field}`));
      expect(await header.getAttribute('aria-sort')).toBe('descending');
    }
    // Last access cannot be sorted: Connect's API has no ordering by it.
    await expect(page.getByRole('columnheader', { name: 'Last access' }).getByRole('button').count()).resolves.toBe(0);
    expect(await shownIds()).toHaveLength(25);
  });

  it('says how far away an expiry is beside its date', async () => {
    await page.getByRole('columnheader', { name: 'Expires', exact: true }).getByRole('button').click();
    await page.waitForURL(/ordering=expiration_date(&|$)/);
    // Soonest first: the first rows with a date in the future say "in N days" (or "tomorrow").
    const soonest = (
      await admin.tokens
        .list({ filter: rql.gt('expiration_date', new Date().toISOString()), ordering: ['expiration_date'] })
        .toArray({ max: 1 })
    )[0]!;
    const days = Math.trunc((Date.parse(soonest.expiration_date!) - Date.now()) / 86_400_000);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: soonest.name, exact: true }) })
      .filter({ hasText: soonest.id });
    const expected = days === 0 ? /in \d+ hours?/ : days === 1 ? /tomorrow/ : new RegExp(`in ${days} days`);
    expect(await row.locator('td[data-label="Expires"]').textContent()).toMatch(expected);
    await expect(page.locator('td[data-label="Expires"]').filter({ hasText: /ago$/ }).count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('lists the names of a token’s modules one click away', async () => {
    const several = (await admin.tokens.list({ limit: 25 }).toArray({ max: 231 })).find(
      (token) => token.permissions.length >= 3,
    )!;
    await page.getByLabel('Search name or id').fill(several.id);
    await page.waitForURL(new RegExp(`q=${several.id}`));
    await waitForRows([several.id]);
    const cell = page.locator('td[data-label="Modules"]');
    await cell.getByText(`${several.permissions.length} modules`).click();
    for (const permission of several.permissions)
      await cell.getByRole('listitem').filter({ hasText: permission.object.name! }).waitFor();
    expect(await cell.locator('details').getAttribute('title')).toBe(
      several.permissions.map((p) => p.object.name).join(', '),
    );
    await page.getByLabel('Search name or id').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
  });

  it('disables, enables and deletes the selected tokens after one confirmation each', async () => {
    const made: Token[] = [];
    for (const name of ['Bulk one', 'Bulk two', 'Bulk three'])
      made.push(await admin.tokens.create({ name, extension: { id: 'EXT-000' } }));
    await page.getByLabel('Search name or id').fill('Bulk');
    await waitForRows(made.map((token) => token.id).reverse());
    await page.getByRole('checkbox', { name: 'Select all tokens on this page' }).check();
    await page.getByRole('region', { name: 'Selected tokens' }).getByText('3 tokens selected').waitFor();

    await page.getByRole('button', { name: 'Disable selected' }).click();
    let dialog = page.getByRole('dialog', { name: 'Disable 3 tokens?' });
    await dialog.getByText('Disable Bulk three, Bulk two, Bulk one.').waitFor();
    await dialog.getByRole('button', { name: 'Disable 3 tokens' }).click();
    await page.getByTestId('toast-success').filter({ hasText: '3 tokens disabled' }).waitFor();
    for (const token of made) expect((await admin.tokens.get(token.id)).status).toBe('inactive');

    await page.getByRole('checkbox', { name: 'Select Bulk one' }).check();
    await page.getByRole('checkbox', { name: 'Select Bulk two' }).check();
    await page.getByRole('button', { name: 'Enable selected' }).click();
    dialog = page.getByRole('dialog', { name: 'Enable 2 tokens?' });
    await dialog.getByRole('button', { name: 'Enable 2 tokens' }).click();
    await page.getByTestId('toast-success').filter({ hasText: '2 tokens enabled' }).waitFor();
    expect((await Promise.all(made.map((token) => admin.tokens.get(token.id)))).map((token) => token.status)).toEqual([
      'active',
      'active',
      'inactive',
    ]);

    await page.getByRole('checkbox', { name: 'Select all tokens on this page' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    dialog = page.getByRole('dialog', { name: 'Delete 3 tokens?' });
    await dialog.getByText('This cannot be undone').waitFor();
    await dialog.getByRole('button', { name: 'Delete 3 tokens' }).click();
    await page.getByTestId('toast-success').filter({ hasText: '3 tokens deleted' }).waitFor();
    for (const token of made) await expect(admin.tokens.get(token.id)).rejects.toBeInstanceOf(NotFoundError);
    await page.getByText('No tokens match these filters.').waitFor();
    await page.getByLabel('Search name or id').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
  });

  it('exports the filtered list to CSV, every page of it, with formulas kept as text', async () => {
    await admin.tokens.create({ name: '=HYPERLINK("http://evil.example","CSV click")', extension: { id: 'EXT-000' } });
    await admin.tokens.create({ name: 'CSV, with a comma', extension: { id: 'EXT-000' } });
    await page.getByLabel('Status').selectOption('active');
    await page.getByLabel('Search name or id').fill('CSV');
    await page.waitForURL(/q=CSV/);
    await page.locator('tbody tr').nth(1).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('api-tokens.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('ID,Name,Status,Extension,Modules,Created by,Created,Last access,Expires');
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""CSV click"")"`);
    expect(csv).toContain('"CSV, with a comma"');
    // The whole filtered list, not only the page: with the status filter alone it spans pages.
    await page.getByLabel('Search name or id').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
    const active = await admin.tokens.list({ filter: rql.eq('status', 'active') }).toArray();
    expect(active.length).toBeGreaterThan(25);
    const all = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const rows = readFileSync((await (await all).path())!, 'utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(active.map((token) => token.id).sort());
    await page
      .getByTestId('toast-success')
      .filter({ hasText: `Exported ${active.length} tokens` })
      .waitFor();
  });
});
