/**
 * Accessibility and small screens in a real browser: every control has a label, the console can be used with the
 * keyboard alone (sign-in, skip link, focus after navigation, the row menu, tabs, the confirmation dialog), and the
 * screens fit a 390 px phone without sideways scrolling. Screenshots at 390 px land in test-artifacts/.
 */
import { createClient } from '@connect-tokens/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startConsoleHarness, type ConsoleHarness } from './support/console-harness';
import { coveredByToasts, misplacedCellParts } from './support/layout-checks';

let harness: ConsoleHarness;

beforeAll(async () => {
  harness = await startConsoleHarness({ seedTokens: 6 });
});

afterAll(async () => {
  await harness?.close();
});

/** Form controls (visible ones) that have no accessible name: no label, no aria-label, no aria-labelledby. */
function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('input, select, textarea, button'))
      .filter((element) => element.offsetParent !== null || element.type === 'file')
      .filter((element) => {
        if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) return false;
        if (element.tagName === 'BUTTON') return !element.textContent?.trim();
        return !element.labels || element.labels.length === 0 || !element.labels[0]?.textContent?.trim();
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

/** The accessible-ish name of the focused element: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    return element.getAttribute('aria-label') ?? (element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });
}

/** True when the page is wider than the viewport (sideways scrolling). */
function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('keyboard and labels', () => {
  it('signs in with the keyboard alone, in a sensible focus order', async () => {
    const { page } = await harness.newPage();
    await page.goto(harness.consoleUrl);
    await expect(unlabelledControls(page)).resolves.toEqual([]);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^API endpoint/);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^API key/);
    await page.keyboard.type(harness.platform.bootstrapKey);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Show key');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Sign in');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    // The sign-in button is gone: focus lands on the new screen's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedName(page)).toBe('API tokens');

    // After a reload (the session is restored from sessionStorage), the first Tab stop is the skip link.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    // Until it has focus the skip link draws nothing (not even its shadow's faint line at the top left).
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    expect(
      await skipLink.evaluate((link) => [getComputedStyle(link).clipPath, getComputedStyle(link).boxShadow]),
    ).toEqual(['inset(50%)', 'none']);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Skip to content');
    expect(await skipLink.evaluate((link) => getComputedStyle(link).clipPath)).toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.locator('tbody tr').first().waitFor();
    await expect(unlabelledControls(page)).resolves.toEqual([]);
  });

  it('moves focus to the new screen’s heading after navigation, and labels every wizard control', async () => {
    const { page } = await harness.newPage();
    await signIn(page, harness, harness.platform.bootstrapKey);
    await page.getByRole('link', { name: 'Create token' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create token' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await expect(unlabelledControls(page)).resolves.toEqual([]);
    await page.getByLabel('Name').fill('Keyboard token');
    for (const step of ['Extension', 'Permissions', 'Access rules', 'Summary']) {
      if (step === 'Access rules') {
        // Leaving Permissions with no module warns once (focus goes to the warning); Next again goes on.
        await page.keyboard.press('Enter');
        await page.getByRole('alert').filter({ hasText: 'No module is selected' }).waitFor();
        // The page moves focus in the frame after the warning renders, so wait for it as for the heading above.
        await page.waitForFunction(() => document.activeElement?.id === 'no-modules-warning');
        await page.getByRole('button', { name: 'Next' }).focus();
      }
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: new RegExp(`: ${step}$`) }).waitFor();
      // The step heading takes focus so the new step is announced.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-step-title');
      await expect(unlabelledControls(page)).resolves.toEqual([]);
      if (step !== 'Summary') await page.getByRole('button', { name: 'Next' }).focus();
    }
  });

  it('operates the row menu with the keyboard and returns focus to its button', async () => {
    const { page } = await harness.newPage();
    await signIn(page, harness, harness.platform.bootstrapKey);
    const button = page.getByRole('button', { name: 'Actions for Bootstrap admin' });
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').waitFor();
    expect(await focusedName(page)).toBe('Edit');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Disable');
    await page.keyboard.press('End');
    expect(await focusedName(page)).toBe('Delete');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Edit');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    expect(await focusedName(page)).toBe('Actions for Bootstrap admin');

    // The last row's menu is shown whole, next to its button, without growing the table's scrolling box.
    const last = page.getByRole('button', { name: /^Actions for / }).last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const menu = page.getByRole('menu');
    const box = await menu.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    expect(
      await page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap');
        return wrap ? wrap.scrollHeight - wrap.clientHeight : -1;
      }),
    ).toBe(0);
    await page.keyboard.press('Escape');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Enter'); // "Edit", the focused item
    await page.getByRole('heading', { level: 1, name: 'Edit Bootstrap admin' }).waitFor();
    await expect(unlabelledControls(page)).resolves.toEqual([]);
  });

  it('switches tabs with arrow keys, Home and End; Escape cancels a confirmation and restores focus', async () => {
    const admin = createClient({ endpoint: harness.endpoint, apiKey: harness.platform.bootstrapKey });
    const token = await admin.tokens.create({ name: 'Tabs token', extension: { id: 'EXT-000' } });
    const { page } = await harness.newPage();
    await signIn(page, harness, harness.platform.bootstrapKey);
    await page.goto(`${harness.consoleUrl}#/tokens/${token.id}`);
    await page.getByRole('heading', { level: 1, name: /Tabs token/ }).waitFor();
    await page.getByRole('tab', { name: 'General' }).focus();
    // The selected tab is kept in the URL, so selection follows the hash change: wait for it rather than reading it.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Permissions', selected: true }).waitFor();
    expect(await focusedName(page)).toBe('Permissions');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Statistics', selected: true }).waitFor();
    await page.keyboard.press('Home');
    await page.getByRole('tab', { name: 'General', selected: true }).waitFor();
    // Tab leaves the tab list for the panel (one Tab stop for the whole list).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Tabs token?' });
    await dialog.waitFor();
    expect(await focusedName(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(await focusedName(page)).toBe('Delete');
    await expect(admin.tokens.get(token.id)).resolves.toMatchObject({ id: token.id });
  });
});

