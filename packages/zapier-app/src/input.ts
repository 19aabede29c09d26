import type { Bundle } from 'zapier-platform-core';

/** A trimmed text input, or `undefined` when the user left it empty (Zapier sends `''` or omits the key). */
export function textInput(bundle: Bundle, key: string): string | undefined {
  const value = bundle.inputData[key];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A required text input; Zapier enforces `required: true`, this only narrows the type. */
export function requiredInput(bundle: Bundle, key: string): string {
  return textInput(bundle, key) ?? '';
}

/**
 * The *Expiration Date* of Renew and Rotate, or one year from now when left empty, as their help text says: a key
 * renewed or rotated (after a leak, say) should not live forever just because a field was left blank.
 */
export function expirationOrOneYear(bundle: Bundle, now = new Date()): string {
  const given = textInput(bundle, 'expiration_date');
  if (given !== undefined) return given;
  const inOneYear = new Date(now);
  inOneYear.setUTCFullYear(inOneYear.getUTCFullYear() + 1);
  return inOneYear.toISOString();
}

/** A `list: true` input as an array of non-empty strings (Zapier may send one string when a single value is mapped). */
export function listInput(bundle: Bundle, key: string): string[] {
  const value = bundle.inputData[key];
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.map((item) => String(item).trim()).filter((item) => item !== '');
}
