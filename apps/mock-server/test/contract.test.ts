import { describe, expect, it } from 'vitest';
import { assertMatchesContract } from './contract';

const headers = (extra: Record<string, string> = {}) => new Headers({ 'x-request-id': 'req-1', ...extra });

describe('the contract check itself', () => {
  it('rejects a body that does not match the response schema', () => {
    const body = { id: 'not-an-id', name: 'x' };
    expect(() =>
      assertMatchesContract('GET', '/modules/MD-0001', {
        status: 200,
        headers: headers(),
        body,
        text: JSON.stringify(body),
      }),
    ).toThrow(/does not match the spec/);
  });

  it('rejects an undocumented status, a missing request id and a list without Content-Range', () => {
    const error = { error_code: 'GEN_409', errors: ['x'] };
    expect(() =>
      assertMatchesContract('GET', '/modules/MD-0001', { status: 409, headers: headers(), body: error, text: '' }),
    ).toThrow(/not documented/);
    expect(() =>
      assertMatchesContract('GET', '/modules', { status: 200, headers: new Headers(), body: [], text: '[]' }),
    ).toThrow(/X-Request-Id/);
    expect(() =>
      assertMatchesContract('GET', '/modules', { status: 200, headers: headers(), body: [], text: '[]' }),
    ).toThrow(/Content-Range/);
  });

  it('accepts a valid response', () => {
    const body = { id: 'MD-0001', name: 'Account' };
    expect(() =>
      assertMatchesContract('GET', '/modules/MD-0001', {
        status: 200,
        headers: headers(),
        body,
        text: JSON.stringify(body),
      }),
    ).not.toThrow();
  });
});
