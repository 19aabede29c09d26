import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { expirationDateField, tokenIdField } from '../fields';
import { expirationOrOneYear, requiredInput } from '../input';
import { tokenWithSecretFields } from '../output-fields';
import { tokenWithSecretSample } from '../samples';
import { refuseOwnToken } from '../self-lockout';
import type { Token } from '../types';

async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const tokenId = requiredInput(bundle, 'token_id');
  const expiration_date = expirationOrOneYear(bundle);
  return withConnect(z, bundle, async (client) => {
    // Rotating revokes the previous key at once: the connection's own key would stop working mid-Zap.
    await refuseOwnToken(z, bundle, client, tokenId, 'rotate');
    return client.tokens.rotate(tokenId, { expiration_date });
  });
}

export const rotateToken = {
  key: 'rotate_token',
  noun: 'Token',
  display: {
    label: 'Rotate Token',
    description:
      'Replaces the key of an API token and revokes the previous key at once (use after a leak). The new key is in ' +
      'the output (and so in Zap history). Refuses the token this connection uses.',
  },
  operation: {
    inputFields: [
      tokenIdField,
      { ...expirationDateField, helpText: 'The new expiration date. Leave empty for one year from now.' },
    ],
    perform,
    sample: tokenWithSecretSample,
    outputFields: tokenWithSecretFields,
  },
} satisfies Create;
