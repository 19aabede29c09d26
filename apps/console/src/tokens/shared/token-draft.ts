/**
 * A token as the create wizard and the edit screen hold it while the user types: strings for every input, turned
 * into the API's body only on submit. Validation here mirrors the spec so mistakes are caught before the round trip;
 * the server still validates everything, and its messages are shown when it disagrees.
 */
import type { Token, TokenCreateParams, TokenUpdateParams } from '@connect-tokens/sdk';
import { dayFromExpiry, expiryFromDay, validateExpiryDay } from './expiry';

/** The editable fields of a token. */
export interface TokenDraft {
  name: string;
  externalId: string;
  description: string;
  /** A data URI or URL, or `null` for no logo. */
  logo: string | null;
  extensionId: string;
  /** Module ids to grant. */
  modules: string[];
  /** One CIDR per line. */
  allowedIps: string;
  blockedIps: string;
  /** One `METHOD /path` per line (`*` for any method). */
  allowedApis: string;
  blockedApis: string;
  /** `YYYY-MM-DD`, or `''` for never. */
  expiryDay: string;
  /** Empty for no rate limit. */
  rateRequests: string;
  ratePeriodSeconds: string;
}

/** A new token's starting point: Custom extension, no modules, no rules. */
export const EMPTY_DRAFT: TokenDraft = {
  name: '',
  externalId: '',
  description: '',
  logo: null,
  extensionId: 'EXT-000',
  modules: [],
  allowedIps: '',
  blockedIps: '',
  allowedApis: '',
  blockedApis: '',
  expiryDay: '',
  rateRequests: '',
  ratePeriodSeconds: '60',
};

/** Validation messages by field. */
export type DraftErrors = Partial<Record<keyof TokenDraft, string>>;

/** What a group of a token form's fields gets: the draft, its messages, and how to change the draft. */
export interface DraftFieldsProps {
  draft: TokenDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<TokenDraft>) => void;
}

/**
 * `errors` less those of the fields `patch` changes: a message about a value the user has since edited would be
 * stale. The step is validated again on Next or Save.
 */
export function clearedErrors(errors: DraftErrors, patch: Partial<TokenDraft>): DraftErrors {
  const changed = Object.keys(patch).filter((key) => key in errors);
  if (changed.length === 0) return errors;
  const rest: DraftErrors = { ...errors };
  for (const key of changed) delete rest[key as keyof TokenDraft];
  return rest;
}

type ApiRule = { method: 'GET' | 'POST' | 'PUT' | 'DELETE' | '*'; path: string };

const CIDR = /^[0-9A-Fa-f:.]+\/\d{1,3}$/;
const API_RULE = /^(GET|POST|PUT|DELETE|\*)\s+(\/\S*)$/i;

function lines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The CIDRs of a textarea, or the first bad line. */
export function parseCidrs(text: string): { values: string[]; error?: string } {
  const values = lines(text);
  const bad = values.find((value) => !CIDR.test(value));
  return bad ? { values, error: `"${bad}" is not a CIDR range such as 203.0.113.0/24 or 2001:db8::/32` } : { values };
}

/** The API rules of a textarea, or the first bad line. */
export function parseApiRules(text: string): { values: ApiRule[]; error?: string } {
  const values: ApiRule[] = [];
  for (const line of lines(text)) {
    const match = API_RULE.exec(line);
    if (!match) return { values, error: `"${line}" is not a rule such as GET /auth/tokens/* or * /products` };
    values.push({ method: (match[1] ?? '*').toUpperCase() as ApiRule['method'], path: match[2] ?? '/' });
  }
  return { values };
}

/** Name, external id and description. */
export function validateGeneral(draft: TokenDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.name.trim()) errors.name = 'Enter a name';
  else if (draft.name.trim().length > 128) errors.name = 'At most 128 characters';
  if (draft.externalId.length > 128) errors.externalId = 'At most 128 characters';
  if (draft.description.length > 255) errors.description = 'At most 255 characters';
  return errors;
}

