import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Margins, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { FileDownload } from '../../shared/files';
import { fontPaths, type FontPaths } from './fonts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * A copy of a document definition's data, functions shared. pdfmake writes into what it is
 * given (a picture becomes a reference to its own image store), so printing from a copy
 * leaves the document as it was, to be printed again.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  return value;
}

/** A margin with nothing below it. */
function noBottom(margin: Margins): Margins {
  if (typeof margin === 'number') return [margin, margin, margin, 0];
  if (margin.length === 2) return [margin[0], margin[1], margin[0], 0];
  return [margin[0], margin[1], margin[2], 0];
}

/**
 * Takes away the space kept below the very last line of the content (in place, on a copy).
 * pdfmake starts a new page for a bottom margin that does not fit, so a document whose last
 * paragraph ended at the foot of a page printed an extra, empty page.
 */
export function dropTrailingMargin(content: unknown): void {
  if (Array.isArray(content)) return dropTrailingMargin(content.at(-1));
  if (!isRecord(content)) return;
  if (content['margin'] !== undefined) content['margin'] = noBottom(content['margin'] as Margins);
  for (const key of ['stack', 'ul', 'ol']) if (Array.isArray(content[key])) dropTrailingMargin(content[key]);
  // Columns end side by side: each one's last line is on the last page.
  if (Array.isArray(content['columns'])) for (const column of content['columns']) dropTrailingMargin(column);
}

/**
 * Turns a document definition into PDF bytes. pdfmake is one shared instance, so fonts and
 * access policies are set on every call, immediately before createPdf reads them
 * (synchronously): another document type cannot leave different ones behind.
 */
export async function renderPdf(doc: TDocumentDefinitions, fonts: FontPaths = fontPaths()): Promise<Buffer> {
  const fontFiles = new Set(Object.values(fonts).map((file) => path.resolve(file)));
  const dictionary: TFontDictionary = { Roboto: { ...fonts } };
  pdfmake.setFonts(dictionary);
  // Offline app holding personal data: a document must never make pdfmake fetch a URL or
  // read a file other than our fonts (an image or font path that slipped into the data).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => fontFiles.has(path.resolve(file)));
  const printable = copyOf(doc);
  dropTrailingMargin(printable.content);
  return pdfmake.createPdf(printable).getBuffer();
}

/** A document as a PDF download for the renderer to save. */
export async function pdfDownload(filename: string, doc: TDocumentDefinitions): Promise<FileDownload> {
  return { filename, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
