/**
 * The platform's objects as the reports read them: the spec's generated schemas (`Schema<'Token'>` …), the same types
 * the SDK returns, so a field renamed in the spec is a compile error here.
 */
import type { Schema } from '@connect-tokens/sdk';

/** A reference to a user, token or account. */
export type Ref = Schema<'AccountReference'>;

/** A token as listed by `GET /auth/tokens` (secret masked). */
export type TokenWire = Schema<'Token'>;

/** An entry of the token audit trail. */
export type AuditEventWire = Schema<'AuditEvent'>;

/** Usage counters of one token (`GET /statistics/tokens/{id}/summary`). */
export type TokenStatisticsWire = Schema<'TokenStatisticsSummary'>;

/** A platform module (MD-0001 …). */
export type ModuleWire = Schema<'Module'>;

/** An integration endpoint as listed by `GET /integrations/endpoints`. */
export type EndpointWire = Schema<'Endpoint'>;

/** One call of an endpoint's data path (`GET /integrations/endpoints/{id}/records`). */
export type EndpointRecordWire = Schema<'EndpointRecord'>;
