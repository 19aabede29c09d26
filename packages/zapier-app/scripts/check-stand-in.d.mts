/** What the `zapier-platform` CLI sent to the stand-in, body parsed as JSON. */
export interface CheckRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/** A running stand-in for zapier.com's `/check` (see check-stand-in.mjs). */
export interface CheckStandIn {
  url: string;
  requests: CheckRequest[];
  close(): Promise<void>;
}

export function startCheckStandIn(options?: { port?: number }): Promise<CheckStandIn>;
