import { TimeoutReason } from './signals';

/**
 * Per-attempt timeouts without a timer per attempt. A `setTimeout` + `clearTimeout` pair per request is a measurable
 * part of a fast call (a Timeout object, a timer list insert and removal), so attempts with the same `timeoutMs` share
 * one clock instead: a FIFO list of the attempts in flight and one interval ticking {@link SLICES} times per timeout.
 * A tick expires the attempts whose deadline (`performance.now()` at the start plus `timeoutMs`) has passed: never
 * early, and late by at most one tick (`timeoutMs / SLICES`) plus the event loop's lag, as a `setTimeout` is by lag.
 *
 * Deadlines are read from `performance.now()` rather than counted in ticks: an interval's ticks restart from a
 * millisecond-truncated time and can each come up to 1 ms early. Fake timers that fake `setInterval` and
 * `performance` (the default of vitest's and Jest's) drive these timeouts as they drove `setTimeout`; a clock whose
 * `setInterval` was replaced since (fake timers installed or removed) starts a new interval. The interval holds the
 * process open only while an attempt is in flight, like the timer per attempt it replaces, and stops at the first
 * tick that finds none.
 */
const SLICES = 16;

type Interval = ReturnType<typeof setInterval>;

interface Clock {
  ms: number;
  size: number;
  head?: Deadline | undefined;
  tail?: Deadline | undefined;
  timer?: Interval | undefined;
  /** The `setInterval` that made `timer`, and its `clearInterval`. */
  from?: typeof setInterval | undefined;
  clear?: typeof clearInterval | undefined;
}

/** A timeout in progress: aborts `controller` when it expires; {@link clearDeadline} ends it. */
export interface Deadline {
  controller: AbortController;
  /** `performance.now()` when the attempt times out. */
  at: number;
  /** Whether the attempt is still running. */
  live: boolean;
  clock: Clock;
  prev: Deadline | undefined;
  next: Deadline | undefined;
}

const clocks = new Map<number, Clock>();

/** Starts a timeout of `ms` that aborts `controller` with a {@link TimeoutReason}. */
export function startDeadline(ms: number, controller: AbortController): Deadline {
  let clock = clocks.get(ms);
  if (!clock) clocks.set(ms, (clock = { ms, size: 0 }));
  if (clock.from !== setInterval) {
    clock.clear?.(clock.timer);
    clock.from = setInterval;
    clock.clear = clearInterval;
    clock.timer = setInterval(tick, ms / SLICES, clock);
  }
  const deadline: Deadline = { controller, at: performance.now() + ms, live: true, clock, prev: clock.tail, next: undefined };
  if (clock.tail) clock.tail.next = deadline;
  else clock.head = deadline;
  clock.tail = deadline;
  if (clock.size++ === 0) setRef(clock.timer!, true);
  return deadline;
}

/** Ends a timeout (its attempt finished or failed); harmless when it already expired or ended. */
export function clearDeadline(deadline: Deadline): void {
  if (!deadline.live) return;
  deadline.live = false;
  const { prev, next, clock } = deadline;
  if (prev) prev.next = next;
  else clock.head = next;
  if (next) next.prev = prev;
  else clock.tail = prev;
  deadline.prev = deadline.next = undefined;
  if (--clock.size === 0) setRef(clock.timer!, false);
}

function tick(clock: Clock): void {
  const now = performance.now();
  for (let head = clock.head; head && head.at <= now; head = clock.head) {
    clearDeadline(head);
    head.controller.abort(new TimeoutReason(clock.ms));
  }
  if (clock.size === 0) {
    clock.clear!(clock.timer);
    clock.from = undefined;
    clocks.delete(clock.ms);
  }
}

/**
 * Lets an idle clock's interval not hold the process open: Node's and Bun's timers have `ref`/`unref`, Deno has
 * `Deno.refTimer`/`unrefTimer`; elsewhere (browsers, edge runtimes) timers do not hold a process open.
 */
function setRef(timer: Interval, ref: boolean): void {
  const t = timer as unknown as { ref?(): void; unref?(): void };
  if (typeof t === 'object') (ref ? t.ref : t.unref)?.call(t);
  else (globalThis as { Deno?: Record<string, ((id: unknown) => void) | undefined> }).Deno?.[ref ? 'refTimer' : 'unrefTimer']?.(timer);
}
