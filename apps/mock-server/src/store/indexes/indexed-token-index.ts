/**
 * The {@link TokenIndex} lists use: columns kept up to date on each change, so that a list costs about its page
 * rather than the store.
 *
 * - Each token has a slot (its creation order) in every column; a deleted token leaves a hole until holes outnumber
 *   tokens, and then the columns are compacted.
 * - Statuses are kept with the instant until which each holds (`expiring` and `expired` start at fixed instants
 *   derived from `expiration_date`). A min-heap of those instants finds the tokens whose status a forward clock move
 *   crossed; only those are worked out again. A backward move (rare: tests and `/__mock/clock`) redoes them all.
 * - What a query selects (and the whole store in each `ordering`) is kept until the next change of any token or
 *   status, so paging through one query costs each page its size; a whole-store order is mended instead (the changed
 *   rows are moved to their new places by binary search), so a list right after a change costs a filter, not a sort. A first page of an ordering asked for once is
 *   found without sorting everything (as the plain index does); asked for again, the whole order is kept.
 */
import { EXPIRING_WINDOW_MS } from '@connect-tokens/protocol';
import { isoTime } from '../../rql';
import { ACTIVE, EXPIRED, EXPIRING, expiryTime, statusCodeAt } from '../token-status';
import type { TokenRecord } from '../types';
import { InstantHeap } from './instant-heap';
import type { TokenIndex, TokenListView } from './token-index';

const FOREVER = Number.POSITIVE_INFINITY;
/** Distinct names whose folded form is kept for sharing (see `foldedOf`). */
const MAX_FOLDED_NAMES = 4096;

