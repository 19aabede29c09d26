import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearDeadline, startDeadline } from './deadlines';
import { TimeoutReason } from './signals';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Resolves once `signal` aborts (at once if it already has). */
const aborted = (signal: AbortSignal) =>
  new Promise((resolve) => (signal.aborted ? resolve(undefined) : signal.addEventListener('abort', resolve)));

describe('shared deadlines', () => {
  afterEach(() => vi.useRealTimers());

  it('aborts with a TimeoutReason once the timeout has passed, never before', async () => {
    const controller = new AbortController();
    const started = performance.now();
    startDeadline(40, controller);
    await aborted(controller.signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    expect(controller.signal.reason).toBeInstanceOf(TimeoutReason);
    expect((controller.signal.reason as TimeoutReason).timeoutMs).toBe(40);
  });

  it('a cleared deadline never aborts, and the others on the same clock still do', async () => {
    const cleared = new AbortController();
    const kept = new AbortController();
    const first = startDeadline(30, cleared);
    startDeadline(30, kept);
    clearDeadline(first);
    clearDeadline(first); // ending twice is harmless
    await wait(80);
    expect(cleared.signal.aborted).toBe(false);
    expect(kept.signal.aborted).toBe(true);
  });

  it('expires attempts in the order they started, each after its own full timeout', async () => {
    const early = new AbortController();
    const earlyAt = performance.now();
    startDeadline(60, early);
    await wait(30);
    const late = new AbortController();
    const lateAt = performance.now();
    startDeadline(60, late);
    await aborted(early.signal);
    const earlyDone = performance.now();
    await aborted(late.signal);
    const lateDone = performance.now();
    expect(earlyDone - earlyAt).toBeGreaterThanOrEqual(60);
    expect(lateDone - lateAt).toBeGreaterThanOrEqual(60);
    expect(lateDone).toBeGreaterThanOrEqual(earlyDone);
  });

  it('is driven by fake timers like setTimeout was, and by real timers again afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
    const faked = new AbortController();
    startDeadline(1_000, faked);
    await vi.advanceTimersByTimeAsync(999);
    expect(faked.signal.aborted).toBe(false);
    // Late by at most one tick: 1/16 of the timeout.
    await vi.advanceTimersByTimeAsync(1 + 1_000 / 16);
    expect(faked.signal.aborted).toBe(true);
    vi.useRealTimers();
    const real = new AbortController();
    startDeadline(1_000 / 50, real);
    await wait(100);
    expect(real.signal.aborted).toBe(true);
  });
});
