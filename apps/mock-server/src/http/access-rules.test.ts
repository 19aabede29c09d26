import { describe, expect, it } from 'vitest';
import { apiRuleMatches } from './access-rules';

describe('API rule patterns', () => {
  it('matches method and glob path as the spec describes', () => {
    expect(apiRuleMatches({ method: 'GET', path: '/auth/tokens/*' }, 'GET', '/auth/tokens/SU-1/audit')).toBe(true);
    expect(apiRuleMatches({ method: 'GET', path: '/auth/tokens/*' }, 'GET', '/auth/tokens')).toBe(false);
    expect(apiRuleMatches({ method: 'GET', path: '/auth/tokens/*' }, 'POST', '/auth/tokens/SU-1')).toBe(false);
    expect(apiRuleMatches({ method: '*', path: '/auth/tokens/*/audit' }, 'DELETE', '/auth/tokens/SU-1/audit')).toBe(
      true,
    );
    expect(apiRuleMatches({ method: '*', path: '/auth/tokens/*/audit' }, 'GET', '/auth/tokens/SU-1/permissions')).toBe(
      false,
    );
    expect(apiRuleMatches({ method: '*', path: '/products' }, 'GET', '/products')).toBe(true);
    expect(apiRuleMatches({ method: '*', path: '/*' }, 'GET', '/anything/at/all')).toBe(true);
    expect(apiRuleMatches({ method: '*', path: '/a*a' }, 'GET', '/a')).toBe(false);
  });

  it('stays linear on hostile patterns', () => {
    const started = Date.now();
    expect(apiRuleMatches({ method: '*', path: `/${'*a'.repeat(2000)}b` }, 'GET', `/${'a'.repeat(100_000)}`)).toBe(
      false,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
