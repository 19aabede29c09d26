/**
 * Lists: RQL filtering, search, ordering, select, and `limit`/`offset` pagination with `Content-Range`. The field
 * names of RQL (`extension.id`, `permissions.object.id`) are exactly those of the responses and of the spec's
 * `x-rql`. Lists of store records read those fields straight from the records (`RecordList.fields`), so a filter
 * over a large store serializes only the page it returns.
 */
import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  formatContentRange,
  parseQuery,
  RqlError,
  type ParsedQuery,
  type RqlNode,
} from '@connect-tokens/protocol';
import {
  compileFilter,
  compileOrdering,
  compilePath,
  compileSort,
  type FieldReader,
  type FieldReaders,
  type Predicate,
  type Sorter,
} from '../rql';
import type { RqlRules } from '../spec/spec-model';
import type { ListQuery, RequestContext } from './context';
import { ApiError, jsonResponse, jsonTextResponse } from './errors';

/** A compiled list query: what `ctx.list` holds. `predicate` and `sorter` work on wire objects. */
export interface CompiledListQuery extends ListQuery {
  predicate: Predicate | undefined;
  sorter: Sorter | undefined;
}

/**
 * Store records behind a list, for {@link listResponse}: how to serialize one, and how to read wire fields from one
 * without serializing it.
 */
export interface RecordList<R, T extends object> {
  /** The wire object of a record. */
  serialize: (record: R) => T;
  /**
   * `JSON.stringify(serialize(record))`, from a list that can answer it for less (texts kept between requests): a
   * page without `select(-field)` is then written from these texts.
   */
  json?: (record: R) => string;
  /**
   * Wire field (`extension.id`) → its reader over records, which must read exactly what the field holds in
   * `serialize(record)`. Filters, search and ordering on other fields serialize the record (once) and read it there.
   */
  fields?: Readonly<Record<string, FieldReader<R>>>;
  /**
   * The items a query selects, in its order, as `select()` works them out, or `undefined` to have the list work out
   * only its page: a list whose items have not changed since may answer what it kept for the same `key` (the query's
   * filter, search and ordering), so paging through one query costs each page about its size. `eager` says the page
   * costs `select()` anyway; otherwise a list may wait until a key is asked for again before keeping it. `compare`
   * (the ordering over `fields`' readers, ties 0) comes with the whole list in an order, to mend it after a change.
   */
  kept?: (
    key: string,
    select: () => readonly R[],
    eager: boolean,
    compare?: (a: R, b: R) => number,
  ) => readonly R[] | undefined;
}

/** The response header naming filtered properties the list does not declare (and so ignored). */
export const IGNORED_FILTERS_HEADER = 'x-connect-ignored-filters';

/**
 * Reads `limit` and `offset` as django-rql's `RQLContentRangeLimitOffsetPagination` does (DRF's `_positive_int`,
 * non-strict): `limit` above the maximum is capped, a non-numeric or negative one falls back to the default;
 * `offset` that is not a non-negative integer is 0. A repeated parameter counts by its last value, as Django's
 * `QueryDict.get` reads it.
 */
function readPaging(url: URL): { limit: number; offset: number } {
  const read = (name: 'limit' | 'offset', fallback: number): number => {
    const values = url.searchParams.getAll(name);
    const text = values[values.length - 1]?.trim();
    if (text === undefined || !/^\+?\d+$/.test(text)) return fallback;
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : fallback;
  };
  return { limit: Math.min(read('limit', DEFAULT_PAGE_LIMIT), MAX_PAGE_LIMIT), offset: read('offset', 0) };
}

/** The query string without its `limit=` and `offset=` parameters. */
function withoutPaging(search: string): string {
  if (!/(^|[?&])(limit|offset)=/.test(search)) return search;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => !/^(limit|offset)=/.test(part));
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/**
 * The filter without terms on properties the operation does not declare, as django-rql turns each into an empty `Q`
 * (so `and`/`or` keep their other terms, and a `not` of a dropped term goes too). The dropped property names are
 * added to `ignored`.
 */
function dropUndeclaredFilters(
  node: RqlNode,
  declared: Readonly<Record<string, unknown>>,
  ignored: Set<string>,
): RqlNode | undefined {
  switch (node.op) {
    case 'and':
    case 'or': {
      const args = node.args
        .map((arg) => dropUndeclaredFilters(arg, declared, ignored))
        .filter((arg): arg is RqlNode => arg !== undefined);
      if (args.length === 0) return undefined;
      return args.length === node.args.length ? node : args.length === 1 ? args[0] : { op: node.op, args };
    }
    case 'not': {
      const arg = dropUndeclaredFilters(node.arg, declared, ignored);
      return arg === undefined ? undefined : arg === node.arg ? node : { op: 'not', arg };
    }
    default:
      if (Object.hasOwn(declared, node.field)) return node;
      ignored.add(node.field);
      return undefined;
  }
}

