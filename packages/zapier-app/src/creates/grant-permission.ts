import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { moduleIdField, tokenIdField } from '../fields';
import { requiredInput } from '../input';
import { permissionSample } from '../samples';

async function perform(z: ZObject, bundle: Bundle): Promise<Record<string, unknown>> {
  const tokenId = requiredInput(bundle, 'token_id');
  const moduleId = requiredInput(bundle, 'module_id');
  const permission = await withConnect(z, bundle, (client) => client.tokens.permissions.grant(tokenId, moduleId));
  return { ...permission, token_id: tokenId };
}

export const grantPermission = {
  key: 'grant_permission',
  noun: 'Module Permission',
  display: {
    label: 'Grant Module Permission',
    description: 'Grants an API token access to one more module (e.g. Subscriptions, Customers).',
  },
  operation: {
    inputFields: [tokenIdField, moduleIdField],
    perform,
    sample: permissionSample,
    outputFields: [
      { key: 'id', label: 'Permission ID' },
      { key: 'token_id', label: 'Token ID' },
      { key: 'object__id', label: 'Module ID' },
      { key: 'object__name', label: 'Module Name' },
      { key: 'events__granted__at', label: 'Granted At', type: 'datetime' as const },
      { key: 'events__granted__by__id', label: 'Granted By ID' },
      { key: 'events__granted__by__name', label: 'Granted By Name' },
    ],
  },
} satisfies Create;
