/** Connect's module names, to name a missing module in an error without another API call. */
const MODULE_NAMES: Readonly<Record<string, string>> = {
  'MD-0001': 'Account',
  'MD-0002': 'Agreements',
  'MD-0003': 'Catalog',
  'MD-0004': 'Contracts',
  'MD-0005': 'Customers',
  'MD-0006': 'DevOps',
  'MD-0007': 'Integrations',
  'MD-0008': 'Forms',
  'MD-0009': 'Helpdesk',
  'MD-0010': 'Listings',
  'MD-0011': 'Marketplaces',
  'MD-0012': 'Reports',
  'MD-0013': 'Subscriptions',
};

/** `MD-0007 (Integrations)`, or the bare id for a module this package does not know. */
export function describeModule(id: string): string {
  const name = MODULE_NAMES[id];
  return name ? `${id} (${name})` : id;
}
