/**
 * Maps an async iterable with up to `concurrency` calls in flight, yielding results in input order. Used where each
 * row needs its own request (statistics per token): a small window hides latency without unbounded fan-out.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  concurrency: number,
): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  try {
    for await (const item of source) {
      const pending = fn(item);
      // Observed now so a rejection while earlier results are awaited is not "unhandled"; re-thrown in order below.
      pending.catch(() => undefined);
      window.push(pending);
      if (window.length >= concurrency) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    window.length = 0;
  }
}
