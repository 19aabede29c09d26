import type { PaginatedList } from '../client/reports-client';
import type { GenerateContext } from './report-types';

/**
 * Iterates a paginated list, reporting progress per item against the list's size. The size comes from one extra
 * `limit=0` request; when it fails (an older server) progress is reported without a total rather than failing the run.
 */
export async function* scanList<T>(list: PaginatedList<T>, context: GenerateContext): AsyncGenerator<T> {
  const total = await list.count().catch(() => undefined);
  context.signal.throwIfAborted();
  context.progress(0, total);
  let done = 0;
  for await (const item of list) {
    context.signal.throwIfAborted();
    yield item;
    done += 1;
    context.progress(done, total);
  }
}
