import { describe, expect, it } from 'vitest';
import { redactSecrets, SECRET_MASK } from './redact';

const SECRET = 'ab12'.repeat(10);

describe('redactSecrets', () => {
  it('masks the secret of any ApiKey or Bearer form in text', () => {
    expect(redactSecrets(`sent ApiKey SU-123-456-789:${SECRET}, then Bearer ${SECRET} ok`)).toBe(
      `sent ApiKey SU-123-456-789:${SECRET_MASK}, then Bearer ${SECRET_MASK} ok`,
    );
  });

  it('masks each exact secret given, wherever it is quoted', () => {
    const key = `SU-123-456-789:${SECRET}`;
    expect(redactSecrets(`echo ${key} then ${SECRET}`, [key, SECRET])).toBe(`echo ${SECRET_MASK} then ${SECRET_MASK}`);
    expect(redactSecrets(`bare ${SECRET}`, [undefined, SECRET])).toBe(`bare ${SECRET_MASK}`);
  });

  it('leaves strings shorter than 8 characters alone, so unrelated text is not masked', () => {
    expect(redactSecrets('status active', ['active'])).toBe('status active');
  });
});
