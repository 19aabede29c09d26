import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { withConnect } from '../connect-client';
import { extensionSample } from '../samples';
import type { Extension } from '../types';

/** Extensions are few: one request for all of them. */
async function perform(z: ZObject, bundle: Bundle): Promise<Extension[]> {
  return withConnect(z, bundle, (client) => client.extensions.list().toArray({ max: 1000 }));
}

/** Hidden trigger behind the "Extension" dropdown of Create Token. */
export const extensionList = {
  key: 'extension_list',
  noun: 'Extension',
  display: {
    label: 'List of Extensions',
    description: 'Triggers when an extension is available for tokens. Hidden: feeds the Extension dropdown.',
    hidden: true,
  },
  operation: {
    type: 'polling',
    perform,
    sample: extensionSample,
    outputFields: [
      { key: 'id', label: 'Extension ID' },
      { key: 'name', label: 'Extension Name' },
    ],
  },
} satisfies Trigger;
