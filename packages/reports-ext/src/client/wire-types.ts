/**
 * The fields of the platform's objects that the reports read. Structural on purpose: any client whose objects carry
 * these fields (the SDK's generated types have more) can feed the reports.
 */

/** A reference to a user, token or account. */
export interface Ref {
  id: string;
  name: string;
}

/** When and by whom something happened. */
export interface EventStamp {
  at: string;
  by?: Ref | null;
}

/** A token as listed by `GET /auth/tokens` (secret masked). */
export interface TokenWire {
  id: string;
  name: string;
  description?: string | null;
  status: string;
  extension?: Ref | null;
  owner?: Ref | null;
  expiration_date?: string | null;
  last_access?: { at: string; ip?: string | null } | null;
  permissions?: { id: string; object: { id: string; name?: string | undefined } }[];
  events?: { created?: EventStamp | null; updated?: EventStamp | null } | null;
}

/** An entry of the token audit trail. */
export interface AuditEventWire {
  id: string;
  type: string;
  at: string;
  actor?: Ref | null;
  token?: Ref | null;
  ip?: string | null;
  /** For `*.access_denied`, the error code returned (e.g. `AUTH_005`). */
  reason?: string | null;
  /** Depends on `type`: changed fields, the module of a permission event, method and path of a denied request. */
  details?: Record<string, unknown> | null;
}

/** Usage counters of one token (`GET /statistics/tokens/{id}`). */
export interface TokenStatisticsWire {
  id?: string;
  statuses: { code: string | number; total: number; since_last_reset?: number }[];
  denials?: { reason: string; total: number }[];
}

/** A platform module (MD-0001 …). */
export type ModuleWire = Ref;

/** An integration endpoint as listed by `GET /integrations/endpoints` (primary token values masked; never read). */
export interface EndpointWire {
  id: string;
  name: string;
  /** The primary tokens, one per method: the reports read their ids and methods only. */
  primary_tokens?: { id: string; method: string }[];
}

/** One call of an endpoint's data path (`GET /integrations/endpoints/{id}/records`). */
export interface EndpointRecordWire {
  id: string;
  method: string;
  at: string;
  status: number;
  /** The endpoint token used; `null` without a (valid) token. */
  token: { id: string; kind: string; name: string } | null;
  error_code?: string | null;
}
