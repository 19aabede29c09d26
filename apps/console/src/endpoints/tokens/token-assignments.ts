/**
 * Where each secondary token of a page is assigned: the endpoints and methods it may call. The API keeps mappings
 * per endpoint and has no account-wide list, so this asks one page of token endpoints, then each of them once for
 * the mappings of all the page's tokens (`endpoint_token.id=in(…)`): at most 1 + MAX_ENDPOINTS calls a page,
 * however many tokens the page shows, a few at a time.
 */
import { rql, type ConnectClient, type EndpointMapping } from '@connect-tokens/sdk';
import { fetchPage } from '../../ui/fetch-page';

/** How many endpoints are searched for assignments; beyond that the screen says the list is partial. */
export const MAX_ENDPOINTS = 50;
/** Mapping requests in flight at once. */
const CONCURRENCY = 4;

/** One assignment of a token: an endpoint and the method it may call there. */
export interface TokenAssignment {
  endpointId: string;
  endpointName: string;
  method: EndpointMapping['primary_token']['method'];
  /** False when the mapping is switched off. */
  enabled: boolean;
}

/** What {@link loadTokenAssignments} returns. */
export interface TokenAssignments {
  /** The token ids asked for, joined with commas (tells a screen whether the result is for the rows it shows). */
  forTokens: string;
  /** The assignments of each token id of the page (tokens without any are absent). */
  byToken: ReadonlyMap<string, readonly TokenAssignment[]>;
  /** How many token endpoints the account has, and how many of them were searched. */
  endpointsTotal: number;
  endpointsSearched: number;
}

const METHOD_ORDER = { GET: 0, POST: 1, DELETE: 2 } as const;

/** Loads the assignments of the given tokens. */
export async function loadTokenAssignments(
  client: ConnectClient,
  tokenIds: readonly string[],
  signal: AbortSignal,
): Promise<TokenAssignments> {
  const byToken = new Map<string, TokenAssignment[]>();
  const forTokens = tokenIds.join();
  if (tokenIds.length === 0) return { forTokens, byToken, endpointsTotal: 0, endpointsSearched: 0 };
  const page = await fetchPage(
    client.endpoints.list(
      { filter: rql.eq('authentication', 'token'), ordering: ['name'], limit: MAX_ENDPOINTS },
      { signal },
    ),
  );
  const endpoints = page.items;
  const total = page.total ?? endpoints.length;

  let next = 0;
  const worker = async () => {
    while (next < endpoints.length) {
      const endpoint = endpoints[next++]!;
      // Each token has at most one mapping a method, so one endpoint holds at most 3 a token.
      const mappings = await client.endpoints
        .mappings(endpoint.id, { filter: rql.in('endpoint_token.id', [...tokenIds]), limit: 100 }, { signal })
        .toArray({ max: tokenIds.length * 3 });
      for (const mapping of mappings) {
        const list = byToken.get(mapping.endpoint_token.id) ?? [];
        list.push({
          endpointId: endpoint.id,
          endpointName: endpoint.name,
          method: mapping.primary_token.method,
          enabled: mapping.enabled,
        });
        byToken.set(mapping.endpoint_token.id, list);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, endpoints.length) }, worker));
  for (const list of byToken.values()) {
    list.sort(
      (a, b) =>
        a.endpointName.localeCompare(b.endpointName) ||
        a.endpointId.localeCompare(b.endpointId) ||
        METHOD_ORDER[a.method] - METHOD_ORDER[b.method],
    );
  }
  return { forTokens, byToken, endpointsTotal: total, endpointsSearched: endpoints.length };
}
