import { describe, expect, it } from 'vitest';
import { formatContentRange, parseContentRange } from './pagination';

describe('Content-Range', () => {
  it('formats a page as Connect does and parses it back', () => {
    expect(formatContentRange(100, 100, 1234)).toBe('items 100-199/1234');
    expect(parseContentRange('items 100-199/1234')).toEqual({ first: 100, last: 199, total: 1234 });
  });

  it('formats an empty page as items <offset>-<offset>/total, as django-rql does', () => {
    expect(formatContentRange(0, 0, 0)).toBe('items 0-0/0');
    expect(formatContentRange(5000, 0, 42)).toBe('items 5000-5000/42');
  });

  it('returns undefined for a missing or foreign header instead of throwing', () => {
    expect(parseContentRange(null)).toBeUndefined();
    expect(parseContentRange('bytes 0-99/100')).toBeUndefined();
    expect(parseContentRange('items */100')).toBeUndefined();
  });
});
