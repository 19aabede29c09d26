/**
 * axe-core on every screen of the console, at 1280×800 and at 390×844: no serious or critical violation anywhere
 * (contrast, names, keyboard reach of scrolling regions, landmarks, …). Each screen is reached the way a user reaches
 * it, by role and label.
 */
import { createClient } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;
let tokenId = '';
let endpointId = '';

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 8 });
  const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
  const token = await admin.tokens.create({
    name: 'Axe token',
    extension: { id: 'EXT-000' },
    permissions: [{ object: { id: 'MD-0003' } }, { object: { id: 'MD-0013' } }],
    expiration_date: new Date(Date.now() + 5 * 86_400_000).toISOString(),
  });
  tokenId = token.id;
  await admin.tokens.permissions.revoke(token.id, 'MD-0003');
  const endpoint = await admin.endpoints.create({ name: 'Axe inbox', authentication: 'token' });
  endpointId = endpoint.id;
});

afterAll(async () => {
  await harness?.close();
});

/** Visits every screen (and the dialogs and disclosures on them), collecting what axe finds. */
async function auditEveryScreen(page: Page): Promise<{ violations: string[]; screens: number }> {
  const violations: string[] = [];
  let screens = 0;
  const check = async (screen: string) => {
    screens += 1;
    violations.push(...(await seriousViolations(page, screen)));
  };

  await page.goto(harness.consoleUrl);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await check('sign-in');
  await signIn(page, harness, harness.platform.bootstrapKey);
  await page.locator('tbody tr').first().waitFor();
  await check('tokens list');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Expires' }).check();
  await check('tokens list with the column chooser open');
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox', { name: 'Select Axe token' }).check();
  await page.getByRole('region', { name: 'Selected tokens' }).waitFor();
  await check('tokens list with a selection');
  await page.getByRole('button', { name: 'Disable selected' }).click();
  await page.getByRole('dialog', { name: 'Disable 1 token?' }).waitFor();
  await check('bulk confirmation');
  await page.keyboard.press('Escape');
  // Scrolled to first: the menu closes when the page scrolls under it.
  const rowMenu = page.getByRole('button', { name: 'Actions for Axe token' });
  await rowMenu.scrollIntoViewIfNeeded();
  await rowMenu.click();
  await page.getByRole('menu').waitFor();
  await check('row menu');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Create token' }).click();
  await page.getByRole('heading', { level: 1, name: 'Create token' }).waitFor();
  await check('wizard: General');
  await page.getByLabel('Name').fill('Axe wizard token');
  for (const step of ['Extension', 'Permissions', 'Access rules', 'Summary']) {
    if (step === 'Access rules') await page.getByRole('checkbox', { name: /^Catalog/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: new RegExp(`: ${step}$`) }).waitFor();
    await check(`wizard: ${step}`);
    if (step === 'Summary') {
      // An empty allow list reads as on the token's Access rules tab.
      await page
        .getByRole('definition')
        .filter({ hasText: /^Any address$/ })
        .waitFor();
    }
  }

  await page.goto(`${harness.consoleUrl}#/tokens/${tokenId}`);
  await page.getByRole('heading', { level: 1, name: /Axe token/ }).waitFor();
  for (const tab of ['General', 'Permissions', 'Access rules', 'Audit trail', 'Statistics']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    if (tab === 'Audit trail') {
      await page.getByRole('cell', { name: /revoked Catalog/ }).waitFor();
      await page.locator('summary', { hasText: 'Details' }).first().click();
    }
    if (tab === 'Statistics') await page.getByText(/Tracking since|not made any request/).waitFor();
    await check(`details: ${tab}`);
  }
  await page.getByRole('button', { name: 'Renew' }).click();
  await page.getByRole('dialog', { name: 'Renew Axe token' }).waitFor();
  await check('renew dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit Axe token' }).waitFor();
  await check('edit');

  await page.getByRole('link', { name: 'Endpoints', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Endpoints' }).waitFor();
  await page.locator('tbody tr').first().waitFor();
  await check('endpoints list');
  await page.getByRole('button', { name: 'Create endpoint' }).click();
  await page.getByRole('heading', { name: 'New endpoint' }).waitFor();
  await check('endpoints list with the create form');
  // One control named "Authentication" (the form's); the list's filter says what it filters.
  await expect(page.getByLabel('Authentication', { exact: true }).count()).resolves.toBe(1);
  await expect(page.getByLabel('Filter by authentication').count()).resolves.toBe(1);
  await page.goto(`${harness.consoleUrl}#/endpoints/${endpointId}`);
  await page.getByRole('heading', { level: 1, name: /Axe inbox/ }).waitFor();
  for (const tab of ['Primary tokens', 'Secondary tokens', 'Data', 'Settings']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
    await check(`endpoint details: ${tab}`);
  }
  await page.getByRole('link', { name: 'Endpoint tokens', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Endpoint tokens' }).waitFor();
  await check('endpoint tokens');
  await page.goto(`${harness.consoleUrl}#/no-such-screen`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await check('not found');
  return { violations, screens };
}

describe('axe-core on every screen', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`finds no serious or critical violation at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await harness.newPage(viewport);
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404 && !response.url().includes('/public/v1/')) missing.push(response.url());
      });
      const { violations, screens } = await auditEveryScreen(page);
      expect(screens).toBeGreaterThanOrEqual(25);
      expect(violations).toEqual([]);
      // No page load asks for a file the server does not have (the favicon included).
      expect(missing).toEqual([]);
      // The check can fail: faint text added to the page is reported.
      await page.evaluate(() => {
        const faint = document.createElement('p');
        faint.textContent = 'Faint text';
        faint.style.cssText = 'color:#c8c8c8;background:#fff';
        document.querySelector('main')?.append(faint);
      });
      expect((await seriousViolations(page, 'faint text')).join('\n')).toMatch(
        /^faint text: color-contrast \(serious/m,
      );
    });
  }
});
