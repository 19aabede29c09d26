/**
 * What every browser test needs: the emulator over real HTTP serving the built console at /console (the same
 * `startMockServer({ consoleDir })` that `npm run console` uses), and Debian's Chromium driven by playwright-core.
 * Never a downloaded browser: when /usr/bin/chromium is missing the suite fails with instructions.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockPlatform, startMockServer, type MockPlatform, type MockServer } from '@connect-tokens/mock-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Chromium to drive; `CHROMIUM_PATH` overrides Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots go (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running emulator + console + browser. */
export interface ConsoleHarness {
  platform: MockPlatform;
  server: MockServer;
  browser: Browser;
  /** `http://127.0.0.1:<port>/public/v1`: the API as the browser and the tests' SDK reach it. */
  endpoint: string;
  /** `http://127.0.0.1:<port>/console/`. */
  consoleUrl: string;
  /** A fresh browser context (own sessionStorage) and page at the given viewport width. */
  newPage(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  /**
   * Saves a full-page screenshot (or, with `fullPage: false`, what the window shows) as `test-artifacts/<name>.png`.
   * Refuses (throws) while the page shows a secret in
   * clear, an API key or an endpoint token value: hide it with the screen's toggle first.
   */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** Starts the emulator with some realistic tokens, serving the built console, and launches Chromium. */
export async function startConsoleHarness(options: { seedTokens?: number } = {}): Promise<ConsoleHarness> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. The console's browser tests use Debian's chromium, never a ` +
        'downloaded browser: run `apt-get update && apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync(`${DIST_DIR}index.html`)) {
    throw new Error(
      `The console is not built (${DIST_DIR}index.html is missing): run \`npm run build -w @connect-tokens/console\`.`,
    );
  }
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // Serve a copy of the build: a `vite build` started meanwhile (it empties dist/ first) must not pull the files from
  // under a running test.
  const siteDir = mkdtempSync(join(tmpdir(), 'connect-tokens-console-'));
  cpSync(DIST_DIR, siteDir, { recursive: true });
  const platform = createMockPlatform({ seed: 7, seedTokens: options.seedTokens ?? 12 });
  await platform.ready;
  const server = await startMockServer({
    handlers: platform.handlers,
    port: 0,
    // The handlers answer for the platform's base URL; requests on the random port are rewritten to it.
    origin: new URL(platform.baseUrl).origin,
    consoleDir: siteDir,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    platform,
    server,
    browser,
    endpoint: `${server.url}/public/v1`,
    consoleUrl: `${server.url}/console/`,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async screenshot(page, name, options = {}) {
      const shown = await secretsShown(page);
      if (shown.length > 0)
        throw new Error(`Screenshot ${name} refused: the page shows ${shown.join(', ')} in clear. Hide it first.`);
      const path = `${ARTIFACTS_DIR}${name}.png`;
      await page.screenshot({ path, fullPage: options.fullPage ?? true });
      return path;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

/**
 * What the page shows of secrets in clear (as descriptions, never the values): full API keys and 64-character
 * endpoint token values in its text or in text fields. Password fields are masked by the browser.
 */
export async function secretsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const apiKey = /ApiKey SU-\d{3}-\d{3}-\d{3}:[0-9a-f]{40}/i;
    const endpointValue = /(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])/;
    const found: string[] = [];
    // biome-ignore lint/performance/useDomNodeTextContent: the scan is of what a person sees (no hidden text).
    const texts = [document.body.innerText];
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (field.type !== 'password' && field.type !== 'hidden') texts.push(field.value);
    }
    for (const text of texts) {
      if (apiKey.test(text) && !found.includes('an API key')) found.push('an API key');
      if (endpointValue.test(text) && !found.includes('an endpoint token value')) found.push('an endpoint token value');
    }
    return found;
  });
}

/** Opens the console and signs in with a key through the sign-in form (endpoint prefilled from the page's origin). */
export async function signIn(page: Page, harness: ConsoleHarness, apiKey: string): Promise<void> {
  await page.goto(harness.consoleUrl);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
}
