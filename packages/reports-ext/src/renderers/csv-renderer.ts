import { stringify } from 'csv-stringify';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { cellToText } from './format-cell';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';

/**
 * CSV with a header row, UTF-8 with a byte-order mark (so Excel reads non-ASCII names right), and `escape_formulas`:
 * token names and descriptions are user input, and a cell starting with `=`, `+`, `-` or `@` would run as a formula
 * in a spreadsheet.
 */
export const csvRenderer: Renderer = {
  id: 'csv',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  compressed: false,
  async render(input: RenderInput, output: Writable): Promise<RenderResult> {
    const stringifier = stringify({
      bom: true,
      header: true,
      columns: input.columns.map((c) => ({ key: c.key, header: c.title })),
      escape_formulas: true,
    });
    const done = pipeline(stringifier, output);
    let rows = 0;
    try {
      for await (const row of input.rows) {
        input.signal.throwIfAborted();
        const record = input.columns.map((c) => cellToText(row[c.key] ?? null));
        if (!stringifier.write(record)) await once(stringifier, 'drain', { signal: input.signal });
        rows += 1;
      }
      stringifier.end();
    } catch (error) {
      stringifier.destroy(error as Error);
      await done.catch(() => undefined);
      throw error;
    }
    await done;
    return { rows, truncated: false };
  },
};
