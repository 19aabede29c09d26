import { createClient } from '@connect-tokens/sdk';
import type { CliIo } from '../../src/cli/main';

/** A CLI io that records stdout/stderr and builds real SDK clients (reaching the emulator through MSW). */
export function recordingIo(options: { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean }) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.isTTY ?? false, columns: 100 },
    env: options.env ?? {},
    cwd: options.cwd,
    createClient: ({ endpoint, apiKey }) => createClient({ ...(endpoint ? { endpoint } : {}), apiKey, maxRetries: 0 }),
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}
