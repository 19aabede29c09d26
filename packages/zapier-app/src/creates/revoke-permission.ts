import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { moduleIdField, tokenIdField } from '../fields';
import { requiredInput } from '../input';
import { refuseOwnToken } from '../self-lockout';

/** The module that guards token management: revoking it from the connection's own token locks the connection out. */
const INTEGRATIONS_MODULE = 'MD-0007';

export interface RevokedPermission {
  id: string;
  token_id: string;
  module_id: string;
  revoked: true;
}

async function perform(z: ZObject, bundle: Bundle): Promise<RevokedPermission> {
  const tokenId = requiredInput(bundle, 'token_id');
  const moduleId = requiredInput(bundle, 'module_id');
  await withConnect(z, bundle, async (client) => {
    if (moduleId === INTEGRATIONS_MODULE) {
      await refuseOwnToken(z, bundle, client, tokenId, 'revoke the Integrations module from');
    }
    await client.tokens.permissions.revoke(tokenId, moduleId);
  });
  return { id: `${tokenId}/${moduleId}`, token_id: tokenId, module_id: moduleId, revoked: true };
}

export const revokePermission = {
  key: 'revoke_permission',
  noun: 'Module Permission',
  display: {
    label: 'Revoke Module Permission',
    description:
      "Revokes an API token's access to one module. Refuses to revoke Integrations from the token this connection " +
      'uses.',
  },
  operation: {
    inputFields: [tokenIdField, moduleIdField],
    perform,
    sample: {
      id: 'SU-295-689-628/MD-0002',
      token_id: 'SU-295-689-628',
      module_id: 'MD-0002',
      revoked: true,
    } satisfies RevokedPermission,
    outputFields: [
      { key: 'id', label: 'Revocation ID' },
      { key: 'token_id', label: 'Token ID' },
      { key: 'module_id', label: 'Module ID' },
      { key: 'revoked', label: 'Revoked', type: 'boolean' as const },
    ],
  },
} satisfies Create;
