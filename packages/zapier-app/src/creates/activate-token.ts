import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { tokenIdField } from '../fields';
import { requiredInput } from '../input';
import { tokenFields } from '../output-fields';
import { tokenSample } from '../samples';
import type { Token } from '../types';

async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const tokenId = requiredInput(bundle, 'token_id');
  return withConnect(z, bundle, (client) => client.tokens.activate(tokenId));
}

export const activateToken = {
  key: 'activate_token',
  noun: 'Token',
  display: {
    label: 'Activate Token',
    description: 'Activates an inactive API token so its key works again. Expired tokens must be renewed instead.',
  },
  operation: {
    inputFields: [tokenIdField],
    perform,
    sample: tokenSample,
    outputFields: tokenFields,
  },
} satisfies Create;
