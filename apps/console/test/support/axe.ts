/** axe-core in the browser tests: the serious and critical violations a screen has, as readable lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is and returns `"<screen>: <rule> (<impact>) <selector>"` for every serious or
 * critical violation. The script goes in through the DevTools protocol, so the console's content security policy
 * stays as it is served.
 */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) =>
        violation.nodes.map(
          (node) => `${violation.id} (${violation.impact}: ${violation.help}) ${node.target.join(' ')}`,
        ),
      );
  });
  return found.map((line) => `${screen}: ${line}`);
}
