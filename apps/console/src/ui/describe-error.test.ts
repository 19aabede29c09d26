import { AuthenticationError, BadRequestError, ConnectionError } from '@connect-tokens/sdk';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('shows the API’s message, status and code, and asks to sign in again on a 401', () => {
    const error = new AuthenticationError('401 AUTH_003: Token SU-1 is inactive', {
      status: 401,
      errorCode: 'AUTH_003',
      errors: ['Token SU-1 is inactive'],
      requestId: 'req_1',
    });
    expect(describeError(error)).toEqual({
      title: 'Token SU-1 is inactive',
      details: [],
      code: '401 AUTH_003',
      requestId: 'req_1',
      signInAgain: true,
    });
  });

  it('lists every validation message', () => {
    const error = new BadRequestError('400 VAL_001', {
      status: 400,
      errorCode: 'VAL_001',
      errors: ['name: must not be empty', 'logo: bad'],
    });
    expect(describeError(error)).toMatchObject({
      title: 'The request was refused',
      details: ['name: must not be empty', 'logo: bad'],
      signInAgain: false,
    });
  });

  it('names the unreachable origin for a connection error, and handles anything else thrown', () => {
    const error = new ConnectionError('fetch failed', {
      method: 'GET',
      url: 'http://127.0.0.1:9/public/v1/auth/context',
      path: '/auth/context',
    });
    expect(describeError(error)).toMatchObject({
      title: 'Could not reach the API at http://127.0.0.1:9',
      details: ['fetch failed'],
      code: undefined,
    });
    expect(describeError(new TypeError('boom')).title).toBe('boom');
    expect(describeError('plain').title).toBe('plain');
  });
});
