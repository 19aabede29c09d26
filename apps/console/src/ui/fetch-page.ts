import type { Page, Paginator } from '@connect-tokens/sdk';

/**
 * The first page of a lazy SDK list (the screens page by offset themselves, so they ask for one page at a time:
 * `fetchPage(client.tokens.list({ filter, limit: 25, offset: 50 }))`).
 */
export async function fetchPage<T>(paginator: Paginator<T>): Promise<Page<T>> {
  const pages = paginator.pages();
  try {
    const first = await pages.next();
    if (first.done) throw new Error('The list returned no page');
    return first.value;
  } finally {
    await pages.return(undefined);
  }
}
