import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../../electron/pdf/render';

/**
 * Renders documents to real PDF files and reads them back with poppler (pdftotext,
 * pdfinfo), so the tests check what a person holding the paper would see.
 */

const run = promisify(execFile);

export interface RenderedPdf {
  file: string;
  bytes: Buffer;
  /** `pdftotext -layout`, whole document. */
  text: string;
  /** The same, one entry per page. */
  pages: string[];
  /**
   * `pdftotext -raw` with whitespace squeezed: text in the order it was drawn, so a wrapped
   * paragraph in a column reads as one sentence.
   */
  flow: string;
  /** pdfinfo fields: Title, Author, Pages, "Page size", … */
  info: Record<string, string>;
  pageCount: number;
}

export interface Word {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export class PdfFolder {
  private constructor(readonly dir: string) {}

  static async create(): Promise<PdfFolder> {
    return new PdfFolder(await mkdtemp(path.join(tmpdir(), 'peer-desk-pdf-')));
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  /** `uncompressed` leaves the drawing commands readable, to count and measure boxes. */
  async render(name: string, doc: TDocumentDefinitions, options: { uncompressed?: boolean } = {}): Promise<RenderedPdf> {
    const file = path.join(this.dir, `${name}.pdf`);
    const bytes = await renderPdf(options.uncompressed ? { ...doc, compress: false } : doc);
    await writeFile(file, bytes);
    const [{ stdout: text }, { stdout: raw }, { stdout: infoText }] = await Promise.all([
      run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']),
      run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']),
      run('pdfinfo', ['-enc', 'UTF-8', file]),
    ]);
    const info: Record<string, string> = {};
    for (const line of infoText.split('\n')) {
      const match = /^([^:]+):\s+(.*)$/.exec(line);
      if (match) info[match[1]!.trim()] = match[2]!.trim();
    }
    // pdftotext ends every page with a form feed.
    const pages = text.split('\f').slice(0, -1);
    return { file, bytes, text, pages, flow: squeeze(raw), info, pageCount: Number(info['Pages']) };
  }

  /** Every word with its page and position in points (origin top left). */
  async words(file: string): Promise<Word[]> {
    const out = `${file}.html`;
    await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, out]);
    const html = await readFile(out, 'utf8');
    const words: Word[] = [];
    let page = 0;
    for (const match of html.matchAll(/<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (match[0].startsWith('<page')) {
        page += 1;
        continue;
      }
      words.push({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: decodeEntities(match[5]!) });
    }
    return words;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Squares of the given side (in points) drawn in an uncompressed PDF: their bottom-left y, top of page first. */
export function squares(bytes: Buffer, side: number): number[] {
  const ys: number[] = [];
  for (const match of bytes.toString('latin1').matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re\b/g)) {
    const [w, h] = [Number(match[3]), Number(match[4])];
    if (Math.abs(w - side) < 0.01 && Math.abs(h - side) < 0.01) ys.push(Number(match[2]));
  }
  return ys;
}

/** Whitespace (including line breaks from wrapping) squeezed to single spaces. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Every fontSize set anywhere in a document definition (not the footer, which is a function). */
export function fontSizes(node: unknown): number[] {
  if (Array.isArray(node)) return node.flatMap(fontSizes);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'fontSize' && typeof value === 'number' ? [value] : fontSizes(value)));
}
