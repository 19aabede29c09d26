import { describe, expect, it } from 'vitest';
import {
  clearedErrors,
  EMPTY_DRAFT,
  parseApiRules,
  parseCidrs,
  toCreateParams,
  validateAccessRules,
  validateGeneral,
} from './token-draft';

describe('token drafts', () => {
  it('requires a name and limits the lengths the spec limits', () => {
    expect(validateGeneral(EMPTY_DRAFT)).toEqual({ name: 'Enter a name' });
    expect(validateGeneral({ ...EMPTY_DRAFT, name: '   ' }).name).toBe('Enter a name');
    expect(validateGeneral({ ...EMPTY_DRAFT, name: 'x'.repeat(129) }).name).toBe('At most 128 characters');
    expect(validateGeneral({ ...EMPTY_DRAFT, name: 'ok', description: 'd'.repeat(256) })).toEqual({
      description: 'At most 255 characters',
    });
  });

  it('reads one CIDR or API rule per line (or comma) and names the first bad one', () => {
    expect(parseCidrs(' 203.0.113.0/24\n\n2001:db8::/32, 10.0.0.1/32 ')).toEqual({
      values: ['203.0.113.0/24', '2001:db8::/32', '10.0.0.1/32'],
    });
    expect(parseCidrs('203.0.113.0/24\n10.0.0.1').error).toMatch(/"10\.0\.0\.1" is not a CIDR range/);
    expect(parseApiRules('get /products/*\n*   /auth/tokens')).toEqual({
      values: [
        { method: 'GET', path: '/products/*' },
        { method: '*', path: '/auth/tokens' },
      ],
    });
    expect(parseApiRules('PATCH /x').error).toMatch(/"PATCH \/x" is not a rule/);
    expect(parseApiRules('GET products').error).toMatch(/is not a rule/);
  });

  it('checks the rate limit and a past expiry day', () => {
    const errors = validateAccessRules(
      { ...EMPTY_DRAFT, rateRequests: '0', ratePeriodSeconds: '1.5', expiryDay: '2000-01-01' },
      { withExpiry: true },
    );
    expect(errors).toEqual({
      rateRequests: 'A whole number of requests, at least 1',
      ratePeriodSeconds: 'A whole number of seconds, at least 1',
      expiryDay: 'The expiry date must be today or later',
    });
    expect(validateAccessRules({ ...EMPTY_DRAFT, expiryDay: '2000-01-01' }, { withExpiry: false })).toEqual({});
  });

  it('builds the create body the API expects', () => {
    const body = toCreateParams({
      ...EMPTY_DRAFT,
      name: ' Billing sync ',
      description: '',
      extensionId: 'EXT-002',
      modules: ['MD-0003', 'MD-0007'],
      blockedIps: '198.51.100.0/24',
      allowedApis: 'GET /products/*',
      rateRequests: '600',
      ratePeriodSeconds: '60',
      expiryDay: '2099-06-30',
    });
    expect(body).toEqual({
      name: 'Billing sync',
      external_id: null,
      description: null,
      extension: { id: 'EXT-002' },
      logo: null,
      permissions: [{ object: { id: 'MD-0003' } }, { object: { id: 'MD-0007' } }],
      access_rules: {
        allowed_ips: [],
        blocked_ips: ['198.51.100.0/24'],
        allowed_apis: [{ method: 'GET', path: '/products/*' }],
        blocked_apis: [],
      },
      rate_limit: { requests: 600, period_seconds: 60 },
      expiration_date: '2099-06-30T23:59:59.000Z',
    });
  });
});

describe('clearedErrors', () => {
  it('drops the messages of the fields a change touches and keeps the others', () => {
    const errors = { blockedIps: 'bad range', name: 'Enter a name' };
    expect(clearedErrors(errors, { blockedIps: '198.51.100.0/24' })).toEqual({ name: 'Enter a name' });
    expect(clearedErrors(errors, { description: 'x' })).toBe(errors);
  });
});
