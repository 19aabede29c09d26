/**
 * The endpoint-token screens in a real browser against the emulator over HTTP: create an endpoint (its primary token
 * values shown once, and working), create secondary tokens, disable one (gone from the default list, back with the
 * status filter), assign and unassign tokens and switch a mapping off and on — each checked by calling the data path
 * with the token — read the data viewer filtered by token, regenerate a primary token, see API errors, use the screens
 * at 390 px, and delete the endpoint. Screenshots land in test-artifacts/.
 */
import { createMockPlatform, startMockServer } from '@connect-tokens/mock-server';
import { createClient, NotFoundError, type ConnectClient } from '@connect-tokens/sdk';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';
import { coveredByToasts, misplacedCellParts } from './support/layout-checks';

let harness: ConsoleHarness;
let page: Page;
let sdk: ConnectClient;
let endpointId = '';
let dataUrl = '';
const primary: Record<string, string> = {};
let shopValue = '';

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 2 });
  sdk = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey, maxRetries: 0 });
  ({ page } = await harness.newPage());
});

afterAll(async () => {
  await harness?.close();
});

/** Calls the endpoint's data path as an application would. */
async function callData(method: 'GET' | 'POST' | 'DELETE', value: string | undefined, body?: unknown) {
  const response = await fetch(dataUrl, {
    method,
    headers: {
      ...(value ? { 'x-endpoint-token': value } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { error_code?: string }) : undefined;
  return { status: response.status, errorCode: parsed?.error_code };
}

/** Confirms the open confirmation dialog whose title matches. */
async function confirmDialog(title: RegExp, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function successToast(text: RegExp): Promise<void> {
  await page.getByTestId('toast-success').filter({ hasText: text }).first().waitFor();
}

/**
 * Reads the values of the "shown once" panel: hidden at first, revealed on demand, then hidden again so that the
 * screenshots taken afterwards never show them.
 */
async function readOneTimeValues(): Promise<Record<string, string>> {
  const panel = page.locator('.endpoints-values');
  await panel.getByText('will not be shown again').waitFor();
  expect(await panel.getByTestId('endpoint-token-value').first().textContent()).toMatch(/^•+$/);
  // Copy works without revealing.
  const first = panel.locator('.endpoints-values__item').first();
  await first.getByRole('button', { name: /^Copy / }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(await first.getByTestId('endpoint-token-value').textContent()).toMatch(/^•+$/);
  await panel.getByRole('button', { name: 'Show values' }).click();
  expect(await first.getByTestId('endpoint-token-value').textContent()).toBe(copied);
  const out: Record<string, string> = {};
  for (const item of await panel.locator('.endpoints-values__item').all()) {
    const label = (await item.locator('.endpoints-values__label').textContent()) ?? '';
    out[label] = (await item.getByTestId('endpoint-token-value').textContent()) ?? '';
  }
  await panel.getByRole('button', { name: 'Hide values' }).click();
  for (const text of await panel.getByTestId('endpoint-token-value').allTextContents()) expect(text).toMatch(/^•+$/);
  return out;
}

async function waitForTable(): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.table-wrap')].every((el) => el.getAttribute('aria-busy') !== 'true'),
  );
}

const rowWith = (text: string): Locator => page.locator('tbody tr').filter({ hasText: text });

/** Visible form controls without an accessible name (no label, aria-label or aria-labelledby; buttons without text). */
function unlabelledControls(): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea, button'))
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) return false;
        if (element.tagName === 'BUTTON') return !element.textContent?.trim();
        return !element.labels || element.labels.length === 0 || !element.labels[0]?.textContent?.trim();
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

/** The focused element's label, aria-label or text. */
function focusedName(): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });
}