/** Runs an RQL compilation step, turning its errors into 400 RQL_001. */
function rqlStep<T>(compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof RqlError) throw new ApiError('RQL_001', error.message);
    throw error;
  }
}

/** Parses and compiles the list query of a request against the operation's `x-rql` rules (400 RQL_001 on errors). */
export function compileListQuery(url: URL, rules: RqlRules): CompiledListQuery {
  const { limit, offset } = readPaging(url);
  return rqlStep(() => {
    // Paging was read leniently above; the strict parser must not see it again (it refuses `limit=-1` and repeats).
    const query = parseQuery(withoutPaging(url.search));
    const ignored = new Set<string>();
    const filter = query.filter ? dropUndeclaredFilters(query.filter, rules.filters, ignored) : undefined;
    const parsed: ParsedQuery = filter === query.filter ? query : { ...query, filter };
    const predicate = parsed.filter ? compileFilter(parsed.filter, { fields: rules.filters }) : undefined;
    const sorter = parsed.ordering.length > 0 ? compileSort(parsed.ordering, rules.ordering) : undefined;
    if (parsed.search !== undefined && rules.search.length === 0) {
      throw new ApiError('RQL_001', 'search: this list does not support search');
    }
    return { parsed, limit, offset, predicate, sorter, ignoredFilters: [...ignored].sort() };
  });
}

function dropPath(item: Record<string, unknown>, path: string): void {
  const [head, ...rest] = path.split('.');
  if (head === undefined || !Object.hasOwn(item, head)) return;
  if (rest.length === 0) {
    delete item[head];
    return;
  }
  const child = item[head];
  if (child && typeof child === 'object' && !Array.isArray(child)) {
    const copy = { ...(child as Record<string, unknown>) };
    dropPath(copy, rest.join('.'));
    item[head] = copy;
  }
}

/** `search=`: whether any value of any search field (or an element of an array there) contains `needle`, ignoring case. */
function searchPredicate(readers: readonly FieldReader[], needle: string): Predicate {
  const hit = (v: unknown): boolean => v !== null && v !== undefined && String(v).toLowerCase().includes(needle);
  const inValue = (v: unknown): boolean => (Array.isArray(v) ? v.some(hit) : hit(v));
  const tests = readers.map((reader): Predicate => {
    if (reader.fansOut) return (item) => reader.read(item).some(inValue);
    const { read, folded } = reader;
    if (!folded) return (item) => inValue(read(item));
    // The reader's memo of the folded text; what it does not cover (objects, arrays) is read as before.
    return (item) => folded(item)?.includes(needle) ?? inValue(read(item));
  });
  return (item) => tests.some((test) => test(item));
}

/**
 * Applies the request's list query to `items` and answers with one page and its `Content-Range`.
 *
 * With `serialize` (or a {@link RecordList}), `items` are store records and only what the response needs is
 * serialized: the page, plus — for filters, search or ordering on a field without a record reader — the records
 * looked at. Each record is serialized at most once per request.
 */
