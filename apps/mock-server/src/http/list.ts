/**
 * Lists: RQL filtering, search, ordering, select, and `limit`/`offset` pagination with `Content-Range`. Lists are
 * evaluated over the wire objects, so the field names of RQL (`extension.id`, `permissions.object.id`) are exactly
 * those of the responses and of the spec's `x-rql`.
 */
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, formatContentRange, parseQuery, RqlError } from '@connect-tokens/protocol';
import { compileFilter, compileOrdering } from '../rql';
import type { RqlRules } from '../spec/spec-model';
import type { ListQuery, RequestContext } from './context';
import { ApiError, jsonResponse } from './errors';

/** A compiled list query: what `ctx.list` holds. */
export interface CompiledListQuery extends ListQuery {
  predicate: ((item: unknown) => boolean) | undefined;
  comparator: ((a: unknown, b: unknown) => number) | undefined;
}

/** Reads `limit` and `offset` strictly (digits only; limit ≤ 1000), as VAL_001 errors. */
function readPaging(url: URL): { limit: number; offset: number } {
  const errors: string[] = [];
  const read = (name: 'limit' | 'offset', fallback: number): number => {
    const values = url.searchParams.getAll(name);
    if (values.length === 0) return fallback;
    if (values.length > 1) {
      errors.push(`${name}: must be given once`);
      return fallback;
    }
    const text = values[0]!;
    if (!/^\d{1,10}$/.test(text)) {
      errors.push(`${name}: must be a non-negative integer`);
      return fallback;
    }
    return Number(text);
  };
  const limit = read('limit', DEFAULT_PAGE_LIMIT);
  const offset = read('offset', 0);
  if (limit > MAX_PAGE_LIMIT) errors.push(`limit: must be <= ${MAX_PAGE_LIMIT}`);
  if (errors.length > 0) throw new ApiError('VAL_001', errors);
  return { limit, offset };
}

/** Parses and compiles the list query of a request against the operation's `x-rql` rules (400 RQL_001 on errors). */
export function compileListQuery(url: URL, rules: RqlRules): CompiledListQuery {
  const { limit, offset } = readPaging(url);
  try {
    const parsed = parseQuery(url.search);
    const predicate = parsed.filter ? (compileFilter(parsed.filter, { fields: rules.filters }) as (item: unknown) => boolean) : undefined;
    const comparator =
      parsed.ordering.length > 0 ? (compileOrdering(parsed.ordering, rules.ordering) as (a: unknown, b: unknown) => number) : undefined;
    if (parsed.search !== undefined && rules.search.length === 0) {
      throw new ApiError('RQL_001', 'search: this list does not support search');
    }
    return { parsed, limit, offset, predicate, comparator };
  } catch (error) {
    if (error instanceof RqlError) throw new ApiError('RQL_001', error.message);
    throw error;
  }
}

function valueAt(item: unknown, path: string): unknown[] {
  // Dotted paths fan out over arrays, so `permissions.object.id` searches every permission.
  let current: unknown[] = [item];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        for (const element of value) if (element && typeof element === 'object') next.push((element as Record<string, unknown>)[key]);
      } else if (value && typeof value === 'object') {
        next.push((value as Record<string, unknown>)[key]);
      }
    }
    current = next;
  }
  return current.flat();
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

/**
 * Applies the request's list query to `items` and answers with one page and its `Content-Range`.
 *
 * With `serialize`, `items` are store records and only what the query needs is serialized: every item when there is
 * a filter, search or ordering (they work on the wire objects), otherwise just the page. Each record is serialized at
 * most once.
 */
export function listResponse<T extends object>(ctx: RequestContext, items: readonly T[]): Response;
export function listResponse<R, T extends object>(ctx: RequestContext, items: readonly R[], serialize: (item: R) => T): Response;
export function listResponse<R, T extends object>(ctx: RequestContext, items: readonly R[], serialize?: (item: R) => T): Response {
  const list = ctx.list as CompiledListQuery | undefined;
  const rules = ctx.operation.rql ?? { filters: {}, ordering: [], search: [] };
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
  let out: readonly R[] = items;
  if (list?.predicate) out = out.filter((item) => list.predicate!(wire(item)));
  const search = list?.parsed.search?.trim().toLowerCase();
  if (search) {
    out = out.filter((item) =>
      rules.search.some((field) => valueAt(wire(item), field).some((v) => v !== null && v !== undefined && String(v).toLowerCase().includes(search))),
    );
  }
  if (list?.comparator) out = [...out].sort((a, b) => list.comparator!(wire(a), wire(b)));
  const limit = list?.limit ?? DEFAULT_PAGE_LIMIT;
  const offset = list?.offset ?? 0;
  const page = out.slice(offset, offset + limit).map(wire);
  // `select(-field)` drops fields, but never one the item schema requires: the page must still match the spec.
  const required = requiredItemFields(ctx);
  const excluded = (list?.parsed.select ?? [])
    .filter((term) => !term.include && !required.has(term.field.split('.')[0]!))
    .map((term) => term.field);
  const body = excluded.length === 0 ? page : page.map((item) => {
    const copy = { ...(item as Record<string, unknown>) };
    for (const path of excluded) dropPath(copy, path);
    return copy;
  });
  return jsonResponse(body, 200, { 'content-range': formatContentRange(offset, page.length, out.length) });
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
  const required = new Set(Array.isArray(item?.required) ? (item.required as unknown[]).filter((f): f is string => typeof f === 'string') : []);
  requiredCache.set(ctx.operation, required);
  return required;
}
