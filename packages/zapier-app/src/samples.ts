/**
 * Static samples shown in the Zap editor before a user has data of their own. They follow the wire shapes of the
 * Connect API (ids, dates, nesting), so mapping a field from a sample maps the same field from a live run.
 */

const grantedBy = { at: '2026-11-02T09:15:27.000Z', by: { id: 'UR-841-574-187', name: 'Jane Doe' } };

/** A token as `GET /auth/tokens/{id}` returns it: the secret is masked. */
export const tokenSample = {
  id: 'SU-295-689-628',
  name: 'Zapier onboarding automation',
  description: 'Creates tenant tokens when a new reseller signs up',
  external_id: 'crm-4711',
  owner: { id: 'PA-143-234', name: 'Example Provider Inc.' },
  status: 'active',
  extension: { id: 'EXT-002', name: 'Zapier' },
  handle: 'SU-295-689-628',
  token: 'ApiKey SU-295-689-628:****c2d1',
  events: {
    created: { at: '2026-11-02T09:15:27.000Z', by: { id: 'UR-841-574-187', name: 'Jane Doe' } },
    updated: { at: '2026-11-20T14:03:11.000Z', by: { id: 'UR-841-574-187', name: 'Jane Doe' } },
  },
  permissions: [
    { id: 'PM-000-000-101', object: { id: 'MD-0007', name: 'Integrations' }, events: { granted: grantedBy } },
    { id: 'PM-000-000-102', object: { id: 'MD-0005', name: 'Customers' }, events: { granted: grantedBy } },
  ],
  expiration_date: '2027-05-01T00:00:00.000Z',
  renewed_expiration_date: null,
  renewed_token: null,
  logo: null,
  last_access: { at: '2026-11-22T18:44:02.000Z', ip: '203.0.113.24' },
  access_rules: { allowed_ips: [], blocked_ips: [], allowed_apis: [], blocked_apis: [] },
  rate_limit: null,
};

/** A token as create, renew and rotate return it: the only time the full key is shown. */
export const tokenWithSecretSample = {
  ...tokenSample,
  token: 'ApiKey SU-295-689-628:5f0c2a9d3b7e41c8a6d2f9e0b1c4a7d3e8f2c2d1',
};

/** The expiring-soon trigger's item: the token plus how long it has left. */
export const tokenExpiringSample = {
  ...tokenSample,
  id: 'SU-295-689-628@2027-05-01T00:00:00.000Z',
  token_id: 'SU-295-689-628',
  status: 'expiring',
  days_left: 5,
};

/** A `token.access_denied` entry of the audit trail: `reason` is the error code the request got. */
export const accessDeniedSample = {
  id: 'AE-000-001-042',
  type: 'token.access_denied',
  at: '2026-11-22T18:44:02.000Z',
  token: { id: 'SU-295-689-628', name: 'Zapier onboarding automation' },
  actor: { id: 'SU-295-689-628', name: 'Zapier onboarding automation' },
  ip: '203.0.113.24',
  reason: 'AUTH_005',
  details: {
    method: 'GET',
    path: '/subscriptions/assets',
    request_id: 'req_7d1c2e9a40b3',
    message: 'Token SU-295-689-628 lacks module MD-0013 (Subscriptions).',
    rule: { kind: 'module', value: 'MD-0013' },
    authenticated: true,
  },
};

export const moduleSample = { id: 'MD-0007', name: 'Integrations' };

export const extensionSample = {
  id: 'EXT-002',
  name: 'Zapier',
  description: 'Zapier integration.',
  icon: null,
  system: true,
};

export const deletedTokenSample = { id: 'SU-295-689-628', deleted: true };

/** A granted permission, as `POST /auth/tokens/{id}/permissions` returns it, plus the token it belongs to. */
export const permissionSample = {
  id: 'PM-000-000-103',
  object: { id: 'MD-0013', name: 'Subscriptions' },
  events: { granted: { at: '2026-11-23T10:12:45.000Z', by: { id: 'SU-100-200-300', name: 'Zapier automation' } } },
  token_id: 'SU-295-689-628',
};

const endpointCreated = { at: '2026-11-03T08:00:00.000Z', by: { id: 'UR-841-574-187', name: 'Jane Doe' } };

/** An endpoint as `GET /integrations/endpoints` lists it: primary token values are masked. */
export const endpointSample = {
  id: 'EP-512-340',
  name: 'Orders inbox',
  description: 'Orders pushed by the web shop',
  authentication: 'token',
  allow_delete: false,
  primary_tokens: [
    {
      id: 'EPT-512-340-001',
      method: 'GET',
      value: '****7QxA',
      events: { created: endpointCreated, updated: endpointCreated },
    },
    {
      id: 'EPT-512-340-002',
      method: 'POST',
      value: '****m2Lk',
      events: { created: endpointCreated, updated: endpointCreated },
    },
  ],
  events: { created: endpointCreated, updated: endpointCreated },
};

/** A secondary endpoint token as lists return it (value masked). */
export const endpointTokenSample = {
  id: 'EPT-730-118-452',
  name: 'Shop backend',
  description: 'Used by the web shop to post orders',
  value: '****Zr8c',
  status: 'active',
  events: { created: endpointCreated, updated: endpointCreated },
};

/** One accepted call of an endpoint's data path, as `GET /integrations/endpoints/{id}/records` returns it. */
export const endpointRecordSample = {
  id: 'EPR-000-000-042',
  endpoint: { id: 'EP-512-340', name: 'Orders inbox' },
  method: 'POST',
  at: '2026-11-22T18:44:02.000Z',
  ip: '203.0.113.7',
  token: { id: 'EPT-730-118-452', kind: 'secondary', name: 'Shop backend' },
  status: 201,
  error_code: null,
  body: { order: '10042', total: 99.5 },
  body_json: '{"order":"10042","total":99.5}',
};

/** What Send Data to Endpoint returns (the POST case): the stored document, plus the call it answers. */
export const endpointDataSample = {
  id: 'EPR-000-000-042',
  at: '2026-11-22T18:44:02.000Z',
  body: { order: '10042', total: 99.5 },
  body_json: '{"order":"10042","total":99.5}',
  endpoint_id: 'EP-512-340',
  method: 'POST',
  status: 201,
  count: 1,
  items: [
    {
      id: 'EPR-000-000-042',
      at: '2026-11-22T18:44:02.000Z',
      body: { order: '10042', total: 99.5 },
      body_json: '{"order":"10042","total":99.5}',
    },
  ],
  deleted: false,
};
