import { afterEach, describe, expect, it, vi } from 'vitest';
import { anySignal } from './signals';

describe('anySignal', () => {
  afterEach(() => vi.unstubAllGlobals());

  for (const native of [true, false]) {
    it(`aborts with the first input's reason (${native ? 'AbortSignal.any' : 'fallback'})`, () => {
      if (!native) vi.stubGlobal('AbortSignal', Object.assign(Object.create(AbortSignal), { any: undefined }));
      const a = new AbortController();
      const b = new AbortController();
      const combined = anySignal([a.signal, undefined, b.signal])!;
      expect(combined.aborted).toBe(false);
      b.abort(new Error('b'));
      expect(combined.aborted).toBe(true);
      expect((combined.reason as Error).message).toBe('b');
    });

    it(`is aborted at once when an input already is (${native ? 'AbortSignal.any' : 'fallback'})`, () => {
      if (!native) vi.stubGlobal('AbortSignal', Object.assign(Object.create(AbortSignal), { any: undefined }));
      const combined = anySignal([new AbortController().signal, AbortSignal.abort('early')])!;
      expect(combined.aborted).toBe(true);
      expect(combined.reason).toBe('early');
    });
  }

  it('returns the only signal as is, and undefined for none', () => {
    const only = new AbortController().signal;
    expect(anySignal([undefined, only])).toBe(only);
    expect(anySignal([null, undefined])).toBeUndefined();
  });
});
