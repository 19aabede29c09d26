import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { tokenIdField } from '../fields';
import { requiredInput } from '../input';
import { deletedTokenSample } from '../samples';
import { refuseOwnToken } from '../self-lockout';

async function perform(z: ZObject, bundle: Bundle): Promise<{ id: string; deleted: true }> {
  const tokenId = requiredInput(bundle, 'token_id');
  await withConnect(z, bundle, async (client) => {
    await refuseOwnToken(z, bundle, client, tokenId, 'delete');
    await client.tokens.delete(tokenId);
  });
  return { id: tokenId, deleted: true };
}

export const deleteToken = {
  key: 'delete_token',
  noun: 'Token',
  display: {
    label: 'Delete Token',
    description:
      'Deletes an API token; its key stops working at once. This cannot be undone. Refuses the token this ' +
      'connection uses.',
  },
  operation: {
    inputFields: [tokenIdField],
    perform,
    sample: deletedTokenSample,
    outputFields: [
      { key: 'id', label: 'Deleted Token ID' },
      { key: 'deleted', label: 'Deleted', type: 'boolean' as const },
    ],
  },
} satisfies Create;