export function createIndexedTokenIndex(): TokenIndex {
  /** By slot; `undefined` for a deleted token. */
  let tokens: (TokenRecord | undefined)[] = [];
  const slotOf = new Map<TokenRecord, number>();
  let holes = 0;
  let statuses: number[] = [];
  /** The instant at which the slot's status stops holding as time moves forward (`Infinity`: never). */
  let until: number[] = [];
  let folded: string[] = [];
  /**
   * The folded form of names seen lately, so tokens of one name share one folded string (names repeat: "Zapier",
   * "test"). Emptied when full, so it costs at most its bound, however many distinct names there are.
   */
  const foldedOf = new Map<string, string>();
  const fold = (name: string): string => {
    let lower = foldedOf.get(name);
    if (lower === undefined) {
      if (foldedOf.size >= MAX_FOLDED_NAMES) foldedOf.clear();
      lower = name.toLowerCase();
      foldedOf.set(name, lower);
    }
    return lower;
  };
  /**
   * The `created` object `createdMs` was parsed from, `undefined` until a list reads it (replaced records, as seeding
   * does, are seen by identity).
   */
  let createdFrom: (TokenRecord['created'] | undefined)[] = [];
  let createdMs: number[] = [];
  /** Slots whose status must be worked out again at the next view. */
  let dirty = new Set<number>();
  const heap = new InstantHeap();
  let lastNow = Number.NaN;
  /** Bumped by every change a cached order could depend on. */
  let version = 0;
  let layout: { tokens: TokenRecord[]; rowSlots: Int32Array; rowOfSlot: Int32Array; rows: number[] } | undefined;
  /**
   * Query answers of the current layout by key, and the keys asked for once. A whole-store order (with its
   * comparator) survives a change of some tokens by moving just their rows; any other answer is dropped then.
   */
  const answers = new Map<string, { rows: number[]; compare: ((a: number, b: number) => number) | undefined }>();
  const asked = new Set<string>();
  /** Slots changed (or whose status changed) since the answers were last brought up to date. */
  const moved = new Set<number>();
  /** More moved rows than this, and whole-store orders are sorted again rather than mended. */
  const MAX_MOVES = 64;
  /** `0 … n - 1`, kept while the count stays. */
  let rowNumbers: number[] = [];

  const dropLayout = (): void => {
    layout = undefined;
    answers.clear();
    asked.clear();
    moved.clear();
  };

  function fill(slot: number, token: TokenRecord): void {
    folded[slot] = fold(token.name);
    // Parsed on first use (`createdTime`): a `created` kept from here would hold on to a replaced object.
    createdFrom[slot] = undefined;
    dirty.add(slot);
    moved.add(slot);
    version++;
  }

  function compact(): void {
    const live = tokens.filter((token): token is TokenRecord => token !== undefined);
    tokens = [];
    statuses = [];
    until = [];
    folded = [];
    createdFrom = [];
    createdMs = [];
    dirty = new Set();
    slotOf.clear();
    heap.clear();
    holes = 0;
    for (const token of live) insert(token);
  }

  function insert(token: TokenRecord): void {
    const slot = tokens.length;
    tokens.push(token);
    slotOf.set(token, slot);
    statuses.push(ACTIVE);
    until.push(FOREVER);
    folded.push('');
    createdFrom.push(undefined);
    createdMs.push(Number.NaN);
    fill(slot, token);
  }

  /** Works out the slot's status at `now`, and queues the instant it next changes at. */
  function settle(slot: number, now: number, onExpired: (token: TokenRecord) => void): void {
    const token = tokens[slot];
    if (token === undefined) return;
    const expires = token.active ? expiryTime(token) : null;
    const code = statusCodeAt(token.active, expires, now);
    if (code !== statuses[slot]) {
      version++;
      moved.add(slot);
    }
    statuses[slot] = code;
    let next = FOREVER;
    if (code === ACTIVE || code === EXPIRING) {
      if (expires !== null && !Number.isNaN(expires)) next = code === ACTIVE ? expires - EXPIRING_WINDOW_MS : expires;
    }
    until[slot] = next;
    if (next !== FOREVER) heap.push(next, slot);
    if (code === EXPIRED) onExpired(token);
  }

  function refresh(now: number, onExpired: (token: TokenRecord) => void): void {
    if (now < lastNow) {
      // Backwards: any status may hold no longer, and the heap only knows forward instants.
      heap.clear();
      for (let slot = 0; slot < tokens.length; slot++) dirty.add(slot);
    }
    lastNow = now;
    if (dirty.size > 0) {
      const slots = dirty;
      dirty = new Set();
      for (const slot of slots) settle(slot, now, onExpired);
    }
    while (heap.size > 0 && heap.peekInstant() <= now) {
      const instant = heap.peekInstant();
      const slot = heap.peekSlot();
      heap.pop();
      // Entries of changed or deleted tokens stay behind; only the slot's current instant counts.
      if (until[slot] === instant) settle(slot, now, onExpired);
    }
    // Stale entries pile up as tokens change; rebuilt from the columns when they outnumber the live ones.
    if (heap.size > 2 * tokens.length + 1024) {
      heap.clear();
      for (let slot = 0; slot < tokens.length; slot++)
        if (until[slot] !== FOREVER && tokens[slot]) heap.push(until[slot]!, slot);
    }
  }

  function currentLayout(): NonNullable<typeof layout> {
    if (!layout) {
      const live = tokens.length - holes;
      const rowSlots = new Int32Array(live);
      const rowOfSlot = new Int32Array(tokens.length).fill(-1);
      const newestFirst: TokenRecord[] = new Array(live);
      let row = 0;
      for (let slot = tokens.length - 1; slot >= 0; slot--) {
        const token = tokens[slot];
        if (token === undefined) continue;
        rowSlots[row] = slot;
        rowOfSlot[slot] = row;
        newestFirst[row] = token;
        row++;
      }
      if (rowNumbers.length !== live) rowNumbers = Array.from({ length: live }, (_, r) => r);
      layout = { tokens: newestFirst, rowSlots, rowOfSlot, rows: rowNumbers };
    }
    return layout;
  }

  /** Brings kept answers up to date with the moved slots: orders are mended, filtered answers dropped. */
  function mend(rowOfSlot: Int32Array): void {
    if (moved.size === 0) return;
    const rows = new Set<number>();
    for (const slot of moved) if (rowOfSlot[slot]! >= 0) rows.add(rowOfSlot[slot]!);
    moved.clear();
    for (const [key, answer] of answers) {
      if (!answer.compare || rows.size > MAX_MOVES) {
        answers.delete(key);
        continue;
      }
      const compare = answer.compare;
      // Everything else is still in order under the current values; the moved rows go back in by binary search.
      const mended = answer.rows.filter((row) => !rows.has(row));
      for (const row of rows) {
        let low = 0;
        let high = mended.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if ((compare(mended[middle]!, row) || mended[middle]! - row) < 0) low = middle + 1;
          else high = middle;
        }
        mended.splice(low, 0, row);
      }
      answer.rows = mended;
    }
  }

  return {
    inserted(token) {
      insert(token);
      dropLayout();
    },
    changed(token) {
      const slot = slotOf.get(token);
      if (slot !== undefined) fill(slot, token);
    },
    deleted(token) {
      const slot = slotOf.get(token);
      if (slot === undefined) return;
      slotOf.delete(token);
      tokens[slot] = undefined;
      folded[slot] = '';
      createdFrom[slot] = undefined;
      until[slot] = FOREVER;
      dirty.delete(slot);
      holes++;
      version++;
      dropLayout();
      if (holes > 1024 && holes * 2 > tokens.length) compact();
    },
    cleared() {
      tokens = [];
      compact();
      lastNow = Number.NaN;
      version++;
      dropLayout();
    },
    view(now, onExpired): TokenListView {
      refresh(now, onExpired);
      const { tokens: newestFirst, rowSlots, rowOfSlot, rows } = currentLayout();
      mend(rowOfSlot);
      const at = version;
      return {
        tokens: newestFirst,
        rows,
        status: (row) => statuses[rowSlots[row]!]!,
        foldedName: (row) => folded[rowSlots[row]!]!,
        createdTime: (row) => {
          const slot = rowSlots[row]!;
          const created = newestFirst[row]!.created;
          if (createdFrom[slot] !== created) {
            createdFrom[slot] = created;
            createdMs[slot] = isoTime(created.at) ?? Number.NaN;
          }
          const ms = createdMs[slot]!;
          return Number.isNaN(ms) ? undefined : ms;
        },
        kept(key, compute, eager, compare) {
          // A view outlived by a change (it should not be: lists are synchronous) keeps nothing.
          if (version !== at) return undefined;
          const kept = answers.get(key);
          if (kept !== undefined) return kept.rows;
          if (!eager && !asked.has(key)) {
            if (asked.size >= 256) asked.clear();
            asked.add(key);
            return undefined;
          }
          const answer = compute();
          if (version !== at) return answer;
          if (answers.size >= 32) answers.clear();
          answers.set(key, { rows: [...answer], compare });
          return answer;
        },
      };
    },
  };
}
