import type { Writable } from 'node:stream';
import { cellToDisplay, isoInstant, parameterToDisplay, truncationNote } from './format-cell';
import { escapeHtml } from './html-escape';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';
import { end, write } from './stream-utils';

// Inline styles only: the file must open anywhere, offline, with no external requests.
const STYLE = `
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2933}
h1{font-size:20px;margin:0 0 4px}
p.description{margin:0 0 12px;color:#52606d}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px;margin:0 0 16px;font-size:12px}
dt{color:#52606d}dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d9e2ec;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f8;position:sticky;top:0}
tr:nth-child(even) td{background:#fafbfc}
td.number{text-align:right;font-variant-numeric:tabular-nums}
p.note{margin:16px 0;padding:8px 12px;background:#fffbea;border:1px solid #f0b429}
`.trim();

/**
 * A self-contained HTML page: escaped cells, inline CSS, no scripts. Capped at `maxRows` rows, with a note saying
 * where the rest is.
 */
export const htmlRenderer: Renderer = {
  id: 'html',
  extension: 'html',
  mediaType: 'text/html; charset=utf-8',
  compressed: false,
  async render(input: RenderInput, output: Writable): Promise<RenderResult> {
    const title = escapeHtml(input.title);
    const parameters = Object.entries(input.parameters)
      .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(parameterToDisplay(value))}</dd>`)
      .join('');
    await write(
      output,
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n` +
        `<style>${STYLE}</style>\n</head>\n<body>\n<h1>${title}</h1>\n` +
        `<p class="description">${escapeHtml(input.description)}</p>\n` +
        `<dl><dt>Generated</dt><dd>${escapeHtml(isoInstant(input.generatedAt))}</dd>${parameters}</dl>\n` +
        `<table>\n<thead><tr>${input.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join('')}</tr></thead>\n<tbody>\n`,
    );
    let rows = 0;
    let truncated = false;
    for await (const page of input.rows) {
      input.signal.throwIfAborted();
      let text = '';
      for (const row of page) {
        if (rows >= input.maxRows) {
          // Leaving the loop calls the generator's return(): no further pages are fetched.
          truncated = true;
          break;
        }
        const cells = input.columns
          .map((c) => {
            const cell = escapeHtml(cellToDisplay(row[c.key] ?? null));
            return c.type === 'number' ? `<td class="number">${cell}</td>` : `<td>${cell}</td>`;
          })
          .join('');
        text += `<tr>${cells}</tr>\n`;
        rows += 1;
      }
      if (text) await write(output, text, input.signal);
      if (truncated) break;
    }
    const note = truncated ? `<p class="note">${escapeHtml(truncationNote(input.reportId, input.maxRows))}</p>\n` : '';
    const empty = rows === 0 ? `<tr><td colspan="${input.columns.length}">No rows.</td></tr>\n` : '';
    await write(output, `${empty}</tbody>\n</table>\n${note}</body>\n</html>\n`);
    await end(output);
    return { rows, truncated };
  },
};
