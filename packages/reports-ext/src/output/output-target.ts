import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';

/** Where a report is written: a file in a directory (written under a temporary name, renamed when complete). */
export interface FileTarget {
  stream: Writable;
  /** The final path, or `undefined` when writing to a caller's stream. */
  path: string | undefined;
  /** Makes the file visible under its final name. */
  commit(): Promise<void>;
  /** Removes the partial file after a failure, so no half-written report is mistaken for a real one. */
  discard(): Promise<void>;
}

/** Opens `dir/name` for writing (creating `dir`), or wraps a caller's stream. */
export async function openTarget(output: string | Writable, name: string): Promise<FileTarget> {
  if (typeof output !== 'string') {
    return { stream: output, path: undefined, commit: async () => undefined, discard: async () => undefined };
  }
  await mkdir(output, { recursive: true });
  const path = join(output, name);
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  return {
    stream,
    path,
    commit: () => rename(partial, path),
    discard: async () => {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}
