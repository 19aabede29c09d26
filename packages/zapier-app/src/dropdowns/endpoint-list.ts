import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { endpointFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { endpointSample } from '../samples';
import type { Endpoint } from '../types';

/** Dropdown pages are short so the first one shows quickly; Zapier asks for more as the user scrolls. */
const PAGE_SIZE = 50;

async function perform(z: ZObject, bundle: Bundle): Promise<Endpoint[]> {
  const { limit, offset } = pageWindow(bundle, PAGE_SIZE);
  return withConnect(z, bundle, (client) => firstPage(client.endpoints.list({ ordering: ['name'], limit, offset })));
}

/** Hidden trigger behind every "Endpoint" dropdown. Primary token values are masked in lists. */
export const endpointList = {
  key: 'endpoint_list',
  noun: 'Endpoint',
  display: {
    label: 'List of Endpoints',
    description: 'Triggers when an integration endpoint is created. Hidden: feeds the Endpoint dropdowns.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    canPaginate: true,
    sample: endpointSample,
    outputFields: endpointFields,
  },
} satisfies Trigger;
