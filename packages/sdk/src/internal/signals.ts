/**
 * Combines abort signals: the result aborts as soon as any input does, with that input's reason.
 *
 * Uses `AbortSignal.any` where the runtime has it (Node ≥ 20, modern browsers, edge runtimes) because it does not leak
 * listeners on long-lived signals; falls back to wiring listeners by hand elsewhere.
 */
export function anySignal(signals: readonly (AbortSignal | null | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s != null);
  if (present.length <= 1) return present[0];
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/**
 * The reason a per-attempt timeout aborts with: a `TimeoutError` DOMException, as `AbortSignal.timeout()` uses, so a
 * fetch that rejects with its signal's reason reports a timeout in the standard way.
 */
export function timeoutReason(timeoutMs: number): DOMException {
  return new DOMException(`Request timed out after ${timeoutMs} ms`, 'TimeoutError');
}
