import type { Writable } from 'node:stream';
import { csvField, csvRecord } from './csv-field';
import { cellToText } from './format-cell';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';
import { end, write } from './stream-utils';

/**
 * Rows are gathered into chunks of about this many characters before a write: one write per row costs a Buffer and a
 * stream callback per row, a whole file in one string costs its size in memory.
 */
const CHUNK_CHARS = 64 * 1024;

/**
 * CSV with a header row, `\n` after every record, UTF-8 with a byte-order mark (so Excel reads non-ASCII names right),
 * and spreadsheet formulas neutralised: token names and descriptions are user input, and a cell starting with `=`,
 * `+`, `-` or `@` would run as a formula in a spreadsheet. Written as rows arrive, waiting for `drain` when the output
 * is slower, so memory stays flat whatever the number of rows.
 */
export const csvRenderer: Renderer = {
  id: 'csv',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  compressed: false,
  async render(input: RenderInput, output: Writable): Promise<RenderResult> {
    const keys = input.columns.map((c) => c.key);
    let chunk = `\uFEFF${csvRecord(input.columns.map((c) => c.title))}`;
    let rows = 0;
    for await (const page of input.rows) {
      input.signal.throwIfAborted();
      for (const row of page) {
        for (let i = 0; i < keys.length; i++)
          chunk += (i === 0 ? '' : ',') + csvField(cellToText(row[keys[i]!] ?? null));
        chunk += '\n';
      }
      rows += page.length;
      if (chunk.length >= CHUNK_CHARS) {
        await write(output, chunk, input.signal);
        chunk = '';
      }
    }
    await write(output, chunk, input.signal);
    await end(output);
    return { rows, truncated: false };
  },
};
