/**
 * JSON texts of wire objects, kept for the records answered most recently, so a list whose records have not changed
 * since the last request joins kept texts instead of serializing its page again: `JSON.stringify` of the page was the
 * largest cost of a token list over HTTP (and of reading one token, the largest of the handler's).
 *
 * A text is kept with the inputs it was made from (everything its wire object depends on, compared with `===`) and
 * used only while they are the same. Bounded: at most `capacity` records are remembered, the least recently used is
 * forgotten first, and a record's text is kept only from its second use on, so listing every record of a large store
 * once (an export) keeps no texts.
 */
export class KeptJson<R extends object> {
  /** Least recently used first: a Map iterates in insertion order, and a record used again is moved to the end. */
  readonly #recent = new Map<R, { inputs: readonly unknown[]; text: string | undefined }>();

  constructor(readonly capacity: number) {}

  /** The text kept for `record` if it was made from the same `inputs`, else `make()` (kept from the second use on). */
  text(record: R, inputs: readonly unknown[], make: () => string): string {
    const kept = this.#recent.get(record);
    if (kept !== undefined) {
      this.#recent.delete(record);
      if (kept.text !== undefined && sameInputs(kept.inputs, inputs)) {
        this.#recent.set(record, kept);
        return kept.text;
      }
    }
    const text = make();
    this.#recent.set(record, { inputs, text: kept === undefined ? undefined : text });
    if (this.#recent.size > this.capacity) this.#recent.delete(this.#recent.keys().next().value!);
    return text;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
