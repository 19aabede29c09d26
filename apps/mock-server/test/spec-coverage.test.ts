import { operations } from '@connect-tokens/protocol';
import { describe, expect, it } from 'vitest';
import { createMockPlatform } from '../src/index';

describe('spec coverage', () => {
  // An operation without a handler answers 503 GEN_503, which the spec's `default` response allows, so the contract
  // check alone would not notice an operation added to the spec and forgotten here.
  it('implements every operation of the spec', () => {
    const platform = createMockPlatform({ seed: 'coverage' });
    const missing = Object.entries(operations)
      .filter(([, operation]) => !platform.runtime.routes.has(`${operation.method} ${operation.path}`))
      .map(([operationId, operation]) => `${operationId} (${operation.method} ${operation.path})`);
    expect(missing).toEqual([]);
    expect(platform.runtime.routes.size).toBeGreaterThanOrEqual(Object.keys(operations).length);
  });
});
