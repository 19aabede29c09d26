import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { rql } from '@connect-tokens/sdk';
import { withConnect } from '../connect-client';
import { tokenExpiringFields } from '../output-fields';
import { firstPage, pageWindow } from '../paging';
import { tokenExpiringSample } from '../samples';
import { daysUntil } from '../token-items';
import type { Token } from '../types';

const DEFAULT_DAYS = 7;
const DAY_MS = 86_400_000;

/** A token about to expire. `id` joins the token id and its expiration date, so a renewed token can fire again. */
export type ExpiringToken = Omit<Token, 'id'> & { id: string; token_id: string; days_left: number };

function windowDays(bundle: Bundle): number {
  const days = Number(bundle.inputData['days'] ?? DEFAULT_DAYS);
  return Number.isFinite(days) && days > 0 ? Math.floor(days) : DEFAULT_DAYS;
}

function toItem(token: Token, now: number): ExpiringToken | undefined {
  const left = daysUntil(token.expiration_date, now);
  if (left === undefined || left < 0) return undefined;
  return { ...token, id: `${token.id}@${token.expiration_date}`, token_id: token.id, days_left: left };
}

/**
 * Polling only: the platform emits no event when a token enters the window (`expiring` is derived from the clock),
 * so there is nothing to subscribe to. Live tokens whose expiration date falls within the window, soonest first (the
 * most urgent must not be cut off by the page size); each fires once per expiration date.
 */
async function perform(z: ZObject, bundle: Bundle): Promise<ExpiringToken[]> {
  const { limit, offset } = pageWindow(bundle);
  const now = Date.now();
  const until = new Date(now + windowDays(bundle) * DAY_MS).toISOString();
  const tokens = await withConnect(z, bundle, (client) =>
    firstPage(
      client.tokens.list({
        filter: rql.and(rql.in('status', ['active', 'expiring']), rql.le('expiration_date', until)),
        ordering: ['expiration_date'],
        limit,
        offset,
      }),
    ),
  );
  return tokens.flatMap((token) => toItem(token, now) ?? []);
}

export const tokenExpiringSoon = {
  key: 'token_expiring_soon',
  noun: 'Token',
  display: {
    label: 'Token Expiring Soon',
    description: 'Triggers when an API token will expire within the number of days you choose.',
  },
  operation: {
    type: 'polling',
    inputFields: [
      {
        key: 'days',
        label: 'Days Before Expiration',
        type: 'integer',
        required: true,
        default: String(DEFAULT_DAYS),
        helpText:
          'Trigger when a token has this many days or fewer left. Connect itself marks tokens as expiring 14 days ' +
          'before their expiration date.',
      },
    ],
    perform,
    canPaginate: true,
    sample: tokenExpiringSample,
    outputFields: tokenExpiringFields,
  },
} satisfies Trigger;
