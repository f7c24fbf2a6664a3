import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { FileDownload } from '../../shared/files';
import { fontDir, ROBOTO_FILES } from './fonts';

/**
 * Turns a document definition into PDF bytes. pdfmake is one shared instance, so fonts and
 * access policies are set on every call, immediately before createPdf reads them
 * (synchronously): another document type cannot leave different ones behind.
 */
export async function renderPdf(doc: TDocumentDefinitions, fonts: string = fontDir()): Promise<Buffer> {
  const fontFiles = new Set(Object.values(ROBOTO_FILES).map((file) => path.resolve(fonts, file)));
  const dictionary: TFontDictionary = {
    Roboto: {
      normal: path.join(fonts, ROBOTO_FILES.normal),
      bold: path.join(fonts, ROBOTO_FILES.bold),
      italics: path.join(fonts, ROBOTO_FILES.italics),
      bolditalics: path.join(fonts, ROBOTO_FILES.bolditalics),
    },
  };
  pdfmake.setFonts(dictionary);
  // Offline app holding personal data: a document must never make pdfmake fetch a URL or
  // read a file other than our fonts (an image or font path that slipped into the data).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => fontFiles.has(path.resolve(file)));
  return pdfmake.createPdf(doc).getBuffer();
}

/** A document as a PDF download for the renderer to save. */
export async function pdfDownload(filename: string, doc: TDocumentDefinitions): Promise<FileDownload> {
  return { filename, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
