import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { rql } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { accessDeniedFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { restHook } from '../rest-hook';
import { accessDeniedSample } from '../samples';
import type { AuditEvent } from '../types';
import { deliveries } from '../webhook-payload';

const EVENTS = ['token.access_denied'] as const;

function watchedToken(bundle: Bundle): string | undefined {
  const tokenId = bundle.inputData['token_id'];
  return typeof tokenId === 'string' && tokenId.trim() !== '' ? tokenId.trim() : undefined;
}

/** Hook: the delivered audit event as is; its id is the audit event id, as in polling. */
async function perform(_z: ZObject, bundle: Bundle): Promise<AuditEvent[]> {
  const tokenId = watchedToken(bundle);
  return deliveries(bundle, EVENTS)
    .map((delivery) => delivery.event)
    .filter((event) => tokenId === undefined || event.token?.id === tokenId);
}

/** Polling fallback: `token.access_denied` entries of the audit trail, newest first. */
async function performList(z: ZObject, bundle: Bundle): Promise<AuditEvent[]> {
  const { limit, offset } = pageWindow(bundle);
  const tokenId = watchedToken(bundle);
  const filter =
    tokenId === undefined
      ? rql.eq('type', 'token.access_denied')
      : rql.and(rql.eq('type', 'token.access_denied'), rql.eq('token.id', tokenId));
  return withConnect(z, bundle, (client) =>
    firstPage(client.auditEvents.list({ filter, ordering: ['-at'], limit, offset })),
  );
}

export const accessDenied = {
  key: 'access_denied',
  noun: 'Denied Request',
  display: {
    label: 'Access Denied',
    description:
      'Triggers when the platform refuses a request made with an API token (missing module, blocked IP or API, ' +
      'rate limit), as recorded in the audit trail.',
  },
  operation: {
    type: 'hook',
    inputFields: [
      {
        key: 'token_id',
        label: 'Token',
        required: false,
        dynamic: 'token_list.id.name',
        helpText: 'Only trigger for requests made with this token. Leave empty to watch every token of the account.',
      },
    ],
    ...restHook('Access Denied', EVENTS),
    perform,
    performList,
    canPaginate: true,
    sample: accessDeniedSample,
    outputFields: accessDeniedFields,
  },
} satisfies Trigger;
