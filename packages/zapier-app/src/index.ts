import {
  version as platformVersion,
  type App as ZapierApp,
  type Create,
  type Search,
  type Trigger,
} from 'zapier-platform-core';
import packageJson from '../package.json';
import { authentication } from './authentication';
import { addAuthorizationHeader } from './before-request';
import { activateToken } from './creates/activate-token';
import { createToken } from './creates/create-token';
import { deactivateToken } from './creates/deactivate-token';
import { deleteToken } from './creates/delete-token';
import { sendEndpointData } from './creates/send-endpoint-data';
import { grantPermission } from './creates/grant-permission';
import { renewToken } from './creates/renew-token';
import { revokePermission } from './creates/revoke-permission';
import { rotateToken } from './creates/rotate-token';
import { updateToken } from './creates/update-token';
import { endpointList } from './dropdowns/endpoint-list';
import { endpointTokenList } from './dropdowns/endpoint-token-list';
import { extensionList } from './dropdowns/extension-list';
import { moduleList } from './dropdowns/module-list';
import { tokenList } from './dropdowns/token-list';
import { keepBundleOutOfErrors } from './safe-errors';
import { findToken } from './searches/find-token';
import { accessDenied } from './triggers/access-denied';
import { newEndpointRecord } from './triggers/new-endpoint-record';
import { newToken } from './triggers/new-token';
import { tokenExpiringSoon } from './triggers/token-expiring-soon';
import { tokenStatusChanged } from './triggers/token-status-changed';

/**
 * The Zapier app definition. Zapier loads it through `index.js` → `dist/index.cjs`; `zapier-platform-core` stays an
 * external dependency because Zapier's runtime provides and wraps it.
 */
const definition = {
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addAuthorizationHeader],
  triggers: {
    new_token: newToken,
    token_status_changed: tokenStatusChanged,
    token_expiring_soon: tokenExpiringSoon,
    access_denied: accessDenied,
    new_endpoint_record: newEndpointRecord,
    token_list: tokenList,
    module_list: moduleList,
    extension_list: extensionList,
    endpoint_list: endpointList,
    endpoint_token_list: endpointTokenList,
  },
  creates: {
    create_token: createToken,
    update_token: updateToken,
    activate_token: activateToken,
    deactivate_token: deactivateToken,
    renew_token: renewToken,
    rotate_token: rotateToken,
    delete_token: deleteToken,
    grant_permission: grantPermission,
    revoke_permission: revokePermission,
    send_endpoint_data: sendEndpointData,
  },
  searches: {
    find_token: findToken,
  },
  searchOrCreates: {
    find_token: {
      key: 'find_token',
      display: {
        label: 'Find or Create Token',
        description: 'Finds an API token, or creates one when none matches.',
      },
      search: findToken.key,
      create: createToken.key,
    },
  },
} satisfies ZapierApp<Record<string, Trigger>, Record<string, Create>, Record<string, Search>>;

const App = keepBundleOutOfErrors(definition);

export default App;
