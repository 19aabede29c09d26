import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

/** Writes one chunk and waits for `drain` when the stream's buffer is full, so a slow disk slows the API reads. */
export async function write(output: Writable, chunk: string | Buffer, signal?: AbortSignal): Promise<void> {
  if (!output.write(chunk)) await once(output, 'drain', signal ? { signal } : undefined);
}

/** Ends `output` and resolves once everything has been flushed. */
export async function end(output: Writable): Promise<void> {
  output.end();
  await finished(output);
}

/** Lets timers and I/O callbacks run: long synchronous stretches (exceljs commits) would otherwise starve them. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
