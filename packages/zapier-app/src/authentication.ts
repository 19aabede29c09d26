import type { Authentication, Bundle, ZObject } from 'zapier-platform-core';
import { ConnectError, DEFAULT_ENDPOINT } from '@connect-tokens/sdk';
import { type ConnectClient, withConnect } from './connect-client';
import { firstPage } from './paging';

/** What the connection test returns; Zapier shows it and passes it to `connectionLabel` as `bundle.inputData`. */
export interface AuthContext {
  account: { id: string; name: string };
  token: { id: string; name: string };
  [key: string]: unknown;
}

/** The modules every trigger, action and dropdown of the app calls: tokens, webhooks, endpoints, audit events. */
const REQUIRED_MODULES = [{ id: 'MD-0007', name: 'Integrations' }] as const;

/**
 * The required modules the connection's token lacks. The emulator's `/auth/context` lists the token's modules
 * (`permissions`, an addition); Connect's does not, so there one small token list (an MD-0007 call) tells.
 */
async function missingModules(
  client: ConnectClient,
  context: AuthContext,
): Promise<(typeof REQUIRED_MODULES)[number][]> {
  const granted = context['permissions'];
  if (Array.isArray(granted)) return REQUIRED_MODULES.filter((module) => !granted.includes(module.id));
  try {
    await firstPage(client.tokens.list({ limit: 1 }));
    return [];
  } catch (error) {
    if (error instanceof ConnectError && error.status === 403 && error.errorCode === 'AUTH_005')
      return [...REQUIRED_MODULES];
    throw error;
  }
}

/**
 * Calls `/auth/context` (any working key may read it, so a failure there means the key itself is unusable), then
 * checks the token has the modules the app needs: without them the connection would pass and every step would then
 * fail with AUTH_005.
 */
export async function testAuth(z: ZObject, bundle: Bundle): Promise<AuthContext> {
  return withConnect(z, bundle, async (client) => {
    const context = (await client.whoami()) as AuthContext;
    const missing = await missingModules(client, context);
    if (missing.length > 0) {
      const names = missing.map((module) => `${module.name} (${module.id})`).join(', ');
      throw new z.errors.Error(
        `The token ${context.token?.id ?? 'of this API key'} lacks the ${names} module, which this app needs for ` +
          'every trigger, action and dropdown. Grant it to the token in Connect (Settings → API Tokens → the token → ' +
          'Permissions), or connect with a token that has it.',
        'AUTH_005',
        403,
      );
    }
    return context;
  });
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
        'The API key of a token from the **Tokens** section of the **Integrations** module in the Connect portal ' +
        '([how to create one](https://connect.cloudblue.com/community/modules/extensions/api-tokens/)): the token ' +
        'details show it as `ApiKey SU-…:secret`. The token needs the **Integrations** module (MD-0007); other ' +
        'modules are only needed for what your Zaps do.',
    },
  ],
  test: testAuth,
  connectionLabel,
} satisfies Authentication;
