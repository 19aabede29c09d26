import { describe, expect, it } from 'vitest';
import { formatAuthorization, parseCredential, redactAuthorization } from './ids';

const secret = '0123456789abcdef0123456789abcdef01234567';

describe('parseCredential', () => {
  it('reads the ApiKey form with or without the scheme, in any scheme case', () => {
    for (const value of [
      `ApiKey SU-123-456-789:${secret}`,
      `SU-123-456-789:${secret}`,
      `apikey SU-123-456-789:${secret}`,
    ]) {
      expect(parseCredential(value)).toEqual({ kind: 'api-key', tokenId: 'SU-123-456-789', secret });
    }
  });

  it('reads a bearer token, and a bare 40-hex secret as one', () => {
    expect(parseCredential(`Bearer ${secret}`)).toEqual({ kind: 'bearer', secret });
    expect(parseCredential(secret)).toEqual({ kind: 'bearer', secret });
  });

  it('rejects shapes that are neither', () => {
    for (const value of [
      '',
      'ApiKey',
      'ApiKey SU-1-2-3:x',
      'Basic dXNlcjpwYXNz',
      'Bearer a b',
      'SU-123-456-789',
      'hello world',
    ]) {
      expect(parseCredential(value), value).toBeUndefined();
    }
  });

  it('formats what it parsed back to the header value', () => {
    const header = `ApiKey SU-123-456-789:${secret}`;
    expect(formatAuthorization(parseCredential(header)!)).toBe(header);
  });
});

describe('redactAuthorization', () => {
  it('keeps the token id and hides the secret', () => {
    expect(redactAuthorization(`ApiKey SU-123-456-789:${secret}`)).toBe('ApiKey SU-123-456-789:****');
    expect(redactAuthorization(`Bearer ${secret}`)).toBe('Bearer ****');
  });

  it('hides a value it cannot parse entirely, since it may still be a secret', () => {
    expect(redactAuthorization(`Token ${secret}`)).toBe('****');
  });
});
