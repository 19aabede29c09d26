import type { DemoResult } from './run-demo.ts';

/** How {@link describeOutcome} names paths. */
export interface OutcomeContext {
  /** The directory the reports went to. */
  outDir: string;
  /** A path as the user should see it (relative to where they are when it is below). */
  shown: (path: string) => string;
}

const NEXT_STEPS: [command: string, what: string][] = [
  ['npm run console -- --demo', 'the web console, on an emulator with 25 seeded tokens (prints the URL and a key)'],
  ['npm run mock -- --seed-tokens 200', 'an emulator that stays up, for the SDK and the reports CLI'],
  ['', '(packages/reports-ext/README.md, "The CLI")'],
  ['npm test', 'every check of the repository'],
];
const NEXT_WIDTH = Math.max(...NEXT_STEPS.map(([command]) => command.length));

/** The demo's closing screen: what it wrote where, how to open it, and what to try next. */
export function describeOutcome(result: DemoResult, { outDir, shown }: OutcomeContext): string {
  const files = result.reports.map((r) => ({ name: shown(r.file ?? r.fileName), r }));
  const width = Math.max(...files.map((f) => f.name.length));
  const rows = files.map(({ name, r }) => {
    const notes = [
      r.truncated ? 'truncated, the csv/xlsx have every row' : '',
      r.fileName.endsWith('.zip') ? 'with summary.json' : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `  ${name.padEnd(width)}  ${String(r.rows).padStart(5)} rows${notes ? ` (${notes})` : ''}`;
  });
  const html = files.find((f) => f.name.endsWith('.html'))?.name;
  const where = result.emulated
    ? `from an emulator seeded with ${result.seededTokens} tokens; it ran only for the demo and has stopped`
    : `from ${result.endpoint}`;
  return [
    '',
    `Wrote ${files.length} report files to ${shown(outDir)}/ (${where}):`,
    ...rows,
    '',
    `Open them: ${html ? `${html} in a browser, ` : ''}the .xlsx in a spreadsheet, the .pdf in a PDF viewer, the .csv and .json anywhere.`,
    '',
    'Try next:',
    ...NEXT_STEPS.map(([command, what]) => `  ${command.padEnd(NEXT_WIDTH)}  ${what}`),
    '',
  ].join('\n');
}
