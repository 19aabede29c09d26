/**
 * The identifiers generated code derives from a report id (`token-inventory`): the convention that lets the generator
 * find a report's code and name its parameter type without a hand-kept list.
 */

function words(id: string): string[] {
  return id.split(/[-_]/).filter((w) => w.length > 0);
}

/** `token-inventory` → `TokenInventory`, the prefix of its `…Parameters` type. */
export function reportTypeName(id: string): string {
  return words(id)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `token-inventory` → `tokenInventory`, the `ReportModule` that `src/reports/token-inventory.ts` must export. */
export function reportModuleName(id: string): string {
  const type = reportTypeName(id);
  return type.charAt(0).toLowerCase() + type.slice(1);
}
