/**
 * Audit events as sentences a person reads ("Mock Admin revoked Subscriptions"), with the actor as the platform
 * names it, module ids turned into module names, and denial codes explained with the protocol's error titles.
 */
import type { AuditEvent } from '@connect-tokens/sdk';
import { explainErrorCode } from '../../ui/explain-error-code';

/** The wire names of token fields, as a sentence says them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'the name',
  description: 'the description',
  external_id: 'the external id',
  logo: 'the logo',
  access_rules: 'the access rules',
  rate_limit: 'the rate limit',
  expiration_date: 'the expiry date',
};

/** "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function moduleIds(details: Record<string, unknown>): string[] {
  if (typeof details.module === 'string') return [details.module];
  if (Array.isArray(details.modules)) return details.modules.filter((id): id is string => typeof id === 'string');
  return [];
}

/**
 * The event as one sentence. `moduleName` resolves a module id (`MD-0013` → `Subscriptions`); ids it does not know
 * are shown as they are.
 */
export function auditSentence(
  event: AuditEvent,
  moduleName: (id: string) => string | undefined = () => undefined,
): string {
  const actor = event.actor?.name ?? 'The platform';
  const details = (event.details ?? {}) as Record<string, unknown>;
  const modules = joinWords(moduleIds(details).map((id) => moduleName(id) ?? id));
  switch (event.type) {
    case 'token.created':
      return `${actor} created the token`;
    case 'token.updated': {
      const fields = Array.isArray(details.fields)
        ? details.fields.filter((f): f is string => typeof f === 'string')
        : [];
      return fields.length > 0
        ? `${actor} changed ${joinWords(fields.map((field) => FIELD_NAMES[field] ?? field))}`
        : `${actor} edited the token`;
    }
    case 'token.permission_granted':
      return `${actor} granted ${modules || 'a module'}`;
    case 'token.permission_revoked':
      return `${actor} revoked ${modules || 'a module'}`;
    case 'token.activated':
      return `${actor} enabled the token`;
    case 'token.deactivated':
      return `${actor} disabled the token`;
    case 'token.renewed':
      return `${actor} renewed the token with a new key`;
    case 'token.rotated':
      return `${actor} rotated the key`;
    case 'token.deleted':
      return `${actor} deleted the token`;
    case 'token.expired':
      return 'The token expired';
    case 'token.access_denied': {
      const request =
        typeof details.method === 'string' && typeof details.path === 'string'
          ? ` ${details.method} ${details.path}`
          : '';
      return `A request${request} was refused: ${explainErrorCode(event.reason)}`;
    }
    default:
      return `${actor}: ${event.type}`;
  }
}

/** The event's details as label/value pairs for its expanded view (everything the API gave, nothing hidden). */
export function auditDetails(event: AuditEvent): [label: string, value: string][] {
  const rows: [string, string][] = [
    ['Event', event.type],
    ['Actor', event.actor ? `${event.actor.name} (${event.actor.id})` : 'The platform'],
  ];
  if (event.ip) rows.push(['IP address', event.ip]);
  if (event.reason) rows.push(['Reason', explainErrorCode(event.reason)]);
  for (const [key, value] of Object.entries(event.details ?? {})) {
    rows.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
  }
  return rows;
}
