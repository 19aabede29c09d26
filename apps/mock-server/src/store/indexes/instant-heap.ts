/**
 * A binary min-heap of (instant, slot) pairs: which token's status changes next. Entries are never removed when a
 * token changes; the owner pushes a new one and skips entries that no longer match its columns when they come up.
 */
export class InstantHeap {
  private readonly instants: number[] = [];
  private readonly slots: number[] = [];

  get size(): number {
    return this.instants.length;
  }

  /** The earliest instant, or `Infinity` when empty. */
  peekInstant(): number {
    return this.instants.length === 0 ? Number.POSITIVE_INFINITY : this.instants[0]!;
  }

  /** The slot of the earliest instant (only when not empty). */
  peekSlot(): number {
    return this.slots[0]!;
  }

  push(instant: number, slot: number): void {
    const { instants, slots } = this;
    let at = instants.length;
    instants.push(instant);
    slots.push(slot);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (instants[parent]! <= instant) break;
      instants[at] = instants[parent]!;
      slots[at] = slots[parent]!;
      at = parent;
    }
    instants[at] = instant;
    slots[at] = slot;
  }

  pop(): void {
    const { instants, slots } = this;
    const lastInstant = instants.pop()!;
    const lastSlot = slots.pop()!;
    const size = instants.length;
    if (size === 0) return;
    let at = 0;
    for (;;) {
      const left = at * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && instants[right]! < instants[left]! ? right : left;
      if (instants[child]! >= lastInstant) break;
      instants[at] = instants[child]!;
      slots[at] = slots[child]!;
      at = child;
    }
    instants[at] = lastInstant;
    slots[at] = lastSlot;
  }

  clear(): void {
    this.instants.length = 0;
    this.slots.length = 0;
  }
}
