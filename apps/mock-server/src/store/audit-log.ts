import type { Clock } from '../clock';
import type { AuditEvent } from './types';

/** Longest audit trail kept in memory; older entries are dropped first (an emulator must not grow without bound). */
export const AUDIT_LOG_CAPACITY = 50_000;

/** Append-only audit trail of the account. Newest entries last; lists sort as the request asks. */
export class AuditLog {
  private events: AuditEvent[] = [];
  private sequence = 0;
  /** Subscribers of {@link onAppend} (plug-in features such as webhooks); they survive `clear()`. */
  private readonly listeners = new Set<(event: AuditEvent) => void>();

  constructor(private readonly clock: Clock) {}

  /** Calls `listener` after every new entry (synchronously; it must not throw). Returns an unsubscribe function. */
  onAppend(listener: (event: AuditEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records an event; `id` and `at` are filled in. Callers must never pass secrets (tests assert this). */
  record(event: Pick<AuditEvent, 'type'> & Partial<Omit<AuditEvent, 'id' | 'at' | 'type'>>): AuditEvent {
    this.sequence += 1;
    const entry: AuditEvent = {
      id: `AE-${String(this.sequence).padStart(9, '0').replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3')}`,
      at: this.clock.iso(),
      actor: event.actor ?? null,
      token: event.token ?? null,
      ip: event.ip ?? null,
      reason: event.reason ?? null,
      details: event.details ?? {},
      type: event.type,
    };
    this.events.push(entry);
    if (this.events.length > AUDIT_LOG_CAPACITY) this.events.splice(0, this.events.length - AUDIT_LOG_CAPACITY);
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  /** All events, oldest first. */
  all(): readonly AuditEvent[] {
    return this.events;
  }

  /** Events about one token, oldest first. */
  forToken(tokenId: string): AuditEvent[] {
    return this.events.filter((event) => event.token?.id === tokenId);
  }

  clear(): void {
    this.events = [];
    this.sequence = 0;
  }
}
