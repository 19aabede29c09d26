import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { tokenFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { restHook } from '../rest-hook';
import { tokenSample } from '../samples';
import { tokenOfEvent } from '../token-items';
import type { Token } from '../types';
import { deliveries } from '../webhook-payload';

const EVENTS = ['token.created'] as const;

/** Hook: the token a `token.created` delivery names, as it is now (deliveries carry only its id and name). */
async function perform(z: ZObject, bundle: Bundle): Promise<Token[]> {
  const received = deliveries(bundle, EVENTS);
  if (received.length === 0) return [];
  return withConnect(z, bundle, async (client) => {
    const tokens = await Promise.all(received.map((delivery) => tokenOfEvent(client, delivery.event)));
    return tokens.filter((token): token is Token => token !== undefined);
  });
}

/** Polling fallback and sample: newest tokens first, one page per Zapier page. */
async function performList(z: ZObject, bundle: Bundle): Promise<Token[]> {
  const { limit, offset } = pageWindow(bundle);
  return withConnect(z, bundle, (client) =>
    firstPage(client.tokens.list({ ordering: ['-events.created.at'], limit, offset })),
  );
}

export const newToken = {
  key: 'new_token',
  noun: 'Token',
  display: {
    label: 'New Token',
    description: 'Triggers when a new API token is created in the account.',
  },
  operation: {
    type: 'hook',
    ...restHook('New Token', EVENTS),
    perform,
    performList,
    canPaginate: true,
    sample: tokenSample,
    outputFields: tokenFields,
  },
} satisfies Trigger;
