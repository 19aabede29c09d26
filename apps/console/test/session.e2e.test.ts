/**
 * The sign-in session in a real browser: the key never shows up in a URL, a request URL or the browser console; a
 * reload restores the session from sessionStorage; a stored key the API now refuses sends the user back to the
 * sign-in screen and is forgotten; signing out forgets it; another tab (a new context) starts signed out.
 */
import { createClient } from '@connect-tokens/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 3 });
});

afterAll(async () => {
  await harness?.close();
});

const storedCredentials = (page: import('playwright-core').Page) =>
  page.evaluate(() => sessionStorage.getItem('connect-tokens-console:credentials'));

describe('the sign-in session', () => {
  it('keeps the key out of URLs and the console, restores it on reload, and forgets it on sign-out', async () => {
    const { page } = await harness.newPage();
    const secret = harness.platform.bootstrapKey.split(':')[1] ?? '';
    const urls: string[] = [];
    const logs: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('console', (message) => logs.push(message.text()));

    await signIn(page, harness, harness.platform.bootstrapKey);
    await page.locator('tbody tr').first().waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await page.getByRole('link', { name: 'Create token' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create token' }).waitFor();

    expect(urls.some((url) => url.includes('/public/v1/auth/tokens'))).toBe(true);
    expect(urls.filter((url) => url.includes(secret))).toEqual([]);
    expect(logs.filter((line) => line.includes(secret))).toEqual([]);
    expect(page.url()).not.toContain(secret);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await storedCredentials(page)).toBeNull();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // A new tab shares nothing with this one.
    await signIn(page, harness, harness.platform.bootstrapKey);
    const other = await harness.newPage();
    await other.page.goto(harness.consoleUrl);
    await other.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('sends a refused stored key back to the sign-in screen and forgets it', async () => {
    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    const token = await admin.tokens.create({
      name: 'Short-lived console key',
      extension: { id: 'EXT-000' },
      permissions: [{ object: { id: 'MD-0007' } }],
    });
    const { page } = await harness.newPage();
    await signIn(page, harness, token.token);
    await expect(page.getByText(`Short-lived console key · ${token.id}`).count()).resolves.toBe(1);
    await admin.tokens.deactivate(token.id);

    // While signed in, the refusal is shown with the API's message.
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the tokens' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/401 AUTH_003.*sign in with a working key/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await storedCredentials(page)).toBeNull();
    await expect(page.getByLabel('API endpoint').inputValue()).resolves.toBe(harness.endpoint);
  });
});
