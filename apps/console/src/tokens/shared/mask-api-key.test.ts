import { describe, expect, it } from 'vitest';
import { maskApiKey } from './mask-api-key';

describe('maskApiKey', () => {
  it('keeps the token id and the last four characters of the secret, as the API masks keys', () => {
    expect(maskApiKey(`ApiKey SU-123-456-789:${'0123456789abcdef'.repeat(2)}12345678`)).toBe(
      'ApiKey SU-123-456-789:****5678',
    );
  });

  it('leaves an already masked key masked', () => {
    expect(maskApiKey('ApiKey SU-123-456-789:****5678')).toBe('ApiKey SU-123-456-789:****5678');
  });
});
