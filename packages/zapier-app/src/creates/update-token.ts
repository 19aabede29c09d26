import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { expirationDateField, tokenIdField } from '../fields';
import { requiredInput, textInput } from '../input';
import { tokenFields } from '../output-fields';
import { tokenSample } from '../samples';
import type { Token } from '../types';

/** Sends only the fields the user filled in: an empty field means "leave as is", not "clear". */
async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const changes: Record<string, string> = {};
  for (const key of ['name', 'description', 'external_id', 'expiration_date']) {
    const value = textInput(bundle, key);
    if (value !== undefined) changes[key] = value;
  }
  const tokenId = requiredInput(bundle, 'token_id');
  return withConnect(z, bundle, (client) =>
    Object.keys(changes).length === 0
      ? client.tokens.get(tokenId)
      : client.tokens.update(tokenId, changes as Parameters<typeof client.tokens.update>[1]),
  );
}

export const updateToken = {
  key: 'update_token',
  noun: 'Token',
  display: {
    label: 'Update Token',
    description: 'Updates the name, description, external ID or expiration date of an API token.',
  },
  operation: {
    inputFields: [
      tokenIdField,
      { key: 'name', label: 'Name', required: false, helpText: 'The new name. Leave empty to keep the current one.' },
      {
        key: 'description',
        label: 'Description',
        type: 'text',
        required: false,
        helpText: 'The new description. Leave empty to keep the current one.',
      },
      {
        key: 'external_id',
        label: 'External ID',
        required: false,
        helpText: 'The new id from your own system. Leave empty to keep the current one.',
      },
      { ...expirationDateField, helpText: 'The new expiration date. Leave empty to keep the current one.' },
    ],
    perform,
    sample: tokenSample,
    outputFields: tokenFields,
  },
} satisfies Create;
