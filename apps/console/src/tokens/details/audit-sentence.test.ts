import type { AuditEvent } from '@connect-tokens/sdk';
import { describe, expect, it } from 'vitest';
import { explainErrorCode } from '../../ui/explain-error-code';
import { auditDetails, auditSentence } from './audit-sentence';

function event(patch: Partial<AuditEvent>): AuditEvent {
  return {
    id: 'AE-1',
    type: 'token.created',
    at: '2026-03-01T12:00:00Z',
    token: { id: 'SU-000-000-001', name: 'Billing sync' },
    actor: { id: 'UR-000-000-000', name: 'Mock Admin' },
    ip: '203.0.113.5',
    reason: null,
    details: {},
    ...patch,
  } as AuditEvent;
}

const names: Record<string, string> = { 'MD-0013': 'Subscriptions', 'MD-0003': 'Catalog' };

describe('audit trail sentences', () => {
  it('names the actor and the module instead of its id', () => {
    expect(
      auditSentence(
        event({ type: 'token.permission_revoked', details: { module: 'MD-0013', request_id: 'r' } }),
        (id) => names[id],
      ),
    ).toBe('Mock Admin revoked Subscriptions');
    expect(
      auditSentence(
        event({ type: 'token.permission_revoked', details: { modules: ['MD-0003', 'MD-0013'] } }),
        (id) => names[id],
      ),
    ).toBe('Mock Admin revoked Catalog and Subscriptions');
  });

  it('says which fields an edit changed', () => {
    expect(
      auditSentence(event({ type: 'token.updated', details: { fields: ['name', 'rate_limit', 'expiration_date'] } })),
    ).toBe('Mock Admin changed the name, the rate limit and the expiry date');
  });

  it('explains a denial code in words, and says who acted when the platform did', () => {
    expect(
      auditSentence(
        event({
          type: 'token.access_denied',
          actor: null,
          reason: 'AUTH_006',
          details: { method: 'GET', path: '/auth/tokens' },
        }),
      ),
    ).toBe('A request GET /auth/tokens was refused: IP address not allowed (AUTH_006)');
    expect(explainErrorCode('AUTH_005')).toBe('Insufficient module permission (AUTH_005)');
    expect(auditSentence(event({ type: 'token.activated', actor: null }))).toBe('The platform enabled the token');
  });

  it('keeps every detail for the expanded view', () => {
    expect(
      auditDetails(event({ type: 'token.permission_revoked', details: { module: 'MD-0013', request_id: 'req-1' } })),
    ).toEqual([
      ['Event', 'token.permission_revoked'],
      ['Actor', 'Mock Admin (UR-000-000-000)'],
      ['IP address', '203.0.113.5'],
      ['module', 'MD-0013'],
      ['request_id', 'req-1'],
    ]);
  });
});
