import type { Writable } from 'node:stream';
import { cellToJson } from './format-cell';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';
import { end, write } from './stream-utils';

/**
 * A JSON array of row objects keyed by column key, written one row per line as rows arrive: valid JSON for any
 * parser, and never held in memory whole.
 */
export const jsonRenderer: Renderer = {
  id: 'json',
  extension: 'json',
  mediaType: 'application/json',
  compressed: false,
  async render(input: RenderInput, output: Writable): Promise<RenderResult> {
    let rows = 0;
    await write(output, '[');
    for await (const page of input.rows) {
      input.signal.throwIfAborted();
      if (page.length === 0) continue;
      let text = '';
      for (const row of page) {
        const record: Record<string, unknown> = {};
        for (const column of input.columns) record[column.key] = cellToJson(row[column.key] ?? null);
        text += `${rows === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`;
        rows += 1;
      }
      await write(output, text, input.signal);
    }
    await write(output, rows === 0 ? ']\n' : '\n]\n');
    await end(output);
    return { rows, truncated: false };
  },
};