describe('outcome messages', () => {
  for (const [viewport, name] of [
    [{ width: 1280, height: 900 }, 'message-1280'],
    [{ width: 390, height: 844 }, 'mobile-08-message'],
  ] as const) {
    it(`never hide a control at ${viewport.width} px: the one just used stays clear, the page is padded under them`, async () => {
      const { page } = await harness.newPage(viewport);
      await signIn(page, harness, harness.platform.bootstrapKey);
      await page.locator('tbody tr').first().waitFor();
      if (viewport.width === 1280) {
        // A window just taller than the whole list: a message at its bottom edge lands on the pagination buttons.
        const bottom = await page.evaluate(() =>
          Math.ceil(document.querySelector('.pagination')!.getBoundingClientRect().bottom),
        );
        await page.setViewportSize({ width: viewport.width, height: bottom + 24 });
      }
      // The menu of the last active row (not the calling token's), used from the bottom of the window: where the
      // messages appear.
      const row = page
        .locator('tbody tr')
        .filter({ has: page.locator('td[data-label="Status"]', { hasText: /^Active$/ }) })
        .filter({ hasNotText: 'Bootstrap admin' })
        .last();
      const label = (await row.getByRole('button', { name: /^Actions for / }).getAttribute('aria-label')) ?? '';
      // By name from here: the row stops matching the filter above once disabled.
      const button = page.getByRole('button', { name: label, exact: true });
      await button.scrollIntoViewIfNeeded();
      const toggle = async () => {
        await button.click();
        const item = page.getByRole('menuitem', { name: /^(Enable|Disable)$/ });
        const action = (await item.textContent()) ?? '';
        await item.click();
        if (action === 'Disable') await page.getByRole('dialog').getByRole('button', { name: 'Disable token' }).click();
        await page
          .getByTestId('toast-success')
          .filter({ hasText: action === 'Disable' ? 'disabled' : 'enabled' })
          .waitFor();
      };
      await toggle();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
      expect(await coveredByToasts(page, 'focused')).toEqual([]);
      // At the end of the list the page makes room: nothing in view is covered.
      expect(await coveredByToasts(page, 'in view')).toEqual([]);
      await harness.screenshot(page, name, { fullPage: false });
      expect(await coveredByToasts(page, 'after scrolling to the end')).toEqual([]);
      await harness.screenshot(page, `${name}-scrolled-to-end`, { fullPage: false });
      // Dismissing the message moves nothing: the space under the page is kept until the next screen.
      const scrolled = await page.evaluate(() => window.scrollY);
      for (const close of await page.getByRole('button', { name: 'Dismiss message' }).all()) await close.click();
      await page.getByTestId('toast-success').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).not.toBe('0px');
      await toggle();
      // The next screen starts without it.
      await page.getByRole('button', { name: 'Dismiss message' }).click();
      await page.getByRole('link', { name: 'Endpoints', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Endpoints' }).waitFor();
      await page.waitForFunction(() => getComputedStyle(document.body).paddingBottom === '0px');
    });
  }
});

describe('a 390 px phone', () => {
  it('shows every screen without sideways scrolling', async () => {
    const { page } = await harness.newPage({ width: 390, height: 844 });
    await page.goto(harness.consoleUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await harness.screenshot(page, 'mobile-01-sign-in');

    await signIn(page, harness, harness.platform.bootstrapKey);
    await page.locator('tbody tr').first().waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    // Rows become cards: each cell is labelled with its column.
    await expect(page.locator('tbody tr').first().locator('td[data-label="Status"]').isVisible()).resolves.toBe(true);
    // Name and id (and every other cell of several parts) stay beside the label.
    expect(await misplacedCellParts(page)).toEqual([]);
    await harness.screenshot(page, 'mobile-02-tokens-list');

    await page.getByRole('link', { name: 'Create token' }).click();
    await page.getByLabel('Name').fill('Phone token');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Permissions/ }).waitFor();
    await page.getByRole('checkbox', { name: /^Integrations/ }).check();
    expect(await overflowsHorizontally(page)).toBe(false);
    await harness.screenshot(page, 'mobile-03-wizard-permissions');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Access rules/ }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    // Every step of the progress list is whole on screen, and the list itself does not scroll (content a keyboard
    // could not reach).
    const steps = page.getByRole('list', { name: 'Steps' });
    for (const step of await steps.getByRole('listitem').all()) {
      const box = (await step.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await steps.evaluate((list) => list.scrollWidth <= list.clientWidth)).toBe(true);
    await harness.screenshot(page, 'mobile-04-wizard-access-rules');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('heading', { level: 1, name: 'Token created' }).waitFor();
    // The key in clear fits the phone too; the screenshot is taken with it hidden again.
    await page.getByRole('button', { name: 'Show key' }).click();
    expect(await page.getByTestId('new-api-key').textContent()).toMatch(/:[0-9a-f]{40}$/);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.getByRole('button', { name: 'Hide key' }).click();
    // The "created" message is a bar along the bottom that hides none of the controls once scrolled to the end.
    expect(await coveredByToasts(page, 'after scrolling to the end')).toEqual([]);
    await harness.screenshot(page, 'mobile-05-token-created');

    await page.getByRole('link', { name: 'Open token details' }).click();
    await page.getByRole('heading', { level: 1, name: /Phone token/ }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await harness.screenshot(page, 'mobile-06-details');
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await page.getByRole('cell', { name: /created the token$/ }).waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await harness.screenshot(page, 'mobile-07-details-audit');
  });
});
