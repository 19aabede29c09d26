import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { tokenIdField } from '../fields';
import { requiredInput } from '../input';
import { tokenFields } from '../output-fields';
import { tokenSample } from '../samples';
import { refuseOwnToken } from '../self-lockout';
import type { Token } from '../types';

async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const tokenId = requiredInput(bundle, 'token_id');
  return withConnect(z, bundle, async (client) => {
    await refuseOwnToken(z, bundle, client, tokenId, 'deactivate');
    return client.tokens.deactivate(tokenId);
  });
}

export const deactivateToken = {
  key: 'deactivate_token',
  noun: 'Token',
  display: {
    label: 'Deactivate Token',
    description:
      'Deactivates an API token: its key is refused until the token is activated again. Refuses the token this ' +
      'connection uses.',
  },
  operation: {
    inputFields: [tokenIdField],
    perform,
    sample: { ...tokenSample, status: 'inactive' },
    outputFields: tokenFields,
  },
} satisfies Create;
