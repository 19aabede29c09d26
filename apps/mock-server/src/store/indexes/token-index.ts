/**
 * What a token list reads besides the records themselves: each token's status at the list's instant, its folded
 * name and parsed creation date, and the whole store in the order of an `ordering(...)`. Two implementations keep
 * the same contract: {@link createPlainTokenIndex} works everything out again on each list (the reference), and
 * {@link createIndexedTokenIndex} keeps it up to date on each change, so a list costs about its page.
 *
 * The store tells an index of every insert, change (`TokenStore.touch` and secret changes) and delete; records are
 * never extended with index data.
 */
import type { TokenRecord } from '../types';

/** The store as of one list: rows are positions in {@link TokenListView.tokens} (newest first). */
export interface TokenListView {
  /** Every token, newest first. Shared and read-only; valid until the next change of the store. */
  readonly tokens: readonly TokenRecord[];
  /** `0 … tokens.length - 1`, for lists that page over rows. Shared and read-only. */
  readonly rows: readonly number[];
  /** `tokenStatusCode` of the token at `row`, at the view's instant. */
  status(row: number): number;
  /** The token's name lower-cased. */
  foldedName(row: number): string;
  /** `events.created.at` as epoch milliseconds (`isoTime`), or `undefined` when it is not an ISO date. */
  createdTime(row: number): number | undefined;
  /**
   * What `compute()` answers for `key` (the rows a query selects, in order), kept until a change that could alter it
   * (any insert, delete, change of a token or status crossing); or `undefined` when it is not kept, and the caller
   * works out what it needs itself. Unless `eager`, a key is kept only when it is asked for a second time. With
   * `compare` (the order's comparator over live values, ties 0; given for whole-store orders), an index may keep the
   * answer through changes of some tokens by moving their rows. The plain index keeps nothing.
   */
  kept(
    key: string,
    compute: () => readonly number[],
    eager: boolean,
    compare?: (a: number, b: number) => number,
  ): readonly number[] | undefined;
}

/** Keeps what lists derive from tokens. */
export interface TokenIndex {
  inserted(token: TokenRecord): void;
  /** A token's fields changed (a rename, new status inputs, new secrets, …). */
  changed(token: TokenRecord): void;
  deleted(token: TokenRecord): void;
  cleared(): void;
  /**
   * The store as of `now`. `onExpired` is called (at least once) with every token whose status is `expired` and was
   * not when it was last reported or changed, so the caller can record the expiry (idempotently; it must not insert,
   * delete or touch tokens).
   */
  view(now: number, onExpired: (token: TokenRecord) => void): TokenListView;
}

/** Makes an index over `tokens` (creation order), which is filled by `inserted` calls afterwards. */
export type TokenIndexFactory = () => TokenIndex;
