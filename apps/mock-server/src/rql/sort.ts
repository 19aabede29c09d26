/**
 * Turns a parsed `ordering(...)` into a comparator for `Array.prototype.sort`.
 *
 * - Keys apply in order; later keys only break ties of earlier ones.
 * - Numbers compare numerically, booleans false < true, `Date`s chronologically, strings in UTF-16 code unit order
 *   (ISO timestamps in UTC, as the emulator stores them, therefore sort chronologically). Values of different kinds
 *   sort numbers, then booleans, then strings, then anything else, so the order is total and deterministic.
 * - `null` and missing values sort last in both directions, as Connect lists do.
 * - On a dotted path that fans out over an array, the first value found is the sort key.
 * - Ties return 0; `Array.prototype.sort` is stable, so tied items keep their (creation) order.
 */
import type { OrderingTerm } from '@connect-tokens/protocol';
import { RqlFieldError } from '@connect-tokens/protocol';
import { compilePath, firstValue, type FieldReader, type FieldReaders } from './path';

/** A compiled ordering. */
export type Comparator = (a: unknown, b: unknown) => number;

/**
 * A compiled ordering that sorts a whole list: a sorted copy, each item's keys read once rather than per comparison.
 * With `first`, only the first `first` items of that order are returned (a page needs no more), found without
 * sorting the rest.
 */
export type Sorter = <T>(items: readonly T[], first?: number) => T[];

function rank(value: unknown): number {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 0;
    case 'boolean':
      return 1;
    case 'string':
      return 2;
    default:
      return value instanceof Date ? 0 : 3;
  }
}

/** Compares two non-null values. */
function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0 || ra === 1) {
    const x = a instanceof Date ? a.getTime() : Number(a);
    const y = b instanceof Date ? b.getTime() : Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  return 0;
}

/** Compares two sort keys of one ordering term: missing keys last in either direction, ties 0. */
function compareKeys(x: unknown, y: unknown, sign: number): number {
  const xMissing = x === null || x === undefined;
  const yMissing = y === null || y === undefined;
  if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
  return compareValues(x, y) * sign;
}

interface SortKey {
  reader: FieldReader;
  sign: number;
}

function sortKeys(
  ordering: readonly OrderingTerm[],
  allowedFields: readonly string[],
  readers: FieldReaders | undefined,
): SortKey[] {
  return ordering.map(({ field, direction }) => {
    if (!allowedFields.includes(field)) {
      const list = allowedFields.length > 0 ? ` (sortable fields: ${allowedFields.join(', ')})` : '';
      throw new RqlFieldError(field, undefined, `ordering by '${field}' is not allowed${list}`);
    }
    return { reader: readers?.(field) ?? compilePath(field.split('.')), sign: direction === 'desc' ? -1 : 1 };
  });
}

/**
 * Compiles `ordering` into a comparator, after checking every field against `allowedFields`. An empty ordering
 * compiles to a comparator that keeps the original order. `readers` read fields other than as dotted paths.
 *
 * @throws RqlFieldError naming the first field that may not be ordered on.
 */
export function compileOrdering(
  ordering: readonly OrderingTerm[],
  allowedFields: readonly string[],
  readers?: FieldReaders,
): Comparator {
  const keys = sortKeys(ordering, allowedFields, readers);
  return (a, b) => {
    for (const { reader, sign } of keys) {
      const result = compareKeys(firstValue(reader, a), firstValue(reader, b), sign);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/**
 * Compiles `ordering` into a {@link Sorter} with the same order as {@link compileOrdering}'s comparator (stable:
 * ties keep their order in the input), which reads every key once per item instead of twice per comparison.
 *
 * @throws RqlFieldError naming the first field that may not be ordered on.
 */
export function compileSort(
  ordering: readonly OrderingTerm[],
  allowedFields: readonly string[],
  readers?: FieldReaders,
): Sorter {
  const keys = sortKeys(ordering, allowedFields, readers);
  return <T>(items: readonly T[], first = items.length): T[] => {
    if (keys.length === 0) return items.slice(0, first);
    const columns = keys.map(({ reader }) => items.map((item) => firstValue(reader, item)));
    const signs = keys.map(({ sign }) => sign);
    // Ties are broken by position, so the order is total and equal to a stable sort's.
    const compare = (a: number, b: number): number => {
      for (let k = 0; k < columns.length; k++) {
        const column = columns[k] as unknown[];
        const result = compareKeys(column[a], column[b], signs[k] as number);
        if (result !== 0) return result;
      }
      return a - b;
    };
    const order =
      first * 4 < items.length ? smallest(items.length, Math.max(0, first), compare) : items.map((_, index) => index);
    order.sort(compare);
    return order.slice(0, first).map((index) => items[index] as T);
  };
}

/** The `count` smallest of the indices `0 … length - 1` under a total order, unsorted (a bounded max-heap). */
function smallest(length: number, count: number, compare: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  if (count === 0) return heap;
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const larger = right < heap.length && compare(heap[right] as number, heap[left] as number) > 0 ? right : left;
      if (compare(heap[larger] as number, heap[at] as number) <= 0) return;
      [heap[at], heap[larger]] = [heap[larger] as number, heap[at] as number];
      at = larger;
    }
  };
  for (let index = 0; index < length; index++) {
    if (heap.length < count) {
      heap.push(index);
      // Sift up.
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (compare(heap[at] as number, heap[parent] as number) <= 0) break;
        [heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number];
        at = parent;
      }
    } else if (compare(index, heap[0] as number) < 0) {
      heap[0] = index;
      siftDown(0);
    }
  }
  return heap;
}
