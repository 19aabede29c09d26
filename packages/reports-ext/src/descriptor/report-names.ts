/**
 * The identifiers generated code derives from a report id (`token-inventory`): the convention that lets the generator
 * find a report's code and name its parameter type without a hand-kept list.
 */

function words(id: string): string[] {
  return id.split(/[-_]/).filter((w) => w.length > 0);
}

function pascalCase(id: string): string {
  return words(id)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `token-inventory` → `TokenInventoryParameters`, the type of its resolved parameters. */
export function reportParametersTypeName(id: string): string {
  return `${pascalCase(id)}Parameters`;
}

/** `token-inventory` → `tokenInventory`, the `ReportModule` that `src/reports/token-inventory.ts` must export. */
export function reportModuleName(id: string): string {
  const pascal = pascalCase(id);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
