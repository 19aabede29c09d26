/**
 * Options every SDK method accepts as its last argument, to change one call without changing the client.
 */
export interface RequestOptions {
  /** Aborts the call, including retries and backoff sleeps in progress; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this call (the client's `timeoutMs` otherwise). */
  timeoutMs?: number | undefined;
  /** Retries for this call (the client's `maxRetries` otherwise); `0` disables them. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /**
   * `Idempotency-Key` for a POST. The SDK generates one per call when omitted; pass your own to make a call
   * idempotent across process restarts (e.g. derived from a job id), within the server's 24-hour window.
   */
  idempotencyKey?: string | undefined;
}
