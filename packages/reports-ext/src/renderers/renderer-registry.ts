import type { RendererId } from '../descriptor/descriptor-types';
import { csvRenderer } from './csv-renderer';
import { htmlRenderer } from './html-renderer';
import { jsonRenderer } from './json-renderer';
import { pdfRenderer } from './pdf-renderer';
import type { Renderer } from './renderer-types';
import { xlsxRenderer } from './xlsx-renderer';

const RENDERERS: Record<RendererId, Renderer> = {
  csv: csvRenderer,
  xlsx: xlsxRenderer,
  json: jsonRenderer,
  html: htmlRenderer,
  pdf: pdfRenderer,
};

/** The renderer of an output format. */
export function getRenderer(id: RendererId): Renderer {
  return RENDERERS[id];
}
