import { describe, expect, it } from 'vitest';
import { errorBody, ErrorCodes, isErrorCode } from './error-codes';

describe('error codes', () => {
  it('sends 401 only for credentials that cannot be used and 403 for known callers that may not', () => {
    const byStatus = (status: number) =>
      Object.entries(ErrorCodes)
        .filter(([code, entry]) => code.startsWith('AUTH_') && entry.status === status)
        .map(([code]) => code);
    expect(byStatus(401)).toEqual(['AUTH_001', 'AUTH_002', 'AUTH_003', 'AUTH_004']);
    expect(byStatus(403)).toEqual(['AUTH_005', 'AUTH_006', 'AUTH_007']);
  });

  it("builds Connect's error body, defaulting the message to the code's title", () => {
    expect(errorBody('GEN_404')).toEqual({ error_code: 'GEN_404', errors: ['Not found'] });
    expect(errorBody('VAL_001', 'name: must not be empty')).toEqual({
      error_code: 'VAL_001',
      errors: ['name: must not be empty'],
    });
  });

  it('recognises its own codes only', () => {
    expect(isErrorCode('AUTH_005')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(404)).toBe(false);
  });
});
