/**
 * Input fields shared by several operations. Dropdowns point at the hidden triggers in `src/dropdowns/` using
 * Zapier's `trigger_key.value_field.label_field` form.
 */

export const tokenIdField = {
  key: 'token_id',
  label: 'Token',
  required: true,
  dynamic: 'token_list.id.name',
  // Offers "Add a Search Step" (Find Token) where the user knows the token by name or external ID only.
  search: 'find_token.id',
  helpText:
    'The API token to act on. Pick one from the list, map a token ID (`SU-…`) from an earlier step, or add a ' +
    'Find Token search step.',
} as const;

export const moduleIdField = {
  key: 'module_id',
  label: 'Module',
  required: true,
  dynamic: 'module_list.id.name',
  helpText:
    'The module (`MD-…`) whose API the permission covers, e.g. **Integrations** (MD-0007) for token management.',
} as const;

export const expirationDateField = {
  key: 'expiration_date',
  label: 'Expiration Date',
  type: 'datetime',
  required: false,
  helpText:
    'When the token stops working. Leave empty for a token that never expires. Zapier accepts dates like ' +
    '`2027-05-01` or `in 90 days`.',
} as const;

export const endpointIdField = {
  key: 'endpoint_id',
  label: 'Endpoint',
  required: true,
  dynamic: 'endpoint_list.id.name',
  helpText: 'The integration endpoint (`EP-…`). Pick one from the list, or map an endpoint ID from an earlier step.',
} as const;
