/**
 * Expiry and renew tell the truth: Edit moves a token's expiry without a new key (the same key keeps working), and
 * Renew's dialog says what happens to the current key in each case, which is what the API then does.
 */
import { AuthenticationError, createClient, type ConnectClient } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;
let admin: ConnectClient;
let page: Page;

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const keyWorks = (apiKey: string) => createClient({ endpoint: harness.endpoint, apiKey, maxRetries: 0 }).whoami();

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 2 });
  admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
  ({ page } = await harness.newPage());
  await signIn(page, harness, harness.platform.bootstrapKey);
});

afterAll(async () => {
  await harness?.close();
});

async function openDetails(id: string, name: string): Promise<void> {
  await page.goto(`${harness.consoleUrl}#/tokens/${id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('expiry and renew', () => {
  it('changes the expiry in Edit without a new key', async () => {
    const token = await admin.tokens.create({
      name: 'Expiry edit',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
      expiration_date: `${day(30)}T23:59:59.000Z`,
    });
    await page.goto(`${harness.consoleUrl}#/tokens/${token.id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit Expiry edit' }).waitFor();
    await page.getByLabel('Expiry date').fill(day(60));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: /Expiry edit/ }).waitFor();
    const saved = await admin.tokens.get(token.id);
    expect(saved.expiration_date).toBe(`${day(60)}T23:59:59.000Z`);
    expect(saved.token.slice(-4)).toBe(token.token.slice(-4));
    await expect(keyWorks(token.token)).resolves.toMatchObject({});
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await page.getByRole('cell', { name: 'Bootstrap admin changed the expiry date' }).waitFor();
  });

  it('renews a token with an expiry: the dialog says the current key works until then, and it does', async () => {
    const expiry = `${day(20)}T23:59:59.000Z`;
    const token = await admin.tokens.create({
      name: 'Renew with expiry',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
      expiration_date: expiry,
    });
    await openDetails(token.id, 'Renew with expiry');
    await page.getByRole('button', { name: 'Renew' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renew Renew with expiry' });
    await dialog
      .getByText(/The current key keeps working until its current expiry, .+, so clients can switch over\./)
      .waitFor();
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(keyWorks(token.token)).resolves.toMatchObject({});
  });

  it('renews a token without an expiry: the dialog says the current key stops at once, and it does', async () => {
    const token = await admin.tokens.create({
      name: 'Renew without expiry',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
    });
    await openDetails(token.id, 'Renew without expiry');
    await page.getByRole('button', { name: 'Renew' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renew Renew without expiry' });
    await dialog.getByText('This token has no expiry date, so the current key stops working immediately').waitFor();
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(keyWorks(token.token)).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('orders the row menu like the details header: Renew, then Rotate key', async () => {
    await page.getByRole('link', { name: 'API tokens', exact: true }).click();
    await page.getByRole('button', { name: 'Actions for Bootstrap admin' }).click();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items.indexOf('Renew')).toBe(items.indexOf('Rotate key') - 1);
    await page.keyboard.press('Escape');
  });
});
