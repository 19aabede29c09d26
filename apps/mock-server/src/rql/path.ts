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
        next.push(element !== null && typeof element === 'object' && Object.hasOwn(element, key) ? (element as Record<string, unknown>)[key] : undefined);
      }
    }
    current = next;
  }
  return current.length === 0 ? [undefined] : current;
}
