import type { ReportsClient } from './client/reports-client';

/** The account a token belongs to, for `summary.json`. */
export interface AccountRef {
  id: string;
  name: string;
}

/** What the reports learn from `GET /auth/context`. */
export interface CallerContext {
  account: AccountRef | null;
  /** Module ids the token holds, when the platform lists them (the emulator does; Connect's user sessions do not). */
  modules: string[] | undefined;
}

function ref(value: unknown): AccountRef | null {
  if (value === null || typeof value !== 'object') return null;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' ? { id, name: typeof name === 'string' ? name : id } : null;
}

/**
 * Asks the platform who the token is (`GET /auth/context`): its account and modules. A rejected token
 * (401) is thrown, so a bad key fails before any file is created; any other failure only leaves the account unknown,
 * as the report itself does not need it.
 */
export async function resolveCaller(client: ReportsClient, signal: AbortSignal): Promise<CallerContext> {
  try {
    const context = (await client.whoami({ signal })) as Record<string, unknown> | null;
    const permissions = context?.['permissions'];
    const modules = Array.isArray(permissions)
      ? permissions.filter((p): p is string => typeof p === 'string')
      : undefined;
    return { account: ref(context?.['account']), modules };
  } catch (error) {
    if ((error as { status?: unknown }).status === 401 || signal.aborted) throw error;
    return { account: null, modules: undefined };
  }
}
