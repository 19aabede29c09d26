/**
 * Labels for the output fields users map in later steps. Nested keys use Zapier's `a__b` form and lists `a[]b`.
 * The secret (`token`) comes last on purpose: Zapier lists fields in this order, and the full key should be the
 * last thing a user maps (it is stored in Zap history).
 */
type OutputField = { key: string; label: string; type?: 'string' | 'number' | 'integer' | 'boolean' | 'datetime' };

export const tokenOutputFields: OutputField[] = [
  { key: 'id', label: 'Token ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'external_id', label: 'External ID' },
  { key: 'status', label: 'Status (active, inactive, expiring, expired)' },
  { key: 'extension__id', label: 'Extension ID' },
  { key: 'extension__name', label: 'Extension Name' },
  { key: 'owner__id', label: 'Owner ID' },
  { key: 'owner__name', label: 'Owner Name' },
  { key: 'permissions[]id', label: 'Permission IDs' },
  { key: 'permissions[]object__id', label: 'Permission Module IDs' },
  { key: 'permissions[]object__name', label: 'Permission Module Names' },
  { key: 'expiration_date', label: 'Expiration Date', type: 'datetime' },
  { key: 'last_access__at', label: 'Last Used At', type: 'datetime' },
  { key: 'last_access__ip', label: 'Last Used From IP' },
  { key: 'events__created__at', label: 'Created At', type: 'datetime' },
  { key: 'events__created__by__id', label: 'Created By ID' },
  { key: 'events__created__by__name', label: 'Created By Name' },
  { key: 'events__updated__at', label: 'Updated At', type: 'datetime' },
  { key: 'events__updated__by__id', label: 'Updated By ID' },
  { key: 'events__updated__by__name', label: 'Updated By Name' },
];

/** Masked everywhere except create, renew and rotate. */
export const maskedKeyField: OutputField = { key: 'token', label: 'API Key (masked)' };

/** Create, renew and rotate: the one time the full key is returned. */
export const fullKeyField: OutputField = { key: 'token', label: 'API Key (full secret, shown once)' };

export const tokenFields = [...tokenOutputFields, maskedKeyField];
export const tokenWithSecretFields = [...tokenOutputFields, fullKeyField];

export const tokenChangeFields: OutputField[] = [
  { key: 'id', label: 'Change ID' },
  { key: 'token_id', label: 'Token ID' },
  ...tokenOutputFields.filter((field) => field.key !== 'id'),
  maskedKeyField,
];

export const tokenExpiringFields: OutputField[] = [
  ...tokenChangeFields.slice(0, -1),
  { key: 'days_left', label: 'Days Until Expiration', type: 'integer' },
  maskedKeyField,
];

export const accessDeniedFields: OutputField[] = [
  { key: 'id', label: 'Audit Event ID' },
  { key: 'type', label: 'Event Type' },
  { key: 'at', label: 'Denied At', type: 'datetime' },
  { key: 'token__id', label: 'Token ID' },
  { key: 'token__name', label: 'Token Name' },
  { key: 'actor__id', label: 'Actor ID' },
  { key: 'actor__name', label: 'Actor Name' },
  { key: 'ip', label: 'Client IP Address' },
  { key: 'reason', label: 'Error Code (e.g. AUTH_005)' },
  { key: 'details__message', label: 'Message' },
  { key: 'details__rule__kind', label: 'Deciding Rule (module, ip_allowlist, rate_limit, …)' },
  { key: 'details__rule__value', label: 'Deciding Rule Value' },
  { key: 'details__method', label: 'Request Method' },
  { key: 'details__path', label: 'Request Path' },
  { key: 'details__request_id', label: 'Request ID' },
];

export const endpointFields: OutputField[] = [
  { key: 'id', label: 'Endpoint ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'authentication', label: 'Authentication (token, none)' },
  { key: 'allow_delete', label: 'DELETE Allowed', type: 'boolean' },
  { key: 'primary_tokens[]id', label: 'Primary Token IDs' },
  { key: 'primary_tokens[]method', label: 'Primary Token Methods' },
  { key: 'events__created__at', label: 'Created At', type: 'datetime' },
];

export const endpointRecordFields: OutputField[] = [
  { key: 'id', label: 'Record ID' },
  { key: 'endpoint__id', label: 'Endpoint ID' },
  { key: 'endpoint__name', label: 'Endpoint Name' },
  { key: 'method', label: 'Method (GET, POST, DELETE)' },
  { key: 'at', label: 'Called At', type: 'datetime' },
  { key: 'ip', label: 'Caller IP Address' },
  { key: 'token__id', label: 'Endpoint Token ID' },
  { key: 'token__kind', label: 'Endpoint Token Kind (primary, secondary)' },
  { key: 'token__name', label: 'Endpoint Token Name' },
  { key: 'status', label: 'HTTP Status', type: 'integer' },
  { key: 'error_code', label: 'Error Code' },
  { key: 'body_json', label: 'Payload (JSON text sent with POST)' },
];

export const endpointDataFields: OutputField[] = [
  { key: 'id', label: 'Record ID (POST)' },
  { key: 'at', label: 'Stored At (POST)', type: 'datetime' },
  { key: 'body_json', label: 'Stored Payload (POST, JSON text)' },
  { key: 'endpoint_id', label: 'Endpoint ID' },
  { key: 'method', label: 'Method' },
  { key: 'status', label: 'HTTP Status', type: 'integer' },
  { key: 'count', label: 'Documents Returned (GET)', type: 'integer' },
  { key: 'items[]id', label: 'Document Record IDs (GET)' },
  { key: 'items[]at', label: 'Document Stored At (GET)' },
  { key: 'items[]body_json', label: 'Documents (GET, JSON text)' },
  { key: 'deleted', label: 'Data Deleted (DELETE)', type: 'boolean' },
];
