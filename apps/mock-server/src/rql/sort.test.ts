import { RqlFieldError, parseQuery, type OrderingTerm } from '@connect-tokens/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileOrdering, compileSort } from './sort';

const allowed = ['name', 'count', 'events.created.at', 'enabled', 'permissions.object.id', 'mixed'];

const items = [
  { id: 1, name: 'b', count: 2, enabled: true, events: { created: { at: '2024-01-02T00:00:00.000Z' } } },
  { id: 2, name: 'a', count: 10, enabled: false, events: { created: { at: '2024-01-01T00:00:00.000Z' } } },
  { id: 3, name: null, count: 2, enabled: true, events: null },
  { id: 4, name: 'c', count: 1, enabled: false, events: { created: { at: '2023-06-01T00:00:00.000Z' } } },
  { id: 5, count: 10, enabled: true, events: { created: { at: '2024-01-01T00:00:00.000Z' } } },
];

/** Ids of `items` sorted by a query's ordering, after checking that the comparator and the sorter agree. */
const order = (raw: string, list: readonly object[] = items) => {
  const ordering = parseQuery(raw).ordering;
  const byComparator = [...list].sort(compileOrdering(ordering, allowed)).map((item) => (item as { id: number }).id);
  const bySorter = compileSort(ordering, allowed)(list).map((item) => (item as { id: number }).id);
  expect(bySorter).toEqual(byComparator);
  return bySorter;
};

describe('compileOrdering', () => {
  it('sorts ascending and descending with nulls last either way', () => {
    expect(order('ordering(name)')).toEqual([2, 1, 4, 3, 5]);
    expect(order('ordering(-name)')).toEqual([4, 1, 2, 3, 5]);
  });

  it('compares numbers numerically, not as text', () => {
    expect(order('ordering(count)')).toEqual([4, 1, 3, 2, 5]);
    expect(order('ordering(-count)')).toEqual([2, 5, 1, 3, 4]);
  });

  it('uses later keys to break ties and is stable after that', () => {
    expect(order('ordering(-count,name)')).toEqual([2, 5, 1, 3, 4]);
    expect(order('ordering(enabled,-count)')).toEqual([2, 4, 5, 1, 3]);
    expect(order('ordering(-events.created.at,-count)')).toEqual([1, 2, 5, 4, 3]);
    expect(order('ordering(-events.created.at)')).toEqual([1, 2, 5, 4, 3]);
    expect(order('')).toEqual([1, 2, 3, 4, 5]);
  });

  it('sorts by the first value of a fanned-out path and orders mixed kinds deterministically', () => {
    const list = [
      { id: 1, permissions: [{ object: { id: 'MD-2' } }, { object: { id: 'MD-0' } }] },
      { id: 2, permissions: [] },
      { id: 3, permissions: [{ object: { id: 'MD-1' } }] },
    ];
    expect(order('ordering(permissions.object.id)', list)).toEqual([3, 1, 2]);
    const mixed = [
      { id: 1, mixed: 'x' },
      { id: 2, mixed: 5 },
      { id: 3, mixed: true },
      { id: 4, mixed: { a: 1 } },
    ];
    expect(order('ordering(mixed)', mixed)).toEqual([2, 3, 1, 4]);
  });

  it('rejects fields that may not be ordered on', () => {
    expect(() => compileOrdering([{ field: 'secret', direction: 'asc' }], allowed)).toThrow(RqlFieldError);
    expect(() => compileOrdering([{ field: 'secret', direction: 'asc' }], ['name'])).toThrow(
      "ordering by 'secret' is not allowed (sortable fields: name)",
    );
  });
});

describe('compileSort', () => {
  it('sorts exactly as Array.prototype.sort with the comparator, ties in input order, without touching the input', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.integer({ min: -3, max: 3 }),
      fc.boolean(),
      fc.constantFrom('a', 'b', 'B', ''),
    );
    const item = fc.record({
      name: value,
      count: value,
      mixed: value,
      events: fc.option(fc.record({ created: fc.record({ at: value }) })),
    });
    const term = fc.record({
      field: fc.constantFrom('name', 'count', 'mixed', 'events.created.at'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.array(term, { maxLength: 3 }),
        fc.nat({ max: 70 }),
        (list, ordering: OrderingTerm[], first) => {
          const tagged = list.map((entry, id) => ({ ...entry, id }));
          const before = [...tagged];
          const expected = [...tagged].sort(compileOrdering(ordering, allowed));
          const sort = compileSort(ordering, allowed);
          expect(sort(tagged)).toEqual(expected);
          // Just the first items (a page), picked without sorting the rest.
          expect(sort(tagged, first)).toEqual(expected.slice(0, first));
          expect(tagged).toEqual(before);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads keys through the given field readers', () => {
    const list = [
      { id: 1, n: 'b' },
      { id: 2, n: 'a' },
    ];
    const sorted = compileSort([{ field: 'name', direction: 'asc' }], ['name'], (field) =>
      field === 'name' ? { fansOut: false, read: (item) => (item as { n: string }).n } : undefined,
    )(list);
    expect(sorted.map((item) => item.id)).toEqual([2, 1]);
  });

  it('rejects fields that may not be ordered on', () => {
    expect(() => compileSort([{ field: 'secret', direction: 'asc' }], ['name'])).toThrow(RqlFieldError);
  });
});