describe('endpoint tokens in the console', () => {
  it('creates an endpoint and shows its primary token values once; they work on the data path', async () => {
    await signIn(page, harness, harness.platform.bootstrapKey);
    await page.getByRole('link', { name: 'Endpoints', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Endpoints' }).waitFor();
    await page.getByText('No endpoints yet').waitFor();
    await page.getByRole('button', { name: 'Create endpoint' }).click();
    // Name is required: the error is shown and the field stays focused.
    await page.getByRole('button', { name: 'Create endpoint' }).last().click();
    await page.getByText('Enter a name for the endpoint').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await page.getByLabel('Name').fill('Orders inbox');
    await page.getByLabel('Description').fill('Order notifications from the shop');
    await page.getByLabel('Allow DELETE on the data path').check();
    await page.getByRole('button', { name: 'Create endpoint' }).last().click();
    await successToast(/Endpoint Orders inbox created/);
    const values = await readOneTimeValues();
    expect(Object.keys(values).sort()).toEqual(['DELETE primary token', 'GET primary token', 'POST primary token']);
    for (const value of Object.values(values)) expect(value).toMatch(/^[A-Za-z0-9]{64}$/);
    Object.assign(primary, values);
    await harness.screenshot(page, 'e01-endpoint-created');
    // The values never reach the URL or storage.
    const stored = await page.evaluate(
      () => JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + location.href,
    );
    for (const value of Object.values(values)) expect(stored).not.toContain(value);

    const [endpoint] = await sdk.endpoints.list().toArray();
    endpointId = endpoint!.id;
    dataUrl = `${harness.endpoint}/integrations/endpoints/${endpointId}/data`;
    expect(await callData('POST', primary['POST primary token'], { order: 1, sku: 'A-1' })).toMatchObject({
      status: 201,
    });
    expect(await callData('GET', primary['GET primary token'])).toMatchObject({ status: 200 });
    // A primary token is for its own method only.
    expect((await callData('POST', primary['GET primary token'], { order: 2 })).status).toBe(403);

    await page.getByRole('button', { name: 'I have copied them' }).click();
    await waitForTable();
    const row = rowWith('Orders inbox');
    expect(await row.locator('td[data-label="Authentication"]').textContent()).toBe('Endpoint token');
    const primaries = await row.locator('td[data-label="Primary tokens"] li').allTextContents();
    expect(primaries).toHaveLength(3);
    for (const text of primaries) expect(text).toMatch(/^(GET|POST|DELETE) \*{4}[A-Za-z0-9]{4}/);
    await harness.screenshot(page, 'e02-endpoints-list');
  });

  it('creates secondary tokens (value shown once) and lists only active ones unless filtered', async () => {
    await page.getByRole('link', { name: 'Endpoint tokens', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Endpoint tokens' }).waitFor();
    for (const name of ['Shop backend', 'Warehouse app']) {
      await page.getByRole('button', { name: 'Create endpoint token' }).click();
      await page.getByLabel('Name').fill(name);
      await page.getByRole('button', { name: 'Create token' }).click();
      const values = await readOneTimeValues();
      expect(values[name]).toMatch(/^[A-Za-z0-9]{64}$/);
      if (name === 'Shop backend') shopValue = values[name]!;
      if (name === 'Shop backend') await harness.screenshot(page, 'e03-endpoint-token-created');
      await page.getByRole('button', { name: 'I have copied it' }).click();
    }
    await waitForTable();
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await rowWith('Shop backend').locator('td[data-label="Value"]').textContent()).toMatch(
      /^\*{4}[A-Za-z0-9]{4}$/,
    );

    await rowWith('Shop backend').getByRole('button', { name: 'Actions for Shop backend' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit Shop backend' }).waitFor();
    await page.getByLabel('Description').fill('Order sync of the web shop');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await successToast(/Shop backend saved/);
    await page.waitForFunction(() =>
      document.querySelector('tbody')?.textContent?.includes('Order sync of the web shop'),
    );
    expect((await sdk.endpointTokens.list({ search: 'Shop backend' }).toArray())[0]?.description).toBe(
      'Order sync of the web shop',
    );

    await rowWith('Warehouse app').getByRole('button', { name: 'Actions for Warehouse app' }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await confirmDialog(/Disable endpoint token Warehouse app/, 'Disable token');
    await successToast(/Warehouse app disabled/);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await page.locator('tbody tr').first().textContent()).toContain('Shop backend');

    await page.getByLabel('Status').selectOption('inactive');
    await page.waitForURL(/status=inactive/);
    await waitForTable();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('tbody tr').length === 1 &&
        document.querySelector('tbody')?.textContent?.includes('Warehouse app'),
    );
    expect(await rowWith('Warehouse app').locator('td[data-label="Status"]').textContent()).toBe('Inactive');
    await harness.screenshot(page, 'e04-endpoint-tokens-inactive');
    await page.getByLabel('Status').selectOption('all');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    await page.getByLabel('Status').selectOption('active');
    await page.waitForFunction(() => !location.hash.includes('status='));
  });

  it('assigns a secondary token to methods; the per-mapping switch and unassign cut it off', async () => {
    await page.goto(`${harness.consoleUrl}#/endpoints/${endpointId}?tab=mappings`);
    await page.getByRole('heading', { level: 1, name: 'Orders inbox' }).waitFor();
    await page.getByRole('tab', { name: 'Secondary tokens', selected: true }).waitFor();
    await page.getByText('No secondary tokens are assigned').waitFor();
    // Inactive tokens are not offered.
    const options = await page.getByLabel('Endpoint token').locator('option').allTextContents();
    expect(options.some((text) => text.startsWith('Shop backend'))).toBe(true);
    expect(options.some((text) => text.startsWith('Warehouse app'))).toBe(false);
    // Nothing chosen: a clear message, no request.
    await page.getByRole('button', { name: 'Assign token' }).click();
    await page.getByText('Choose the endpoint token to assign').waitFor();

    // Active but not assigned here: refused for this endpoint.
    expect(await callData('POST', shopValue, { order: 3 })).toMatchObject({ status: 403, errorCode: 'EPT_002' });
    for (const method of ['POST', 'GET']) {
      await page
        .getByLabel('Endpoint token')
        .selectOption({ label: options.find((text) => text.startsWith('Shop backend'))! });
      await page.getByLabel('Method').selectOption(method);
      await page.getByRole('button', { name: 'Assign token' }).click();
      await successToast(new RegExp(`Shop backend assigned to ${method}`));
    }
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    expect(await callData('POST', shopValue, { order: 4, sku: 'B-2' })).toMatchObject({ status: 201 });
    expect(await callData('GET', shopValue)).toMatchObject({ status: 200 });

    // Assigning the same pair again: the API's message is shown in the form.
    await page
      .getByLabel('Endpoint token')
      .selectOption({ label: options.find((text) => text.startsWith('Shop backend'))! });
    await page.getByLabel('Method').selectOption('POST');
    await page.getByRole('button', { name: 'Assign token' }).click();
    const alert = page.locator('.endpoints-form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/409 GEN_409/);
    expect(await alert.textContent()).toMatch(/already mapped to POST/);
    await harness.screenshot(page, 'e05-mappings');

    const postSwitch = page.getByRole('switch', { name: 'Shop backend may POST' });
    expect(await postSwitch.isChecked()).toBe(true);
    await postSwitch.click();
    await confirmDialog(/Switch off Shop backend \(POST\)/, 'Switch off');
    await successToast(/switched off/);
    await page.waitForFunction(
      () =>
        !(document.querySelector('[role=switch][aria-label="Shop backend may POST"]') as HTMLInputElement | null)
          ?.checked,
    );
    expect(await callData('POST', shopValue, { order: 5 })).toMatchObject({ status: 401, errorCode: 'EPT_001' });
    // The token's other mapping is untouched.
    expect(await callData('GET', shopValue)).toMatchObject({ status: 200 });

    // Switching back on needs no confirmation; by keyboard.
    await postSwitch.focus();
    await page.keyboard.press('Space');
    await successToast(/switched on/);
    await page.waitForFunction(
      () =>
        (document.querySelector('[role=switch][aria-label="Shop backend may POST"]') as HTMLInputElement | null)
          ?.checked === true,
    );
    expect(await callData('POST', shopValue, { order: 6, sku: 'C-3' })).toMatchObject({ status: 201 });

    // The outcome messages never hide the control just used, and the page is padded so none stays under them.
    expect(await coveredByToasts(page, 'focused')).toEqual([]);
    expect(await coveredByToasts(page, 'in view')).toEqual([]);
    expect(await coveredByToasts(page, 'after scrolling to the end')).toEqual([]);
    // Not waiting for the messages to fade: the button is reachable at once.
    await page.getByRole('button', { name: 'Unassign Shop backend from GET' }).click({ timeout: 2_000 });
    await confirmDialog(/Unassign Shop backend from GET/, 'Unassign');
    await successToast(/unassigned/);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect((await callData('GET', shopValue)).status).toBeGreaterThanOrEqual(400);

    // The list of endpoint tokens says where each is assigned (switched-off mappings marked).
    await postSwitch.click();
    await confirmDialog(/Switch off Shop backend \(POST\)/, 'Switch off');
    await successToast(/switched off/);
    await page.getByRole('link', { name: 'Endpoint tokens', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Endpoint tokens' }).waitFor();
    const assigned = rowWith('Shop backend').locator('td[data-label="Assigned to"]');
    await page.waitForFunction(
      () => document.querySelector('td[data-label="Assigned to"]')?.getAttribute('aria-busy') === 'false',
    );
    expect(await assigned.textContent()).toBe('Orders inbox POST off');
    expect(await assigned.getByRole('link', { name: 'Orders inbox' }).getAttribute('href')).toBe(
      `#/endpoints/${endpointId}?tab=mappings`,
    );
    await harness.screenshot(page, 'e05b-endpoint-tokens-assigned');
    await assigned.getByRole('link', { name: 'Orders inbox' }).click();
    await page.getByRole('tab', { name: 'Secondary tokens', selected: true }).waitFor();
    await postSwitch.click();
    await successToast(/switched on/);
  });

  it('shows the data viewer filtered by token, method and outcome', async () => {
    await callData('POST', undefined, { order: 7 });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.waitForURL(/tab=data/);
    await waitForTable();
    await page.locator('tbody tr').first().waitFor();
    const total = await page.locator('tbody tr').count();
    expect(total).toBeGreaterThanOrEqual(10);

    const shopOption = (await page.getByLabel('Token').locator('option').allTextContents()).find((text) =>
      text.startsWith('Shop backend'),
    )!;
    await page.getByLabel('Token').selectOption({ label: shopOption });
    await page.waitForURL(/token=EPT-/);
    await waitForTable();
    const tokens = await page.locator('tbody td[data-label="Token"]').allTextContents();
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    for (const text of tokens) expect(text).toContain('Shop backend');
    const results = await page.locator('tbody td[data-label="Result"]').allTextContents();
    expect(results).toContain('401 EPT_001');
    expect(results).toContain('201');
    expect(await page.locator('tbody td[data-label="Document"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('"sku":"C-3"')]),
    );
    await harness.screenshot(page, 'e06-data-by-token');

    await page.getByLabel('Outcome').selectOption('accepted');
    await waitForTable();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody td[data-label="Result"]')].every((td) =>
        /^2\d\d$/.test(td.textContent ?? ''),
      ),
    );
    await page.getByLabel('Method').selectOption('POST');
    await waitForTable();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);

    await page.getByLabel('Outcome').selectOption('');
    await page.getByLabel('Method').selectOption('');
    await page.getByLabel('Token').selectOption('none');
    await waitForTable();
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length >= 1);
    for (const text of await page.locator('tbody td[data-label="Token"]').allTextContents())
      expect(text).toBe('No token');
  });

  it('regenerates a primary token after confirmation: the new value is shown once, the old one is refused', async () => {
    await page.getByRole('tab', { name: 'Primary tokens' }).click();
    await page.getByRole('button', { name: 'Regenerate the GET primary token' }).click();
    await confirmDialog(/Regenerate the GET primary token/, 'Regenerate token');
    await successToast(/GET primary token regenerated/);
    const values = await readOneTimeValues();
    const fresh = values['GET primary token']!;
    expect(fresh).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(fresh).not.toBe(primary['GET primary token']);
    expect((await callData('GET', primary['GET primary token'])).status).toBe(401);
    expect(await callData('GET', fresh)).toMatchObject({ status: 200 });
    expect(await page.locator('tbody td[data-label="Value"]').allTextContents()).toContain(`****${fresh.slice(-4)}`);
    await harness.screenshot(page, 'e07-primary-regenerated');
  });

  it('edits the endpoint: removing DELETE asks first, adding it back shows the new primary token once', async () => {
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Name').fill('Orders inbox (shop)');
    await page.getByLabel('Allow DELETE on the data path').uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete the DELETE primary token of Orders inbox/ });
    await dialog.waitFor();
    // Cancelled: nothing changes.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await sdk.endpoints.get(endpointId)).allow_delete).toBe(true);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await confirmDialog(/Delete the DELETE primary token/, 'Save and delete');
    await successToast(/Orders inbox \(shop\) saved/);
    await page.getByRole('heading', { level: 1, name: 'Orders inbox (shop)' }).waitFor();
    const saved = await sdk.endpoints.get(endpointId);
    expect(saved.allow_delete).toBe(false);
    expect(saved.primary_tokens.map((token) => token.method).sort()).toEqual(['GET', 'POST']);
    expect((await callData('DELETE', primary['DELETE primary token'])).status).toBeGreaterThanOrEqual(400);

    await page.getByLabel('Allow DELETE on the data path').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await successToast(/saved/);
    const values = await readOneTimeValues();
    expect(Object.keys(values)).toEqual(['DELETE primary token']);
    expect(await callData('DELETE', values['DELETE primary token'])).toMatchObject({ status: 204 });
    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByLabel('Name').fill('Orders inbox');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Orders inbox' }).waitFor();
  });

  it('moves between tabs with the arrow keys', async () => {
    await page.getByRole('tab', { name: 'Primary tokens' }).click();
    await page.getByRole('tab', { name: 'Primary tokens', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Secondary tokens', selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Secondary tokens');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  });

  it('reports an API error of an action on a token deleted elsewhere', async () => {
    const other = await sdk.endpointTokens.create({ name: 'Deleted elsewhere' });
    await page.goto(`${harness.consoleUrl}#/endpoint-tokens`);
    await page.getByRole('heading', { level: 1, name: 'Endpoint tokens' }).waitFor();
    await rowWith('Deleted elsewhere').waitFor();
    await sdk.endpointTokens.delete(other.id);
    await rowWith('Deleted elsewhere').getByRole('button', { name: 'Actions for Deleted elsewhere' }).click();
    await page.getByRole('menuitem', { name: 'Regenerate value' }).click();
    await confirmDialog(/Regenerate the value of Deleted elsewhere/, 'Regenerate value');
    const toast = page.getByTestId('toast-error');
    await toast.waitFor();
    expect(await toast.textContent()).toMatch(new RegExp(`404 GEN_404.*${other.id}`));
    await toast.getByRole('button', { name: 'Dismiss message' }).click();
  });

  it('labels every control and works with the keyboard alone, keeping focus somewhere sensible', async () => {
    for (const path of [
      '#/endpoints',
      '#/endpoint-tokens',
      ...['primary', 'mappings', 'data', 'settings'].map((tab) => `#/endpoints/${endpointId}?tab=${tab}`),
    ]) {
      await page.goto(`${harness.consoleUrl}${path}`);
      await page.locator('[data-page-title]').waitFor();
      await waitForTable();
      await page.locator('.tabs__panel, tbody tr').first().waitFor();
      expect(await unlabelledControls(), path).toEqual([]);
    }

    await page.goto(`${harness.consoleUrl}#/endpoint-tokens`);
    await page.getByRole('heading', { level: 1, name: 'Endpoint tokens' }).waitFor();
    await page.locator('[data-page-title]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Create endpoint token');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.startsWith('Name') === true,
    );
    await page.keyboard.type('Keyboard app');
    await page.keyboard.press('Enter');
    // The value panel's heading takes focus, so it is announced.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Endpoint token Keyboard app created');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Copy Keyboard app');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Show values');
    await page.getByRole('button', { name: 'I have copied it' }).focus();
    await page.keyboard.press('Enter');
    await rowWith('Keyboard app').waitFor();

    await rowWith('Keyboard app').getByRole('button', { name: 'Actions for Keyboard app' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    expect(await focusedName()).toBe('Edit');
    await page.keyboard.press('End');
    expect(await focusedName()).toBe('Delete');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Delete endpoint token Keyboard app/ });
    await dialog.waitFor();
    // The safe choice has focus; Tab moves to the destructive one.
    expect(await focusedName()).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Delete token');
    await page.keyboard.press('Enter');
    await successToast(/Keyboard app deleted/);
    await rowWith('Keyboard app').waitFor({ state: 'detached' });
    // The row (and the menu that opened the dialog) is gone: focus goes to the screen's heading, not the body.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-page-title') === true);
  });

  it('is usable at 390 px: no horizontal scrolling, rows become labelled cards', async () => {
    const { page: phone } = await harness.newPage({ width: 390, height: 844 });
    await signIn(phone, harness, harness.platform.bootstrapKey);
    for (const [path, name] of [
      ['#/endpoints', 'e08-endpoints-390'],
      ['#/endpoint-tokens', 'e09-endpoint-tokens-390'],
      [`#/endpoints/${endpointId}?tab=mappings`, 'e10-mappings-390'],
      [`#/endpoints/${endpointId}?tab=data`, 'e11-data-390'],
    ] as const) {
      await phone.goto(`${harness.consoleUrl}${path}`);
      await phone.locator('tbody tr').first().waitFor();
      await phone.waitForFunction(() =>
        [...document.querySelectorAll('.table-wrap')].every((el) => el.getAttribute('aria-busy') !== 'true'),
      );
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      // Each cell shows its column name (the header row is visually hidden).
      const labels = await phone.evaluate(() =>
        [...document.querySelectorAll('tbody tr:first-child td')].map((td) => [
          td.getAttribute('data-label'),
          getComputedStyle(td, '::before').content,
        ]),
      );
      expect(labels.length, path).toBeGreaterThan(2);
      for (const [label, shown] of labels) expect(shown, path).toBe(JSON.stringify(label));
      // A cell of several parts (name and id, a list) keeps them all beside its label, none under it.
      const misplaced = await misplacedCellParts(phone);
      expect(misplaced, path).toEqual([]);
      if (path.includes('?tab=')) {
        // Every tab is visible whole, and the keyboard pattern still works.
        const tabsFit = await phone.evaluate(() => {
          const list = document.querySelector('[role=tablist]')!;
          return (
            [...list.querySelectorAll('[role=tab]')].every((tab) => {
              const box = tab.getBoundingClientRect();
              return box.left >= 0 && box.right <= document.documentElement.clientWidth && box.width > 0;
            }) && list.scrollWidth <= list.clientWidth
          );
        });
        expect(tabsFit, path).toBe(true);
        await phone.getByRole('tab', { selected: true }).focus();
        await phone.keyboard.press('End');
        await phone.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
        await phone.keyboard.press('Home');
        await phone.getByRole('tab', { name: 'Primary tokens', selected: true }).waitFor();
        await phone.keyboard.press('ArrowRight');
        await phone.getByRole('tab', { name: 'Secondary tokens', selected: true }).waitFor();
        expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe('Secondary tokens');
        if (path.endsWith('tab=data')) {
          await phone.getByRole('tab', { name: 'Data' }).click();
          await phone.locator('tbody tr').first().waitFor();
          await phone.waitForFunction(() =>
            [...document.querySelectorAll('.table-wrap')].every((el) => el.getAttribute('aria-busy') !== 'true'),
          );
        }
      }
      await harness.screenshot(phone, name);
    }
  });

  it('works against an emulator on another origin (CORS preflights in a real browser)', async () => {
    const other = createMockPlatform({ seed: 11 });
    await other.ready;
    const server = await startMockServer({ handlers: other.handlers, port: 0, origin: new URL(other.baseUrl).origin });
    try {
      const { page: remote } = await harness.newPage();
      // Chromium answers preflights internally (Playwright does not report them), so watch the server.
      const preflights: string[] = [];
      server.server.on('request', (request: { method?: string; url?: string; headers: Record<string, unknown> }) => {
        if (request.method === 'OPTIONS' && request.headers['access-control-request-method'])
          preflights.push(request.url ?? '');
      });
      await remote.goto(harness.consoleUrl);
      await remote.getByLabel('API endpoint').fill(`${server.url}/public/v1`);
      await remote.getByLabel('API key').fill(other.bootstrapKey);
      await remote.getByRole('button', { name: 'Sign in' }).click();
      await remote.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
      await remote.goto(`${harness.consoleUrl}#/endpoint-tokens`);
      await remote.getByRole('button', { name: 'Create endpoint token' }).click();
      await remote.getByLabel('Name').fill('Cross-origin app');
      await remote.getByRole('button', { name: 'Create token' }).click();
      await remote.locator('.endpoints-values').getByText('will not be shown again').waitFor();
      await remote.locator('tbody tr').filter({ hasText: 'Cross-origin app' }).waitFor();
      // Created on the other emulator, not on the one serving the console.
      const remoteSdk = createClient({ endpoint: `${server.url}/public/v1`, apiKey: other.bootstrapKey });
      expect((await remoteSdk.endpointTokens.list().toArray()).map((token) => token.name)).toEqual([
        'Cross-origin app',
      ]);
      expect((await sdk.endpointTokens.list({ search: 'Cross-origin' }).toArray()).length).toBe(0);
      // The browser really asked first (Authorization and Idempotency-Key are not CORS-safelisted).
      expect(preflights).toContain('/public/v1/integrations/endpoint-tokens');
    } finally {
      await server.close();
    }
  });

  it('deletes the endpoint after confirmation', async () => {
    await page.goto(`${harness.consoleUrl}#/endpoints/${endpointId}`);
    await page.getByRole('heading', { level: 1, name: 'Orders inbox' }).waitFor();
    await page.getByRole('button', { name: 'Delete endpoint' }).click();
    const dialog = page.getByRole('dialog', { name: /Delete endpoint Orders inbox/ });
    await dialog.waitFor();
    // Cancelling keeps it.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await sdk.endpoints.get(endpointId)).name).toBe('Orders inbox');
    await page.getByRole('button', { name: 'Delete endpoint' }).click();
    await confirmDialog(/Delete endpoint Orders inbox/, 'Delete endpoint');
    await successToast(/Endpoint Orders inbox deleted/);
    await page.getByRole('heading', { level: 1, name: 'Endpoints' }).waitFor();
    await page.getByText('No endpoints yet').waitFor();
    await expect(sdk.endpoints.get(endpointId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await callData('POST', shopValue, { order: 8 })).status).toBe(404);
  });
});
