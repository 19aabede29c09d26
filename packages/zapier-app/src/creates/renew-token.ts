import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { expirationDateField, tokenIdField } from '../fields';
import { expirationOrOneYear, requiredInput } from '../input';
import { tokenWithSecretFields } from '../output-fields';
import { tokenWithSecretSample } from '../samples';
import type { Token } from '../types';

/**
 * No self-lockout guard: renewing keeps the previous key working until its old expiration date, so the connection
 * keeps working and can be updated with the new key at leisure.
 */
async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const tokenId = requiredInput(bundle, 'token_id');
  const expiration_date = expirationOrOneYear(bundle);
  return withConnect(z, bundle, (client) => client.tokens.renew(tokenId, { expiration_date }));
}

export const renewToken = {
  key: 'renew_token',
  noun: 'Token',
  display: {
    label: 'Renew Token',
    description:
      'Issues a new key and expiration date for an API token; the previous key keeps working until its old ' +
      'expiration date. The new key is in the output (and so in Zap history).',
  },
  operation: {
    inputFields: [
      tokenIdField,
      {
        ...expirationDateField,
        helpText: 'The new expiration date. Leave empty for one year from now.',
      },
    ],
    perform,
    sample: { ...tokenWithSecretSample, renewed_expiration_date: '2026-12-01T00:00:00.000Z' },
    outputFields: [
      ...tokenWithSecretFields.slice(0, -1),
      { key: 'renewed_expiration_date', label: 'Previous Key Valid Until', type: 'datetime' as const },
      ...tokenWithSecretFields.slice(-1),
    ],
  },
} satisfies Create;
