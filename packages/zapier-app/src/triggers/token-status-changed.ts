import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { rql } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { firstPage, pageWindow } from '../paging';
import { restHook } from '../rest-hook';
import type { AuditEvent } from '../types';
import { deliveries } from '../webhook-payload';

/** The audit events that change a token's status, and the status each leaves it in. */
const STATUS_BY_EVENT = {
  'token.activated': 'active',
  'token.deactivated': 'inactive',
  'token.expired': 'expired',
} as const;
type StatusEvent = keyof typeof STATUS_BY_EVENT;
const EVENTS = Object.keys(STATUS_BY_EVENT) as StatusEvent[];

/**
 * One status change. `id` is the audit event's id: unique per change (a token deactivated twice fires twice), and
 * the same whether the change arrived by webhook or by polling.
 */
export type StatusChange = {
  id: string;
  token_id: string;
  token_name: string;
  status: string;
  event_type: string;
  changed_at: string;
  changed_by: { id: string; name: string } | null;
};

function toChange(event: AuditEvent): StatusChange | undefined {
  const status = STATUS_BY_EVENT[event.type as StatusEvent] as string | undefined;
  if (!status || !event.token) return undefined;
  return {
    id: event.id,
    token_id: event.token.id,
    token_name: event.token.name,
    status,
    event_type: event.type,
    changed_at: event.at,
    changed_by: event.actor ? { id: event.actor.id, name: event.actor.name } : null,
  };
}

/** The event types the user's optional status filter allows. */
function wantedEvents(bundle: Bundle): StatusEvent[] {
  const status = bundle.inputData['status'];
  if (typeof status !== 'string' || status === '') return EVENTS;
  return EVENTS.filter((type) => STATUS_BY_EVENT[type] === status);
}

async function perform(_z: ZObject, bundle: Bundle): Promise<StatusChange[]> {
  return deliveries(bundle, wantedEvents(bundle)).flatMap((delivery) => toChange(delivery.event) ?? []);
}

/** Polling fallback: the status-changing events of the audit trail, newest first. */
async function performList(z: ZObject, bundle: Bundle): Promise<StatusChange[]> {
  const { limit, offset } = pageWindow(bundle);
  const events = await withConnect(z, bundle, (client) =>
    firstPage(
      client.auditEvents.list({ filter: rql.in('type', wantedEvents(bundle)), ordering: ['-at'], limit, offset }),
    ),
  );
  return events.flatMap((event) => toChange(event) ?? []);
}

export const tokenStatusChangedSample: StatusChange = {
  id: 'AE-000-001-017',
  token_id: 'SU-295-689-628',
  token_name: 'Zapier onboarding automation',
  status: 'inactive',
  event_type: 'token.deactivated',
  changed_at: '2026-11-20T14:03:11.000Z',
  changed_by: { id: 'UR-841-574-187', name: 'Jane Doe' },
};

export const tokenStatusChanged = {
  key: 'token_status_changed',
  noun: 'Token Status Change',
  display: {
    label: 'Token Status Changed',
    description: 'Triggers when an API token is activated, deactivated or expires.',
  },
  operation: {
    type: 'hook',
    inputFields: [
      {
        key: 'status',
        label: 'New Status',
        required: false,
        choices: [
          { value: 'active', label: 'Active (activated)', sample: 'active' },
          { value: 'inactive', label: 'Inactive (deactivated)', sample: 'inactive' },
          { value: 'expired', label: 'Expired', sample: 'expired' },
        ],
        helpText: 'Only trigger for changes to this status. Leave empty to trigger on every status change.',
      },
    ],
    ...restHook('Token Status Changed', EVENTS),
    perform,
    performList,
    canPaginate: true,
    sample: tokenStatusChangedSample,
    outputFields: [
      { key: 'id', label: 'Change ID (audit event)' },
      { key: 'token_id', label: 'Token ID' },
      { key: 'token_name', label: 'Token Name' },
      { key: 'status', label: 'New Status' },
      { key: 'event_type', label: 'Event Type' },
      { key: 'changed_at', label: 'Changed At', type: 'datetime' },
      { key: 'changed_by__id', label: 'Changed By ID' },
      { key: 'changed_by__name', label: 'Changed By Name' },
    ],
  },
} satisfies Trigger;
