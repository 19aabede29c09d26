#!/usr/bin/env node
// Takes the README's screenshots (docs/*.png) with Debian's Chromium against the emulator with demo tokens: the
// tokens list (Expires column, a selection, sorted by expiry) and a token's audit trail. Needs the console, the SDK
// and the emulator built. Keys never show: the screens used display none.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';
import { createClient } from '@connect-tokens/sdk';
import { chromium } from 'playwright-core';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
mkdirSync(docs, { recursive: true });
const site = mkdtempSync(join(tmpdir(), 'console-shots-'));
cpSync(dist, site, { recursive: true });

const platform = createMockPlatform({ seed: 7, seedTokens: 230 });
await platform.ready;
const server = await startMockServer({
  handlers: platform.handlers,
  port: 0,
  origin: new URL(platform.baseUrl).origin,
  consoleDir: site,
});
const endpoint = `${server.url}/public/v1`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  // A token with a history worth reading.
  const admin = createClient({ endpoint, apiKey: platform.bootstrapKey });
  const token = await admin.tokens.create({
    name: 'Subscriptions sync (production)',
    extension: { id: 'EXT-000' },
    permissions: [{ object: { id: 'MD-0013' } }, { object: { id: 'MD-0003' } }],
    expiration_date: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    access_rules: { blocked_apis: [{ method: 'DELETE', path: '/subscriptions/*' }] },
  });
  await admin.tokens.update(token.id, {
    name: 'Subscriptions sync (prod)',
    rate_limit: { requests: 100, period_seconds: 60 },
  });
  await admin.tokens.permissions.revoke(token.id, 'MD-0003');
  await admin.tokens.deactivate(token.id);
  await admin.tokens.activate(token.id);
  // Some traffic for the statistics: allowed reads, and reads of a module it lacks.
  const call = (method, path) => fetch(`${endpoint}${path}`, { method, headers: { Authorization: token.token } });
  for (let i = 0; i < 12; i++) await call('GET', '/subscriptions/assets');
  for (let i = 0; i < 2; i++) await call('GET', '/products');

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/console/`);
  await page.getByLabel('API key').fill(platform.bootstrapKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('tbody tr').first().waitFor();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Expires' }).check();
  await page.getByRole('checkbox', { name: 'Created by' }).uncheck();
  await page.keyboard.press('Escape');
  await page.getByRole('columnheader', { name: 'Expires', exact: true }).getByRole('button').click();
  await page.waitForURL(/ordering=expiration_date/);
  await page.getByLabel('Status').selectOption('expiring');
  await page.waitForURL(/status=expiring/);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('td[data-label="Status"]')].every((cell) => cell.textContent === 'Expiring'),
  );
  for (const box of (await page.getByRole('checkbox', { name: /^Select (?!all)/ }).all()).slice(0, 2))
    await box.check();
  await page.locator('details.modules-cell').first().locator('summary').click();
  await page.screenshot({ path: `${docs}tokens-list.png`, fullPage: false });

  await page.goto(`${server.url}/console/#/tokens/${token.id}?tab=audit`);
  await page.getByRole('cell', { name: /revoked Catalog/ }).waitFor();
  await page.getByRole('row').filter({ hasText: 'revoked Catalog' }).locator('summary').click();
  await page.screenshot({ path: `${docs}audit-trail.png`, fullPage: false });

  await page.goto(`${server.url}/console/#/tokens/${token.id}?tab=statistics`);
  await page.getByRole('img', { name: /^Calls per day/ }).waitFor();
  await page.getByRole('tabpanel').screenshot({ path: `${docs}statistics.png` });
  console.log(`wrote tokens-list.png, audit-trail.png and statistics.png in ${docs}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
