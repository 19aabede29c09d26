/** The header of every file generated from `reports.json`, so nobody edits one by hand. */
export function generatedBanner(what: string): string {
  return [
    '/**',
    ` * GENERATED FILE: do not edit. ${what}`,
    ' * Source: packages/reports-ext/reports.json. Regenerate with `npm run generate -w @connect-tokens/reports-ext`.',
    ' */',
    '',
  ].join('\n');
}
