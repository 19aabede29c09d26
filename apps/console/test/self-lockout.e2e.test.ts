/**
 * The token the console is signed in with cannot be cut off by accident: disabling or deleting it (alone or among
 * selected rows) and removing its Integrations module name the consequence, ask for its name, and sign out cleanly;
 * rotating or renewing it keeps the console working on the new key.
 */
import { AuthenticationError, createClient, NotFoundError, type ConnectClient } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;
let admin: ConnectClient;

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 4 });
  admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
});

afterAll(async () => {
  await harness?.close();
});

/** A token with the Integrations module (and `extra` modules), and a page signed in with its key. */
async function signedInAs(name: string, extra: string[] = []): Promise<{ page: Page; id: string; key: string }> {
  const token = await admin.tokens.create({
    name,
    extension: { id: 'EXT-000' },
    permissions: ['MD-0007', ...extra].map((id) => ({ object: { id } })),
  });
  const { page } = await harness.newPage();
  await signIn(page, harness, token.token);
  await page.locator('tbody tr').first().waitFor();
  return { page, id: token.id, key: token.token };
}

/** The key this tab keeps, or `undefined` once signed out. */
function storedKey(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const raw = sessionStorage.getItem('connect-tokens-console:credentials');
    return raw ? (JSON.parse(raw) as { apiKey: string }).apiKey : undefined;
  });
}

async function expectSignedOut(page: Page, because: RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByRole('status').filter({ hasText: because }).waitFor();
  expect(await storedKey(page)).toBeUndefined();
}

describe('the signed-in token', () => {
  it('is disabled only after its name is typed, with the consequence named, and then the console signs out', async () => {
    const { page, id } = await signedInAs('Operator one');
    await page.getByRole('button', { name: 'Actions for Operator one' }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disable Operator one?' });
    await dialog
      .getByText('You are signed in with Operator one: you will be signed out and its key will stop working')
      .waitFor();
    const confirm = dialog.getByRole('button', { name: 'Disable token' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type Operator one to confirm').fill('Operator');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type Operator one to confirm').fill('Operator one');
    await confirm.click();
    await expectSignedOut(page, /signed out: Operator one, the token this console was signed in with, is disabled/);
    expect((await admin.tokens.get(id)).status).toBe('inactive');
  });

  it('is deleted among selected rows last, after the others, and the console signs out', async () => {
    const other = await admin.tokens.create({ name: 'Operator helper', extension: { id: 'EXT-000' } });
    const { page, id } = await signedInAs('Operator two');
    await page.getByRole('checkbox', { name: 'Select Operator two' }).check();
    await page.getByRole('checkbox', { name: 'Select Operator helper' }).check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 2 tokens?' });
    await dialog
      .getByText('You are signed in with Operator two: you will be signed out and its key will stop working for good.')
      .waitFor();
    expect(await dialog.getByRole('button', { name: 'Delete 2 tokens' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Type Operator two to confirm').fill('Operator two');
    await dialog.getByRole('button', { name: 'Delete 2 tokens' }).click();
    await expectSignedOut(page, /Operator two, the token this console was signed in with, is deleted/);
    await expect(admin.tokens.get(id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(admin.tokens.get(other.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('moves the session to the new key after a rotate, and the console keeps working', async () => {
    const { page, id, key } = await signedInAs('Operator three');
    await page.goto(`${harness.consoleUrl}#/tokens/${id}`);
    await page.getByRole('heading', { level: 1, name: /Operator three/ }).waitFor();
    await page.getByRole('button', { name: 'Rotate key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate Operator three' });
    await dialog.getByText('You are signed in with this token: the console switches to the new key.').waitFor();
    await dialog.getByRole('button', { name: 'Rotate key' }).click();
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    const stored = await storedKey(page);
    expect(stored).toMatch(new RegExp(`^ApiKey ${id}:[0-9a-f]{40}$`));
    expect(stored).not.toBe(key);
    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: key, maxRetries: 0 }).whoami(),
    ).rejects.toBeInstanceOf(AuthenticationError);
    // Every later request goes out with the new key.
    await page.getByRole('link', { name: 'API tokens', exact: true }).click();
    await page.getByRole('link', { name: 'Operator three', exact: true }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.reload();
    await page.getByRole('link', { name: 'Operator three', exact: true }).waitFor();
  });

  it('moves the session to the new key after a renew that cuts the old key at once (no expiry)', async () => {
    const { page, id, key } = await signedInAs('Operator five');
    await page.goto(`${harness.consoleUrl}#/tokens/${id}`);
    await page.getByRole('heading', { level: 1, name: /Operator five/ }).waitFor();
    await page.getByRole('button', { name: 'Renew' }).click();
    const dialog = page.getByRole('dialog', { name: 'Renew Operator five' });
    await dialog.getByText('the current key stops working immediately').waitFor();
    await dialog.getByText('You are signed in with this token: the console switches to the new key.').waitFor();
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await dialog.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(
      createClient({ endpoint: harness.endpoint, apiKey: key, maxRetries: 0 }).whoami(),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(await storedKey(page)).not.toBe(key);
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await page.getByRole('cell', { name: 'Operator five renewed the token with a new key' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('loses Integrations in Edit only after its name is typed, and the console signs out', async () => {
    const { page, id } = await signedInAs('Operator four', ['MD-0003']);
    await page.goto(`${harness.consoleUrl}#/tokens/${id}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Edit Operator four' }).waitFor();
    await page.getByRole('checkbox', { name: /^Integrations/ }).uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Integrations from Operator four?' });
    await dialog.getByText('you will be signed out once the changes are saved').waitFor();
    await dialog.getByLabel('Type Operator four to confirm').fill('Operator four');
    await dialog.getByRole('button', { name: 'Save and sign out' }).click();
    await expectSignedOut(
      page,
      /Operator four, the token this console was signed in with, no longer has the Integrations module/,
    );
    expect((await admin.tokens.get(id)).permissions.map((permission) => permission.object.id)).toEqual(['MD-0003']);
  });
});
