/**
 * Reads an environment variable where there is one (Node, Bun, Deno with permission) and returns `undefined`
 * elsewhere. Goes through `globalThis` rather than importing `node:process`, so the main entry stays runtime-neutral.
 */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    // Unset and blank are the same: undefined.
    return env?.[name]?.trim() || undefined;
  } catch {
    // Deno without --allow-env throws on access.
    return undefined;
  }
}

/** A short description of the runtime for `User-Agent`: `node/24.1.0`, `edge-runtime`, `browser`… */
export function runtimeName(): string {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
    EdgeRuntime?: unknown;
    navigator?: { userAgent?: string };
  };
  try {
    if (typeof g.EdgeRuntime === 'string') return 'edge-runtime';
    if (g.Deno?.version?.deno) return `deno/${g.Deno.version.deno}`;
    if (g.process?.versions?.bun) return `bun/${g.process.versions.bun}`;
    if (g.process?.versions?.node) return `node/${g.process.versions.node}`;
    if (g.navigator?.userAgent) return 'browser';
  } catch {
    /* fall through */
  }
  return 'unknown';
}

/**
 * True in a browser page (a `window` with a `document`). Web workers, edge runtimes, Node, Deno and Bun are not
 * browsers here: they do not hand the key to every script and extension of a page.
 */
export function isBrowserPage(): boolean {
  return typeof (globalThis as { window?: { document?: unknown } | null }).window?.document === 'object';
}
