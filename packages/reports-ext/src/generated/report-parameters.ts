/**
 * GENERATED FILE: do not edit. The resolved parameters of every report in reports.json, typed.
 * Source: packages/reports-ext/reports.json. Regenerate with `npm run generate -w @connect-tokens/reports-ext`.
 */

import type { CheckboxValue, DateRangeValue } from '../parameters/parameter-values';

/** Resolved parameters of "Token inventory" (`token-inventory`). */
export interface TokenInventoryParameters {
  /** Token statuses: Only tokens in these statuses. */
  status: CheckboxValue & { choices: ("active" | "inactive" | "expiring" | "expired")[] };
  /** Created: Only tokens created in this period (a preset such as last_30_days, or after..before). */
  created?: DateRangeValue;
  /** Extension id: Only tokens of this extension, e.g. EXT-001. */
  extension?: string;
}

/** Resolved parameters of "Stale tokens" (`stale-tokens`). */
export interface StaleTokensParameters {
  /** Days without access: A token is stale when its last access is older than this many days. */
  days: number;
  /** Never-used tokens: Whether tokens that were never used are listed. */
  include_never_used: "include" | "exclude" | "only";
}

/** Resolved parameters of "Expiring tokens" (`expiring-tokens`). */
export interface ExpiringTokensParameters {
  /** Days ahead: List tokens expiring within this many days from now. */
  days: number;
  /** Also list: Tokens to list besides the ones about to expire. */
  include_expired: CheckboxValue & { choices: ("expired")[] };
}

/** Resolved parameters of "Permissions matrix" (`permissions-matrix`). */
export interface PermissionsMatrixParameters {
  /** Token statuses: Only tokens in these statuses. */
  status: CheckboxValue & { choices: ("active" | "inactive" | "expiring" | "expired")[] };
}

/** Resolved parameters of "Audit trail" (`audit-trail`). */
export interface AuditTrailParameters {
  /** Period: Events that happened in this period: a preset (today, yesterday, last_7_days, last_30_days, last_90_days, this_month, last_month, this_year) or after..before (YYYY-MM-DD..YYYY-MM-DD). */
  period: DateRangeValue;
  /** Event types: Only these kinds of event. */
  event_types: CheckboxValue & { choices: ("token.created" | "token.updated" | "token.permission_granted" | "token.permission_revoked" | "token.activated" | "token.deactivated" | "token.renewed" | "token.rotated" | "token.deleted" | "token.expired" | "token.access_denied" | "endpoint.created" | "endpoint.updated" | "endpoint.deleted" | "endpoint_token.created" | "endpoint_token.updated" | "endpoint_token.regenerated" | "endpoint_token.deleted" | "endpoint.access_denied")[] };
  /** Token id: Only events about this token, e.g. SU-123-456-789. */
  token?: string;
}

/** Resolved parameters of "Access statistics" (`access-statistics`). */
export interface AccessStatisticsParameters {
  /** Token statuses: Only tokens in these statuses. */
  status: CheckboxValue & { choices: ("active" | "inactive" | "expiring" | "expired")[] };
  /** Filter: Leave out tokens that have made no request. */
  only_with_traffic: CheckboxValue & { choices: ("with_traffic")[] };
}

/** Resolved parameters of "Endpoint traffic by application" (`endpoint-traffic`). */
export interface EndpointTrafficParameters {
  /** Endpoint id: Only the calls of this endpoint, e.g. EP-123-456 (every endpoint when empty). */
  endpoint?: string;
  /** Period: Only calls made in this period: a preset (today, yesterday, last_7_days, last_30_days, last_90_days, this_month, last_month, this_year) or after..before (YYYY-MM-DD..YYYY-MM-DD); every call when empty. */
  period?: DateRangeValue;
}

/** Resolved parameters by report id. */
export interface ReportParametersById {
  'token-inventory': TokenInventoryParameters;
  'stale-tokens': StaleTokensParameters;
  'expiring-tokens': ExpiringTokensParameters;
  'permissions-matrix': PermissionsMatrixParameters;
  'audit-trail': AuditTrailParameters;
  'access-statistics': AccessStatisticsParameters;
  'endpoint-traffic': EndpointTrafficParameters;
}

/** The id of a report in reports.json. */
export type ReportId = keyof ReportParametersById;
