/**
 * Dotted-path lookup over the emulator's wire objects, shared by filtering and ordering so both see the same value.
 */

/**
 * Returns the values at a dotted path (`events.created.at`). Arrays met on the way fan out, so
 * `permissions.object.id` yields the id of every permission; an array at the end of the path is returned as is (for
 * `empty()` and element matching). A missing key, a non-object on the way, or an empty array on the way gives
 * `[undefined]`, so that `null()` matches "not there".
 *
 * Only own properties are read: a field named `constructor` or `__proto__` never reaches the prototype.
 */
export function resolvePath(item: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [item];
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth] as string;
    const next: unknown[] = [];
    for (const value of current) {
      // The root object is never fanned out; arrays are fanned out only when a key still has to be looked up in them.
      for (const element of depth > 0 && Array.isArray(value) ? value : [value]) {
        next.push(
          element !== null && typeof element === 'object' && Object.hasOwn(element, key)
            ? (element as Record<string, unknown>)[key]
            : undefined,
        );
      }
    }
    current = next;
  }
  return current.length === 0 ? [undefined] : current;
}

/**
 * How filtering, search and ordering read one field of an item. It must give exactly what {@link resolvePath} gives
 * for the field on the item's wire object, either as that one value (`fansOut: false`: the path meets no array on
 * the way, so `resolvePath` would return `[value]`) or as the whole list of values (`fansOut: true`).
 *
 * Lists of store records pass readers that look at the records directly, so that a filter over 100k tokens does not
 * have to build 100k wire objects first.
 */
export type FieldReader<T = unknown> =
  | {
      readonly fansOut: false;
      readonly read: (item: T) => unknown;
      /**
       * `read(item)` as epoch milliseconds when it is an ISO date text (`isoTime`), else `undefined`. Optional: a
       * reader that keeps the parsed date saves range filters a `Date.parse` per item.
       */
      readonly time?: (item: T) => number | undefined;
      /**
       * `read(item)` as text (numbers and booleans as `String()`) lower-cased, or `undefined` for anything else.
       * Optional: a reader that keeps the folded text saves `ilike` and `search` a `toLowerCase()` per item.
       */
      readonly folded?: (item: T) => string | undefined;
    }
  | { readonly fansOut: true; readonly read: (item: T) => readonly unknown[] };

/** Finds the reader of a field, or `undefined` to read it from the item with {@link compilePath}. */
export type FieldReaders = (field: string) => FieldReader | undefined;

/** A {@link FieldReader} of a dotted path over wire objects, equivalent to {@link resolvePath}. */
export function compilePath(path: readonly string[]): FieldReader {
  if (path.length === 1) {
    const key = path[0] as string;
    return {
      fansOut: false,
      read: (item) =>
        item !== null && typeof item === 'object' && Object.hasOwn(item, key)
          ? (item as Record<string, unknown>)[key]
          : undefined,
    };
  }
  return { fansOut: true, read: (item) => resolvePath(item, path) };
}

/** The first value a reader finds (the sort key of an item): `resolvePath(item, path)[0]`. */
export function firstValue<T>(reader: FieldReader<T>, item: T): unknown {
  return reader.fansOut ? reader.read(item)[0] : reader.read(item);
}
