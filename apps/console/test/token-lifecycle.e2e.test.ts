/**
 * The console's main journey in a real browser against the emulator over HTTP: sign in, create a token through the
 * wizard and use the key it shows with the SDK, look at every tab, edit it, disable it (the key is refused), and
 * delete it. Screenshots of each screen land in test-artifacts/.
 */
import { AuthenticationError, createClient, NotFoundError } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;
let page: Page;
let tokenId = '';
let tokenKey = '';

beforeAll(async () => {
  harness = await startConsoleHarness();
  ({ page } = await harness.newPage());
});

afterAll(async () => {
  await harness?.close();
});

/** The row of the tokens list that shows a token. */
const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

describe('token lifecycle in the console', () => {
  it('refuses a wrong key on the sign-in screen with the API’s message', async () => {
    await page.goto(harness.consoleUrl);
    await expect(page.getByLabel('API endpoint').inputValue()).resolves.toBe(harness.endpoint);
    // A malformed key is refused by the SDK before any request.
    await page.getByLabel('API key').fill('not a key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Malformed API key' }).waitFor();
    await page.getByLabel('API key').fill('ApiKey SU-000-000-000:0000000000000000000000000000000000000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/401 AUTH_001/);
    expect(await alert.textContent()).not.toContain('sign out');
    await harness.screenshot(page, '01-sign-in-error');
  });

  it('signs in, keeps the key out of the URL and in sessionStorage only, and lists the seeded tokens', async () => {
    await signIn(page, harness, harness.platform.bootstrapKey);
    expect(page.url()).not.toContain(harness.platform.bootstrapKey.split(':')[1]);
    const stored = await page.evaluate(() => ({
      session: JSON.stringify(sessionStorage),
      local: JSON.stringify(localStorage),
    }));
    expect(stored.session).toContain(harness.platform.bootstrapKey.split(':')[1]);
    expect(stored.local).not.toContain(harness.platform.bootstrapKey.split(':')[1]);
    await page.locator('tbody tr').first().waitFor();
    // 12 seeded tokens + the bootstrap token, one page of 25.
    await expect(page.locator('tbody tr').count()).resolves.toBe(13);
    await expect(page.getByText(/1–13 of 13/).count()).resolves.toBe(1);
    await harness.screenshot(page, '02-tokens-list');
  });

  it('filters the list by status and search, and hides a column', async () => {
    await page.getByLabel('Status').selectOption('inactive');
    await page.waitForURL(/status=inactive/);
    // The filtered page replaces the full one: wait until every row shown is inactive (and there is one).
    await page.waitForFunction(() => {
      const cells = Array.from(document.querySelectorAll('tbody td[data-label="Status"]'));
      return cells.length > 0 && cells.every((cell) => cell.textContent === 'Inactive');
    });
    const statuses = await page.locator('tbody td[data-label="Status"]').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Inactive']));
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Created by' }).uncheck();
    await expect(page.getByRole('columnheader', { name: 'Created by' }).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: 'Created by' }).check();
    await page.keyboard.press('Escape');
    await page.getByLabel('Search').fill('SU-000-000-000');
    await page.waitForURL(/q=SU-000-000-000/);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await page.getByLabel('Search').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
  });

  it('creates a token through the wizard and shows its key once; the key works with the SDK', async () => {
    await page.getByRole('link', { name: 'Create token' }).click();
    await page.getByRole('heading', { name: /Step 1 of 5: General/ }).waitFor();
    // Next without a name: the error is shown and the name field is focused.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Enter a name').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await page.getByLabel('Name').fill('Console e2e token');
    await page.getByLabel('External id').fill('crm-42');
    await page.getByLabel('Description').fill('Created by the console browser test');
    await page.getByLabel('Logo').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      // A 1×1 PNG.
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await page.getByRole('img', { name: 'Logo preview' }).waitFor();
    await harness.screenshot(page, '03-wizard-general');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: /Step 2 of 5: Extension/ }).waitFor();
    for (const name of ['Custom', 'Zapier', 'Reports', 'Flowgear']) {
      await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) }).count()).resolves.toBe(1);
    }
    await page.getByRole('radio', { name: /^Zapier/ }).check();
    await harness.screenshot(page, '04-wizard-extension');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: /Step 3 of 5: Permissions/ }).waitFor();
    await page.getByRole('checkbox', { name: /All modules/ }).check();
    await expect(page.getByRole('checkbox', { name: /^Catalog/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /All modules/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Catalog/ }).check();
    await page.getByRole('checkbox', { name: /^Integrations/ }).check();
    await expect(
      page.getByRole('checkbox', { name: /All modules/ }).evaluate((box) => (box as HTMLInputElement).indeterminate),
    ).resolves.toBe(true);
    await harness.screenshot(page, '05-wizard-permissions');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: /Step 4 of 5: Access rules/ }).waitFor();
    await page.getByLabel('Blocked IP ranges').fill('not-an-ip');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/"not-an-ip" is not a CIDR range/).waitFor();
    await page.getByLabel('Blocked IP ranges').fill('198.51.100.0/24');
    // The message was about the old value: it goes as soon as the field is edited.
    await page.getByText(/"not-an-ip" is not a CIDR range/).waitFor({ state: 'detached' });
    expect(await page.getByLabel('Blocked IP ranges').getAttribute('aria-invalid')).not.toBe('true');
    await page.getByLabel('Blocked APIs').fill('DELETE /auth/tokens/*');
    await page.getByLabel('Requests').fill('600');
    await page.getByLabel('Period').selectOption('60');
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
    await page.getByLabel('Expiry date').fill(nextYear);
    await harness.screenshot(page, '06-wizard-access-rules');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: /Step 5 of 5: Summary/ }).waitFor();
    const summary = await page.locator('.details').textContent();
    expect(summary).toContain('Console e2e token');
    expect(summary).toContain('Zapier');
    expect(summary).toContain('198.51.100.0/24');
    expect(summary).toContain('600 requests per 60 s');
    await harness.screenshot(page, '07-wizard-summary');
    await page.getByRole('button', { name: 'Create token' }).click();

    await page.getByRole('heading', { level: 1, name: 'Token created' }).waitFor();
    await page.getByText('It will not be shown again').waitFor();
    // Masked by default; copying works without revealing it.
    const hidden = await page.getByTestId('new-api-key').textContent();
    expect(hidden).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:•{40}$/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.getByTestId('new-api-key').textContent()).toBe(hidden);
    // Shown on demand: the same key as the copy.
    await page.getByRole('button', { name: 'Show key' }).click();
    tokenKey = (await page.getByTestId('new-api-key').textContent()) ?? '';
    expect(tokenKey).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    expect(copied).toBe(tokenKey);
    // The screenshot is taken with the key hidden again (secrets never go into artifacts); the harness refuses otherwise.
    await expect(harness.screenshot(page, '08-token-created')).rejects.toThrow(
      /refused: the page shows an API key in clear/,
    );
    await page.getByRole('button', { name: 'Hide key' }).click();
    expect(await page.getByTestId('new-api-key').textContent()).toBe(hidden);
    await harness.screenshot(page, '08-token-created');
    tokenId = /SU-\d{3}-\d{3}-\d{3}/.exec(tokenKey)?.[0] ?? '';

    const client = createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 });
    const me = await client.whoami();
    expect(me.token?.id).toBe(tokenId);
    expect(me.token?.extension.name).toBe('Zapier');
    expect([...(me.permissions ?? [])].sort()).toEqual(['MD-0003', 'MD-0007']);
    // The access rules the wizard set are in force.
    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    const stored = await admin.tokens.get(tokenId);
    expect(stored.access_rules?.blocked_apis).toEqual([{ method: 'DELETE', path: '/auth/tokens/*' }]);
    expect(stored.rate_limit).toEqual({ requests: 600, period_seconds: 60 });
    expect(stored.external_id).toBe('crm-42');
    expect(stored.logo).toMatch(/^data:image\/png;base64,/);
  });

  it('shows the details in tabs with a masked key, the audit trail and the statistics', async () => {
    await page.getByRole('link', { name: 'Open token details' }).click();
    await page.getByRole('heading', { level: 1, name: /Console e2e token/ }).waitFor();
    const masked = await page.getByTestId('masked-key').textContent();
    expect(masked).toMatch(new RegExp(`^ApiKey ${tokenId}:\\*{4}${tokenKey.slice(-4)}$`));
    expect(await page.content()).not.toContain(tokenKey.split(':')[1]);
    await harness.screenshot(page, '09-details-general');

    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByRole('cell', { name: /Catalog/ }).waitFor();
    await harness.screenshot(page, '10-details-permissions');
    await page.getByRole('tab', { name: 'Access rules' }).click();
    await page.getByText('DELETE /auth/tokens/*').waitFor();
    await harness.screenshot(page, '11-details-access-rules');

    await page.getByRole('tab', { name: 'Audit trail' }).click();
    // Sentences with the actor as the platform names it; the raw event one click away.
    await page.getByRole('cell', { name: 'Bootstrap admin created the token' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'created the token' })
      .locator('summary', { hasText: 'Details' })
      .click();
    await page
      .getByRole('definition')
      .filter({ hasText: /^token\.created$/ })
      .waitFor();
    await page.getByLabel('Event type').selectOption({ label: 'Request refused' });
    await page.getByText('No events of this type.').waitFor();
    await page.getByLabel('Event type').selectOption('');
    await harness.screenshot(page, '12-details-audit');

    // One request refused by the token's API block list, to see it in the statistics.
    const client = createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 });
    await expect(client.tokens.delete('SU-000-000-000')).rejects.toMatchObject({ errorCode: 'AUTH_007' });
    await page.getByRole('tab', { name: 'Statistics' }).click();
    await page.getByRole('table', { name: 'Requests by status code' }).waitFor();
    // The denial code in words, and the calls of the day in the chart (its name is the text alternative).
    await page
      .getByRole('table', { name: 'Denials by reason' })
      .getByText('API blocked for this token (AUTH_007)')
      .waitFor();
    const chart = page.getByRole('img', { name: /^Calls per day from / });
    expect(await chart.getAttribute('aria-label')).toMatch(/[1-9]\d* refused or invalid \(4xx\)/);
    await page.getByText('Calls per day as a table').click();
    await page.getByRole('table', { name: 'Calls per day by status class' }).getByRole('row').nth(1).waitFor();
    await harness.screenshot(page, '13-details-statistics');
  });

  it('edits the token: fields, modules and rules are saved', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Edit Console e2e token/ }).waitFor();
    await page.getByLabel('Name').fill('Console e2e token (edited)');
    await page.getByLabel('Description').fill('Edited in the browser');
    await page.getByRole('checkbox', { name: /^Catalog/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Reports/ }).check();
    await page.getByLabel('Blocked APIs').fill('');
    await harness.screenshot(page, '14-edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: /Console e2e token \(edited\)/ }).waitFor();
    await page.getByTestId('toast-success').filter({ hasText: 'saved' }).waitFor();

    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    const token = await admin.tokens.get(tokenId);
    expect(token.name).toBe('Console e2e token (edited)');
    expect(token.description).toBe('Edited in the browser');
    expect(token.permissions.map((permission) => permission.object.id).sort()).toEqual(['MD-0007', 'MD-0012']);
    expect(token.access_rules?.blocked_apis).toEqual([]);
  });

  it('disables the token from the list after confirmation; the SDK then gets the key refused', async () => {
    await page.getByRole('link', { name: 'Tokens', exact: true }).click();
    await rowOf('Console e2e token (edited)').waitFor();
    await rowOf('Console e2e token (edited)')
      .getByRole('button', { name: /Actions for/ })
      .click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const dialog = page.getByRole('dialog', { name: /Disable Console e2e token/ });
    await dialog.waitFor();
    await harness.screenshot(page, '15-confirm-disable');
    await dialog.getByRole('button', { name: 'Disable token' }).click();
    await page.getByTestId('toast-success').filter({ hasText: 'disabled' }).waitFor();
    await rowOf('Console e2e token (edited)').getByText('Inactive').waitFor();

    const client = createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 });
    const refused = await client.whoami().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ status: 401, errorCode: 'AUTH_003' });
  });

  it('shows the API’s message when an action fails', async () => {
    // Delete the token behind the console's back, then try to enable it from the (stale) list.
    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    const other = await admin.tokens.create({ name: 'Deleted elsewhere', extension: { id: 'EXT-000' } });
    await admin.tokens.deactivate(other.id);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await rowOf('Deleted elsewhere').waitFor();
    await admin.tokens.delete(other.id);
    await rowOf('Deleted elsewhere')
      .getByRole('button', { name: /Actions for/ })
      .click();
    await page.getByRole('menuitem', { name: 'Enable' }).click();
    const toast = page.getByTestId('toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(new RegExp(`404 GEN_404: .*${other.id}`));
    await harness.screenshot(page, '16-action-error');
    await toast.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it('renews from the details page: a new key, and the previous one keeps working until its expiry', async () => {
    await rowOf('Console e2e token (edited)').getByRole('link').click();
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByTestId('toast-success').filter({ hasText: 'enabled' }).waitFor();
    await page.getByRole('button', { name: 'Renew' }).click();
    const dialog = page.getByRole('dialog', { name: /Renew/ });
    // The token's future expiry is kept as the default.
    await expect(dialog.getByLabel('New expiry date').inputValue()).resolves.toBe(
      `${new Date().getUTCFullYear() + 1}-06-30`,
    );
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await dialog.getByText('It will not be shown again').waitFor();
    await dialog.getByRole('button', { name: 'Show key' }).click();
    const renewed = (await dialog.getByTestId('new-api-key').textContent()) ?? '';
    expect(renewed).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    expect(renewed).not.toBe(tokenKey);
    await dialog.getByRole('button', { name: 'Hide key' }).click();
    expect(await dialog.getByTestId('new-api-key').textContent()).toMatch(/:•{40}$/);
    await harness.screenshot(page, '17-renewed-key');
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The details behind the dialog show the new key masked, as the API does, never in clear.
    expect(await page.getByTestId('masked-key').textContent()).toBe(
      `${renewed.slice(0, renewed.indexOf(':'))}:****${renewed.slice(-4)}`,
    );

    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: renewed, maxRetries: 0 }).whoami(),
    ).resolves.toMatchObject({ token: { id: tokenId } });
    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 }).whoami(),
    ).resolves.toMatchObject({ token: { id: tokenId } });
    await page.getByText(/Previous key/).waitFor();
    tokenKey = renewed;
  });

  it('rotates the key from the details page: the new key is shown once and the old one is refused', async () => {
    await page.getByRole('button', { name: 'Rotate key' }).click();
    const dialog = page.getByRole('dialog', { name: /Rotate/ });
    await dialog.getByRole('button', { name: 'Rotate key' }).click();
    await dialog.getByText('It will not be shown again').waitFor();
    await dialog.getByRole('button', { name: 'Show key' }).click();
    const rotated = (await dialog.getByTestId('new-api-key').textContent()) ?? '';
    expect(rotated).toMatch(/^ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}$/);
    expect(rotated).not.toBe(tokenKey);
    await dialog.getByRole('button', { name: 'Hide key' }).click();
    expect(await dialog.getByTestId('new-api-key').textContent()).toMatch(/:•{40}$/);
    await harness.screenshot(page, '18-rotated-key');
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    expect(await page.getByTestId('masked-key').textContent()).toBe(
      `${rotated.slice(0, rotated.indexOf(':'))}:****${rotated.slice(-4)}`,
    );

    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 }).whoami(),
    ).rejects.toBeInstanceOf(AuthenticationError);
    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: rotated, maxRetries: 0 }).whoami(),
    ).resolves.toMatchObject({ token: { id: tokenId } });
    tokenKey = rotated;
  });

  it('deletes the token after confirmation; it disappears from the list and its key stops working', async () => {
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete Console e2e token/ });
    await dialog.getByRole('button', { name: 'Delete token' }).click();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByTestId('toast-success').filter({ hasText: 'deleted' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await expect(rowOf('Console e2e token (edited)').count()).resolves.toBe(0);
    await harness.screenshot(page, '19-after-delete');

    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    await expect(admin.tokens.get(tokenId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: tokenKey, maxRetries: 0 }).whoami(),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });
});
