/**
 * Request bodies read the way Django REST framework reads them (issue 21 item 2): keys a write schema does not
 * declare, and properties it marks `readOnly`, are ignored rather than refused, at every nesting level the schema
 * describes. So a client may send back the object it got from `GET` with one field edited. What was ignored is named
 * (`a.b` for nested keys, sorted) for the `X-Connect-Ignored-Fields` response header; a wrong type or value of a
 * declared field is still a 400 from the schema.
 */

type Schema = Record<string, unknown>;

/** The response header naming the ignored body keys. */
export const IGNORED_FIELDS_HEADER = 'x-connect-ignored-fields';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function lookUp(document: unknown, pointer: string): Schema | undefined {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    if (!isPlainObject(node)) return undefined;
    node = node[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return isPlainObject(node) ? node : undefined;
}

/** Pointers already looked up, per spec document: every body walks the same few schemas, and the spec never changes. */
const resolved = new WeakMap<Schema, Map<string, Schema | undefined>>();

function resolvePointer(document: unknown, pointer: string): Schema | undefined {
  if (!isPlainObject(document)) return undefined;
  let byPointer = resolved.get(document);
  if (byPointer === undefined) {
    byPointer = new Map();
    resolved.set(document, byPointer);
  }
  if (byPointer.has(pointer)) return byPointer.get(pointer);
  const schema = lookUp(document, pointer);
  byPointer.set(pointer, schema);
  return schema;
}

/** Follows `$ref`s (a sibling `description` next to a `$ref` changes nothing here). */
function deref(document: unknown, schema: Schema | undefined, seen = 0): Schema | undefined {
  if (!schema || seen > 32) return schema;
  return typeof schema.$ref === 'string' ? deref(document, resolvePointer(document, schema.$ref), seen + 1) : schema;
}

/** The one branch of a `oneOf`/`anyOf` that describes objects, if exactly one does (`RateLimit | null`). */
function objectBranch(document: unknown, schema: Schema): Schema | undefined {
  const branches = (schema.oneOf ?? schema.anyOf) as unknown;
  if (!Array.isArray(branches)) return schema;
  const objects = branches
    .map((b) => deref(document, b as Schema))
    .filter((b): b is Schema => b !== undefined && isPlainObject(b.properties));
  return objects.length === 1 ? objects[0] : undefined;
}

function strip(
  document: unknown,
  schemaIn: Schema | undefined,
  value: unknown,
  prefix: string,
  ignored: string[],
): unknown {
  const resolved = deref(document, schemaIn);
  if (!resolved) return value;
  if (Array.isArray(value)) {
    const items = deref(document, resolved.items as Schema | undefined);
    if (!items) return value;
    return value.map((item, i) => strip(document, items, item, `${prefix}${i}.`, ignored));
  }
  if (!isPlainObject(value)) return value;
  const schema = objectBranch(document, resolved);
  const properties = schema?.properties;
  if (!schema || !isPlainObject(properties)) return value;
  // Only a closed schema names every key it takes; an open one (`additionalProperties` allowed) keeps the rest.
  const closed = schema.additionalProperties === false;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const declared = Object.hasOwn(properties, key) ? deref(document, properties[key] as Schema) : undefined;
    const readOnly = declared?.readOnly === true || (properties[key] as Schema | undefined)?.readOnly === true;
    if ((declared === undefined && closed) || readOnly) {
      ignored.push(`${prefix}${key}`);
      continue;
    }
    out[key] = declared ? strip(document, declared, child, `${prefix}${key}.`, ignored) : child;
  }
  return out;
}

/**
 * `body` without the keys the schema at `pointer` (a JSON pointer into `document`) does not declare or marks
 * `readOnly`, and the dotted names of those keys, sorted. The input is not modified.
 */
export function dropIgnoredFields(
  document: unknown,
  pointer: string,
  body: unknown,
): { body: unknown; ignored: string[] } {
  const ignored: string[] = [];
  const kept = strip(document, resolvePointer(document, pointer), body, '', ignored);
  return { body: kept, ignored: ignored.sort() };
}
