import type { ConnectClient } from './connect-client';
import type { AuditEvent, Token } from './types';

/**
 * The current state of the token an audit event is about (deliveries only name it). `undefined` when the token is
 * gone by the time Zapier processes the delivery, so a Zap does not fire for a token that no longer exists.
 */
export async function tokenOfEvent(client: ConnectClient, event: AuditEvent): Promise<Token | undefined> {
  const id = event.token?.id;
  if (!id) return undefined;
  try {
    return await client.tokens.get(id);
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return undefined;
    throw error;
  }
}

/** Days from `now` until `date`, rounded up ("expires in 5 days"); negative once past; `undefined` for never. */
export function daysUntil(date: string | null | undefined, now: number): number | undefined {
  if (!date) return undefined;
  const at = Date.parse(date);
  if (Number.isNaN(at)) return undefined;
  return Math.ceil((at - now) / 86_400_000);
}