export function listResponse<T extends object>(ctx: RequestContext, items: readonly T[]): Response;
export function listResponse<R, T extends object>(
  ctx: RequestContext,
  items: readonly R[],
  serialize: (item: R) => T,
): Response;
export function listResponse<R, T extends object>(
  ctx: RequestContext,
  items: readonly R[],
  records: RecordList<R, T>,
): Response;
export function listResponse<R, T extends object>(
  ctx: RequestContext,
  items: readonly R[],
  source?: ((item: R) => T) | RecordList<R, T>,
): Response {
  const list = ctx.list as CompiledListQuery | undefined;
  const rules = ctx.operation.rql ?? { filters: {}, ordering: [], search: [] };
  const records = typeof source === 'function' ? { serialize: source } : source;
  const serialize = records?.serialize;
  const memo = serialize ? new Map<R, T>() : undefined;
  const wire = (item: R): T => {
    if (!serialize) return item as unknown as T;
    let value = memo!.get(item);
    if (value === undefined) {
      value = serialize(item);
      memo!.set(item, value);
    }
    return value;
  };
  const readers: FieldReaders | undefined = serialize
    ? (field) => recordReader(records.fields, field, wire as (item: unknown) => T)
    : undefined;
  const parsed = list?.parsed;
  const ordering = parsed && parsed.ordering.length > 0 ? parsed.ordering : undefined;
  // Compiled before any kept answer is used, so a bad query fails the same way every time.
  const predicate = parsed?.filter
    ? !readers && list?.predicate
      ? list.predicate
      : rqlStep(() => compileFilter(parsed.filter, { fields: rules.filters, readers }))
    : undefined;
  const search = parsed?.search?.trim().toLowerCase() || undefined;
  const matches = search
    ? searchPredicate(
        rules.search.map((field) => readers?.(field) ?? compilePath(field.split('.'))),
        search,
      )
    : undefined;
  const sorter = ordering
    ? !readers && list?.sorter
      ? list.sorter
      : rqlStep(() => compileSort(ordering, rules.ordering, readers))
    : undefined;
  const selected = (): readonly R[] => {
    let out = items;
    if (predicate) out = out.filter(predicate);
    if (matches) out = out.filter(matches);
    return out;
  };
  const limit = list?.limit ?? DEFAULT_PAGE_LIMIT;
  const offset = list?.offset ?? 0;
  const kept = records?.kept;
  let out: readonly R[] | undefined;
  if (kept && (predicate || matches || sorter)) {
    const orderKey = (ordering ?? []).map((term) => `${term.direction === 'desc' ? '-' : ''}${term.field}`).join(',');
    // A first page of an ordering is found without sorting the rest; deeper pages cost a sort of everything anyway.
    const eager = !sorter || (offset + limit) * 4 >= items.length;
    // Every query with this ordering shares the whole list in order (filtering keeps relative order). Its comparator,
    // to mend that order after a change, reads the records' own readers only, never a wire object of this request.
    const sortAll = () => sorter!(items);
    const own = records.fields;
    const live = ordering?.every((term) => own !== undefined && Object.hasOwn(own, term.field));
    const compare = ordering && live ? rqlStep(() => compileOrdering(ordering, rules.ordering, readers)) : undefined;
    const wholeKey = JSON.stringify([null, null, orderKey]);
    if (!predicate && !matches) {
      out = kept(wholeKey, sortAll, eager, compare);
    } else {
      out = kept(
        JSON.stringify([parsed?.filter ?? null, search ?? null, orderKey]),
        () => {
          const chosen = selected();
          if (!sorter) return chosen;
          const whole = kept(wholeKey, sortAll, true, compare) ?? sortAll();
          const inSelection = new Set(chosen);
          return whole.filter((item) => inSelection.has(item));
        },
        eager,
      );
    }
  }
  let total: number;
  if (out) {
    total = out.length;
  } else {
    out = selected();
    total = out.length;
    // Only the items up to the end of the page have to be put in order.
    if (sorter) out = sorter(out, offset + limit);
  }
  const chosen = out.slice(offset, offset + limit);
  const contentRange = { 'content-range': formatContentRange(offset, chosen.length, total) };
  // `select(-field)` drops fields, but never one the item schema requires: the page must still match the spec.
  const required = requiredItemFields(ctx);
  const excluded = (parsed?.select ?? [])
    .filter((term) => !term.include && !required.has(term.field.split('.')[0]!))
    .map((term) => term.field);
  const json = records?.json;
  // The same text as `JSON.stringify` of the array of wire objects.
  if (json && excluded.length === 0) return jsonTextResponse(`[${chosen.map(json).join(',')}]`, 200, contentRange);
  const page = chosen.map(wire);
  const body =
    excluded.length === 0
      ? page
      : page.map((item) => {
          const copy = { ...(item as Record<string, unknown>) };
          for (const path of excluded) dropPath(copy, path);
          return copy;
        });
  return jsonResponse(body, 200, contentRange);
}

/** The reader of `field` over records: the list's own, or the dotted path read from the serialized record. */
function recordReader<R>(
  fields: Readonly<Record<string, FieldReader<R>>> | undefined,
  field: string,
  wire: (item: unknown) => object,
): FieldReader {
  const own = fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (own) return own as FieldReader;
  const path = compilePath(field.split('.'));
  if (path.fansOut) {
    const read = path.read;
    return { fansOut: true, read: (item) => read(wire(item)) };
  }
  const read = path.read;
  return { fansOut: false, read: (item) => read(wire(item)) };
}

const requiredCache = new WeakMap<object, Set<string>>();

/** Top-level `required` fields of the items of the operation's 200 response (following one `$ref`). */
function requiredItemFields(ctx: RequestContext): Set<string> {
  const cached = requiredCache.get(ctx.operation);
  if (cached) return cached;
  const document = ctx.runtime.spec.document;
  const resolve = (pointer: string | undefined): Record<string, unknown> | undefined => {
    if (!pointer?.startsWith('#/')) return undefined;
    let node: unknown = document;
    for (const raw of pointer.slice(2).split('/')) {
      if (!node || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (node && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string') {
      return resolve((node as { $ref: string }).$ref);
    }
    return node && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
  };
  const array = resolve(ctx.operation.responses['200']);
  const items = array?.items as { $ref?: string } | undefined;
  const item = items?.$ref ? resolve(items.$ref) : (items as Record<string, unknown> | undefined);
  const required = new Set(
    Array.isArray(item?.required) ? (item.required as unknown[]).filter((f): f is string => typeof f === 'string') : [],
  );
  requiredCache.set(ctx.operation, required);
  return required;
}
