/**
 * The reference a token list is held to in tests: the query evaluated by the generic RQL code over every token
 * serialized afresh at the platform's current instant, with none of the store's readers, memos or indexes.
 */
import { parseQuery } from '@connect-tokens/protocol';
import { serializeTokenAt } from '../src/handlers/serializers';
import type { MockPlatform } from '../src/index';
import { compileFilter, compileSort, resolvePath } from '../src/rql';

/** The `x-rql` rules of a list operation (`GET /auth/tokens` unless another path is named). */
export function listRules(platform: MockPlatform, path = '/auth/tokens') {
  const operation = platform.spec.operations.find((op) => op.method === 'GET' && op.path === path);
  if (!operation?.rql) throw new Error(`GET ${path} has no x-rql`);
  return operation.rql;
}

/** Every token the query (`?…`, paging ignored) selects, in its order, as wire objects. */
export function referenceTokenList(platform: MockPlatform, search: string): ReturnType<typeof serializeTokenAt>[] {
  const rules = listRules(platform);
  const parsed = parseQuery(search);
  const now = platform.clock.now();
  let wire = platform.store.tokens
    .list()
    .reverse()
    .map((token) => serializeTokenAt(token, now));
  if (parsed.filter) wire = wire.filter(compileFilter(parsed.filter, { fields: rules.filters }));
  const needle = parsed.search?.trim().toLowerCase();
  if (needle)
    wire = wire.filter((t) =>
      rules.search.some((f) =>
        resolvePath(t, f.split('.')).some((v) => v != null && String(v).toLowerCase().includes(needle)),
      ),
    );
  if (parsed.ordering.length > 0) wire = compileSort(parsed.ordering, rules.ordering)(wire);
  return wire;
}
