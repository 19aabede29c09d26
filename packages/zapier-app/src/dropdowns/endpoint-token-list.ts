import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { firstPage, pageWindow } from '../paging';
import { endpointTokenSample } from '../samples';
import type { EndpointToken } from '../types';

const PAGE_SIZE = 50;

async function perform(z: ZObject, bundle: Bundle): Promise<EndpointToken[]> {
  const { limit, offset } = pageWindow(bundle, PAGE_SIZE);
  return withConnect(z, bundle, (client) =>
    firstPage(client.endpointTokens.list({ ordering: ['name'], limit, offset })),
  );
}

/** Hidden trigger behind the "Endpoint Token" filter dropdown: the account's secondary endpoint tokens (values masked). */
export const endpointTokenList = {
  key: 'endpoint_token_list',
  noun: 'Endpoint Token',
  display: {
    label: 'List of Endpoint Tokens',
    description: 'Triggers when a secondary endpoint token is created. Hidden: feeds the Endpoint Token dropdown.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    canPaginate: true,
    sample: endpointTokenSample,
    outputFields: [
      { key: 'id', label: 'Endpoint Token ID' },
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description' },
      { key: 'status', label: 'Status' },
      { key: 'value', label: 'Value (masked)' },
    ],
  },
} satisfies Trigger;
