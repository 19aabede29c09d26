import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { tokenFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { tokenSample } from '../samples';
import type { Token } from '../types';

/** Dropdown pages are short so the first one shows quickly; Zapier asks for more as the user scrolls. */
const PAGE_SIZE = 50;

async function perform(z: ZObject, bundle: Bundle): Promise<Token[]> {
  const { limit, offset } = pageWindow(bundle, PAGE_SIZE);
  return withConnect(z, bundle, (client) => firstPage(client.tokens.list({ ordering: ['name'], limit, offset })));
}

/** Hidden trigger behind every "Token" dropdown. */
export const tokenList = {
  key: 'token_list',
  noun: 'Token',
  display: {
    label: 'List of Tokens',
    description: 'Triggers when an API token is created. Hidden: feeds the Token dropdowns.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    canPaginate: true,
    sample: tokenSample,
    outputFields: tokenFields,
  },
} satisfies Trigger;
