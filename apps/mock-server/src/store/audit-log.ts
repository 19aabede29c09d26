import type { Clock } from '../clock';
import type { AuditEvent } from './types';

/** Longest audit trail kept in memory; older entries are dropped first (an emulator must not grow without bound). */
export const AUDIT_LOG_CAPACITY = 50_000;

/** Append-only audit trail of the account. Newest entries last; lists sort as the request asks. */
export class AuditLog {
  /** Entries before `dropped` are over capacity and no longer part of the trail; they are cut off in batches. */
  private events: AuditEvent[] = [];
  private dropped = 0;
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
      id: `AE-${String(this.sequence)
        .padStart(9, '0')
        .replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3')}`,
      at: this.clock.iso(),
      actor: event.actor ?? null,
      token: event.token ?? null,
      ip: event.ip ?? null,
      reason: event.reason ?? null,
      details: event.details ?? {},
      type: event.type,
    };
    this.events.push(entry);
    // Cutting one entry off the front of a full log moves all 50k others: a burst (a first list recording thousands
    // of `token.expired`) would be quadratic. Dead entries are cut once they are as many as the live ones.
    if (this.events.length - this.dropped > AUDIT_LOG_CAPACITY) this.dropped = this.events.length - AUDIT_LOG_CAPACITY;
    if (this.dropped >= AUDIT_LOG_CAPACITY) this.compact();
    for (const listener of this.listeners) listener(entry);
    return entry;
  }

  private compact(): void {
    if (this.dropped === 0) return;
    this.events = this.events.slice(this.dropped);
    this.dropped = 0;
  }

  /** All events, oldest first (at most {@link AUDIT_LOG_CAPACITY}). */
  all(): readonly AuditEvent[] {
    this.compact();
    return this.events;
  }

  /** Events about one token, oldest first. */
  forToken(tokenId: string): AuditEvent[] {
    const out: AuditEvent[] = [];
    for (let i = this.dropped; i < this.events.length; i++) {
      const event = this.events[i] as AuditEvent;
      if (event.token?.id === tokenId) out.push(event);
    }
    return out;
  }

  clear(): void {
    this.events = [];
    this.dropped = 0;
    this.sequence = 0;
  }
}
