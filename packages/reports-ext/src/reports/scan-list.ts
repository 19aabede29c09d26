import type { PaginatedList } from '../client/reports-client';
import type { GenerateContext } from './report-types';

/**
 * Iterates a paginated list a page at a time, reporting progress per page against the list's size. The size comes
 * from one extra `limit=0` request; when it fails (an older server) progress is reported without a total rather than
 * failing the run. A page's progress is reported once the consumer has taken it.
 */
export async function* scanPages<T>(list: PaginatedList<T>, context: GenerateContext): AsyncGenerator<readonly T[]> {
  const total = await list.count().catch(() => undefined);
  context.signal.throwIfAborted();
  context.progress(0, total);
  let done = 0;
  for await (const page of list.pages()) {
    context.signal.throwIfAborted();
    yield page.items;
    done += page.items.length;
    context.progress(done, total);
  }
}
