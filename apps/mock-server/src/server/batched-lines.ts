/**
 * Lines for an output, written together once per turn of the event loop instead of one write each. The CLI's request
 * log goes to stdout, which Node writes synchronously to a file or a pipe: one system call per request was about a
 * tenth of the CPU time of reading one token over HTTP. Each line is formatted when it is logged; only the write
 * waits, for the requests answered in the same turn. {@link BatchedLines.flush} writes what waits at once.
 */
export interface BatchedLines {
  /** Queues `text` (one or more whole lines). */
  line(text: string): void;
  /** Writes the queued lines now: before other output to the same stream, and when the process exits. */
  flush(): void;
}

export function batchedLines(write: (text: string) => void): BatchedLines {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  return {
    line(text) {
      pending += text;
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
