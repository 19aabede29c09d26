import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { expirationDateField } from '../fields';
import { listInput, requiredInput, textInput } from '../input';
import { tokenWithSecretFields } from '../output-fields';
import { tokenWithSecretSample } from '../samples';
import type { Token } from '../types';

const DEFAULT_EXTENSION = 'EXT-000';

async function perform(z: ZObject, bundle: Bundle): Promise<Token> {
  const description = textInput(bundle, 'description');
  const externalId = textInput(bundle, 'external_id');
  // The API requires an extension; Custom is what the Connect portal preselects.
  const extension = textInput(bundle, 'extension_id') ?? DEFAULT_EXTENSION;
  const expiration = textInput(bundle, 'expiration_date');
  const modules = listInput(bundle, 'module_ids');
  return withConnect(z, bundle, (client) =>
    client.tokens.create({
      name: requiredInput(bundle, 'name'),
      ...(description === undefined ? {} : { description }),
      ...(externalId === undefined ? {} : { external_id: externalId }),
      extension: { id: extension },
      ...(expiration === undefined ? {} : { expiration_date: expiration }),
      ...(modules.length === 0 ? {} : { permissions: modules.map((id) => ({ object: { id } })) }),
    } as Parameters<typeof client.tokens.create>[0]),
  );
}

export const createToken = {
  key: 'create_token',
  noun: 'Token',
  display: {
    label: 'Create Token',
    description:
      'Creates an API token. The new key is in the output this one time (and so in Zap history): store it in a ' +
      'secrets manager in the next step.',
  },
  operation: {
    inputFields: [
      {
        key: 'name',
        label: 'Name',
        required: true,
        helpText: 'A name that says who or what uses the token, e.g. `Reseller portal sync`.',
      },
      {
        key: 'description',
        label: 'Description',
        type: 'text',
        required: false,
        helpText: 'Optional notes for the people who manage tokens: purpose, owner, where the key is stored.',
      },
      {
        key: 'external_id',
        label: 'External ID',
        required: false,
        helpText:
          'Optional id from your own system (e.g. a CRM record). Use it with **Find Token** to look the token up later.',
      },
      {
        key: 'extension_id',
        label: 'Extension',
        required: false,
        default: DEFAULT_EXTENSION,
        dynamic: 'extension_list.id.name',
        helpText: 'The extension the token belongs to. Leave empty for **Custom** (EXT-000).',
      },
      {
        key: 'module_ids',
        label: 'Modules',
        required: false,
        list: true,
        dynamic: 'module_list.id.name',
        helpText:
          'Modules the token may use. Grant only what the token needs; **Integrations** (MD-0007) lets it manage ' +
          'other tokens. Leave empty for a token without module permissions.',
      },
      expirationDateField,
      {
        key: 'secret_notice',
        type: 'copy',
        helpText:
          "The full API key is returned once, in this step's output, and Zapier keeps step output in Zap history. " +
          'Map it straight into a secrets manager, and avoid sending it by email or chat.',
      },
    ],
    perform,
    sample: tokenWithSecretSample,
    outputFields: tokenWithSecretFields,
  },
} satisfies Create;
