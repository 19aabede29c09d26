import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { DEFAULT_ENDPOINT, withConnect } from './connect-client';

/** What the connection test returns; Zapier shows it and passes it to `connectionLabel` as `bundle.inputData`. */
export interface AuthContext {
  account: { id: string; name: string };
  token: { id: string; name: string };
  [key: string]: unknown;
}

/** Calls `/auth/context`: any working key may read it, so a failure means the key itself is unusable. */
export async function testAuth(z: ZObject, bundle: Bundle): Promise<AuthContext> {
  return (await withConnect(z, bundle, (client) => client.whoami())) as AuthContext;
}

/** "Account name · token name (SU-…)", so users with several tokens can tell their connections apart. */
export async function connectionLabel(_z: ZObject, bundle: Bundle): Promise<string> {
  const context = bundle.inputData as Partial<AuthContext>;
  const account = context.account?.name ?? context.account?.id ?? 'Connect';
  const token = context.token ? `${context.token.name} (${context.token.id})` : 'API token';
  return `${account} · ${token}`;
}

export const authentication = {
  type: 'custom',
  fields: [
    {
      key: 'endpoint',
      label: 'API Endpoint',
      type: 'string',
      required: true,
      default: DEFAULT_ENDPOINT,
      helpText:
        'The base URL of the Connect public API, ending in `/public/v1`. Keep the default for CloudBlue Connect; ' +
        'change it for another Connect-compatible installation or a local emulator.',
    },
    {
      key: 'api_key',
      label: 'API Key',
      type: 'password',
      required: true,
      placeholder: 'ApiKey SU-123-456-789:0123456789abcdef0123456789abcdef01234567',
      helpText:
        'An API token from **Settings → API Tokens** in the Connect portal, as `ApiKey SU-…:secret` or `SU-…:secret`. ' +
        'The token needs the **Integrations** module to manage tokens; other modules are only needed for what your ' +
        'Zaps do.',
    },
  ],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
