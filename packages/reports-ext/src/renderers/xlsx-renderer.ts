import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { ReportColumn } from '../reports/report-types';
import type { RenderInput, RenderResult, Renderer } from './renderer-types';
import { yieldToEventLoop } from './stream-utils';

/** Data rows per sheet: Excel's 1,048,576 rows less the header. Past it the report continues on a new sheet. */
export const XLSX_ROWS_PER_SHEET = 1_048_575;
/** Rows committed between two yields to the event loop (exceljs `commit()` is synchronous and ignores backpressure). */
const YIELD_EVERY = 500;

function sheetName(title: string, part: number): string {
  // Sheet names are at most 31 characters and cannot hold []:*?/\ .
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 24);
  return part === 1 ? base : `${base} (${part})`;
}

/** The date cells' style, one object for every cell (see `cellStyles`). */
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd hh:mm:ss' };
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

/**
 * The style of each column's cells, as shared objects. exceljs copies the column's style into a fresh object per
 * cell and, finding no cached id for that new object, renders the style to XML to look its id up, for every cell;
 * given the same object each time, its cache answers. (A third of the renderer's time on a 12-column report.)
 */
function cellStyles(columns: ReportColumn[]): Partial<ExcelJS.Style>[] {
  return columns.map((c) => (c.type === 'date' ? DATE_STYLE : PLAIN_STYLE));
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, title: string, part: number, columns: ReportColumn[]) {
  const sheet = workbook.addWorksheet(sheetName(title, part), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.title,
    key: c.key,
    width: Math.min(Math.max(c.width ?? 14, c.title.length + 2), 60),
    ...(c.type === 'date' ? { style: DATE_STYLE } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

/** Options of {@link createXlsxRenderer}. */
export interface XlsxRendererOptions {
  /** Data rows per sheet before the report continues on the next one; Excel's maximum by default. */
  rowsPerSheet?: number;
}

/**
 * XLSX through exceljs's streaming `WorkbookWriter`: each row is committed as soon as it is added so memory stays
 * flat; every few hundred rows the renderer yields to the event loop and waits for the output to drain. Instants
 * are real Excel dates (UTC), numbers are numbers, booleans are booleans — no formulas, so no injection.
 */
export function createXlsxRenderer(options: XlsxRendererOptions = {}): Renderer {
  const rowsPerSheet = options.rowsPerSheet ?? XLSX_ROWS_PER_SHEET;
  return {
    id: 'xlsx',
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    compressed: true,
    async render(input: RenderInput, output: Writable): Promise<RenderResult> {
      // Loaded on first use, as pdfkit is: exceljs costs ~8 MB of heap that csv, json, html and pdf reports never need
      // (importing the package took 14.6 MB with it, 6.4 MB without), and V8 sets its old-generation limit from the
      // live heap, so a bigger one lets more garbage pile up before it collects.
      const { stream } = (await import('exceljs')).default;
      const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
      workbook.creator = '@connect-tokens/reports-ext';
      workbook.created = input.generatedAt;
      workbook.title = input.title;
      let part = 1;
      let sheet = addSheet(workbook, input.title, part, input.columns);
      const styles = cellStyles(input.columns);
      let rows = 0;
      let inSheet = 0;
      for await (const page of input.rows) {
        input.signal.throwIfAborted();
        for (const row of page) {
          if (inSheet === rowsPerSheet) {
            // Committing the full sheet frees its memory; exceljs only releases the first uncommitted sheet.
            sheet.commit();
            part += 1;
            sheet = addSheet(workbook, input.title, part, input.columns);
            inSheet = 0;
          }
          const added = sheet.addRow(input.columns.map((c) => row[c.key] ?? null));
          for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i]!;
          added.commit();
          rows += 1;
          inSheet += 1;
          if (rows % YIELD_EVERY === 0) {
            await yieldToEventLoop();
            if (output.writableNeedDrain) await once(output, 'drain', { signal: input.signal });
          }
        }
      }
      sheet.commit();
      await workbook.commit();
      await finished(output);
      return { rows, truncated: false };
    },
  };
}

/** The xlsx renderer with Excel's sheet size. */
export const xlsxRenderer: Renderer = createXlsxRenderer();
