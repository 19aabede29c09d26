import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { rql } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { endpointIdField } from '../fields';
import { requiredInput, textInput } from '../input';
import { endpointRecordFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { restHook } from '../rest-hook';
import { endpointRecordSample } from '../samples';
import type { EndpointRecord } from '../types';
import { recordDeliveries } from '../webhook-payload';
import { withBodyJson } from '../body-json';

const EVENTS = ['endpoint_record.created'] as const;

/** A record as the trigger emits it: with its payload as JSON text too. */
type RecordItem = EndpointRecord & { body_json: string | null };

/**
 * Hook: `endpoint_record` webhooks are account-wide, so keep the records of the chosen endpoint (and token, if
 * given). The platform notifies accepted calls only, which is also what polling returns.
 */
async function perform(_z: ZObject, bundle: Bundle): Promise<RecordItem[]> {
  const endpointId = requiredInput(bundle, 'endpoint_id');
  const tokenId = textInput(bundle, 'token_id');
  return recordDeliveries(bundle)
    .filter(
      (record) =>
        record.endpoint.id === endpointId &&
        record.status < 400 &&
        (tokenId === undefined || record.token?.id === tokenId),
    )
    .map(withBodyJson);
}

/** Polling fallback: the endpoint's accepted calls, newest first; the record id is the dedupe id. */
async function performList(z: ZObject, bundle: Bundle): Promise<RecordItem[]> {
  const { limit, offset } = pageWindow(bundle);
  const endpointId = requiredInput(bundle, 'endpoint_id');
  const tokenId = textInput(bundle, 'token_id');
  const accepted = rql.lt('status', 400);
  const filter = tokenId === undefined ? accepted : rql.and(accepted, rql.eq('token.id', tokenId));
  const records = await withConnect(z, bundle, (client) =>
    firstPage(client.endpoints.records(endpointId, { filter, ordering: ['-at'], limit, offset })),
  );
  return records.map(withBodyJson);
}

export const newEndpointRecord = {
  key: 'new_endpoint_record',
  noun: 'Endpoint Record',
  display: {
    label: 'New Endpoint Record',
    description:
      'Triggers when an integration endpoint accepts a call of its data path (data sent, read or deleted with an ' +
      'endpoint token).',
  },
  operation: {
    type: 'hook',
    inputFields: [
      endpointIdField,
      {
        key: 'token_id',
        label: 'Endpoint Token',
        required: false,
        dynamic: 'endpoint_token_list.id.name',
        helpText:
          "Only trigger for calls made with this endpoint token: pick an application's secondary token, or enter a " +
          'primary token ID (`EPT-…`, listed on the endpoint). Leave empty for every caller.',
      },
    ],
    ...restHook('New Endpoint Record', EVENTS, 'endpoint_record'),
    perform,
    performList,
    canPaginate: true,
    sample: endpointRecordSample,
    outputFields: endpointRecordFields,
  },
} satisfies Trigger;