/** Access rules, rate limit and (for new tokens) expiry. */
export function validateAccessRules(draft: TokenDraft, { withExpiry }: { withExpiry: boolean }): DraftErrors {
  const errors: DraftErrors = {};
  for (const key of ['allowedIps', 'blockedIps'] as const) {
    const { error } = parseCidrs(draft[key]);
    if (error) errors[key] = error;
  }
  for (const key of ['allowedApis', 'blockedApis'] as const) {
    const { error } = parseApiRules(draft[key]);
    if (error) errors[key] = error;
  }
  if (draft.rateRequests.trim()) {
    const requests = Number(draft.rateRequests);
    const period = Number(draft.ratePeriodSeconds);
    if (!Number.isInteger(requests) || requests < 1) errors.rateRequests = 'A whole number of requests, at least 1';
    if (!Number.isInteger(period) || period < 1) errors.ratePeriodSeconds = 'A whole number of seconds, at least 1';
  }
  if (withExpiry) {
    const expiry = validateExpiryDay(draft.expiryDay);
    if (expiry) errors.expiryDay = expiry;
  }
  return errors;
}

function accessRules(draft: TokenDraft) {
  return {
    allowed_ips: parseCidrs(draft.allowedIps).values,
    blocked_ips: parseCidrs(draft.blockedIps).values,
    allowed_apis: parseApiRules(draft.allowedApis).values,
    blocked_apis: parseApiRules(draft.blockedApis).values,
  };
}

function rateLimit(draft: TokenDraft) {
  return draft.rateRequests.trim()
    ? { requests: Number(draft.rateRequests), period_seconds: Number(draft.ratePeriodSeconds) }
    : null;
}

const orNull = (text: string): string | null => (text.trim() ? text.trim() : null);

/** The body of `POST /auth/tokens`. */
export function toCreateParams(draft: TokenDraft): TokenCreateParams {
  return {
    name: draft.name.trim(),
    external_id: orNull(draft.externalId),
    description: orNull(draft.description),
    extension: { id: draft.extensionId },
    logo: draft.logo,
    permissions: draft.modules.map((id) => ({ object: { id } })),
    access_rules: accessRules(draft),
    rate_limit: rateLimit(draft),
    expiration_date: expiryFromDay(draft.expiryDay),
  };
}

/**
 * The body of `PUT /auth/tokens/{id}` (modules change through the permissions API). The expiry is sent only when the
 * day changed from `original`'s: an unchanged day keeps the exact time the token has.
 */
export function toUpdateParams(draft: TokenDraft, original?: Pick<Token, 'expiration_date'>): TokenUpdateParams {
  const expiryChanged = original !== undefined && draft.expiryDay !== dayFromExpiry(original.expiration_date);
  return {
    name: draft.name.trim(),
    external_id: orNull(draft.externalId),
    description: orNull(draft.description),
    logo: draft.logo,
    access_rules: accessRules(draft),
    rate_limit: rateLimit(draft),
    ...(expiryChanged ? { expiration_date: expiryFromDay(draft.expiryDay) } : {}),
  };
}

/** A draft of an existing token, for the edit screen. */
export function draftFromToken(token: Token): TokenDraft {
  const rules = token.access_rules;
  return {
    name: token.name,
    externalId: token.external_id ?? '',
    description: token.description ?? '',
    logo: token.logo ?? null,
    extensionId: token.extension.id,
    modules: token.permissions.map((permission) => permission.object.id),
    allowedIps: (rules?.allowed_ips ?? []).join('\n'),
    blockedIps: (rules?.blocked_ips ?? []).join('\n'),
    allowedApis: (rules?.allowed_apis ?? []).map((rule) => `${rule.method} ${rule.path}`).join('\n'),
    blockedApis: (rules?.blocked_apis ?? []).map((rule) => `${rule.method} ${rule.path}`).join('\n'),
    expiryDay: dayFromExpiry(token.expiration_date),
    rateRequests: token.rate_limit ? String(token.rate_limit.requests) : '',
    ratePeriodSeconds: token.rate_limit ? String(token.rate_limit.period_seconds) : '60',
  };
}
