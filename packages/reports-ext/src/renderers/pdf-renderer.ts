import type PDFDocumentType from 'pdfkit';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { ReportColumn } from '../reports/report-types';
import { cellToDisplay, isoInstant, parameterToDisplay, truncationNote } from './format-cell';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';
import { yieldToEventLoop } from './stream-utils';

const MARGIN = 36;
const FONT_SIZE = 7.5;
const ROW_HEIGHT = 12;
const PADDING = 3;

/** Fits text into `width` points, cutting it with an ellipsis: a table row must stay one line high. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (doc.widthOfString(oneLine) <= width) return oneLine;
  let low = 0;
  let high = oneLine.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${oneLine.slice(0, mid)}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${oneLine.slice(0, low)}…`;
}

function columnWidths(columns: ReportColumn[], total: number): number[] {
  const weights = columns.map((c) => c.width ?? 12);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * total);
}

/**
 * A landscape A4 table drawn with pdfkit and its built-in Helvetica (no browser, no font files). pdfkit keeps the
 * document in memory until `end()`, so the output is capped at `maxRows` rows with a note saying where the rest is.
 * The built-in fonts cover Latin-1 only: other characters of user-given names may not show.
 */
export const pdfRenderer: Renderer = {
  id: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  compressed: true,
  async render(input: RenderInput, output: Writable): Promise<RenderResult> {
    // Loaded on first use: pdfkit (and its fonts) cost ~7 MB of heap that csv, json and html reports never need.
    const PDFDocument: typeof PDFDocumentType = (await import('pdfkit')).default;
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      info: { Title: input.title, Creator: '@connect-tokens/reports-ext', CreationDate: input.generatedAt },
    });
    doc.pipe(output);
    const left = MARGIN;
    const width = doc.page.width - 2 * MARGIN;
    const bottom = doc.page.height - MARGIN;
    const widths = columnWidths(input.columns, width);

    doc.font('Helvetica-Bold').fontSize(14).text(input.title, left, MARGIN);
    doc.font('Helvetica').fontSize(8).fillColor('#52606d');
    doc.text(input.description, { width });
    const parameters = Object.entries(input.parameters)
      .map(([k, v]) => `${k}: ${parameterToDisplay(v)}`)
      .join('   ');
    doc.text(`Generated ${isoInstant(input.generatedAt)}${parameters ? `   ${parameters}` : ''}`, { width });
    doc.fillColor('black');
    let y = doc.y + 8;

    const drawRow = (cells: string[], header: boolean) => {
      if (header) doc.rect(left, y, width, ROW_HEIGHT).fill('#f0f4f8').fillColor('black');
      doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
      let x = left;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        const align = !header && input.columns[i]?.type === 'number' ? 'right' : 'left';
        doc.text(fit(doc, cell, w - 2 * PADDING), x + PADDING, y + 2.5, {
          width: w - 2 * PADDING,
          lineBreak: false,
          align,
        });
        x += w;
      });
      doc
        .moveTo(left, y + ROW_HEIGHT)
        .lineTo(left + width, y + ROW_HEIGHT)
        .lineWidth(0.3)
        .strokeColor('#d9e2ec')
        .stroke();
      y += ROW_HEIGHT;
    };
    const header = input.columns.map((c) => c.title);
    drawRow(header, true);

    let rows = 0;
    let truncated = false;
    pages: for await (const page of input.rows) {
      for (const row of page) {
        input.signal.throwIfAborted();
        if (rows >= input.maxRows) {
          truncated = true;
          break pages;
        }
        if (y + ROW_HEIGHT > bottom) {
          doc.addPage();
          y = MARGIN;
          drawRow(header, true);
        }
        drawRow(
          input.columns.map((c) => cellToDisplay(row[c.key] ?? null)),
          false,
        );
        rows += 1;
        // Drawing is synchronous; yielding keeps the process responsive (progress output, abort) on long reports.
        if (rows % 200 === 0) await yieldToEventLoop();
      }
    }
    const note = truncated ? truncationNote(input.reportId, input.maxRows) : rows === 0 ? 'No rows.' : '';
    if (note) {
      if (y + 3 * ROW_HEIGHT > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .text(note, left, y + 8, { width });
    }
    doc.end();
    await finished(output);
    return { rows, truncated };
  },
};
