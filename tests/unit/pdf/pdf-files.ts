import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

export interface TextRun {
  text: string;
  page: number;
  /** PostScript name, subset prefix removed: "Roboto-Bold". */
  font: string;
  /** pdftohtml's size, in its own units (1.5 times points at its default zoom). */
  size: number;
}

export class PdfFolder {
  private constructor(readonly dir: string) {}

  /** PEER_DESK_KEEP_PDFS=/some/folder keeps the rendered PDFs there, to look at every page after a run. */
  static async create(): Promise<PdfFolder> {
    const keep = process.env['PEER_DESK_KEEP_PDFS'];
    if (keep) await mkdir(keep, { recursive: true });
    return new PdfFolder(await mkdtemp(path.join(keep || tmpdir(), 'peer-desk-pdf-')));
  }

  async remove(): Promise<void> {
    if (!process.env['PEER_DESK_KEEP_PDFS']) await rm(this.dir, { recursive: true, force: true });
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

  /**
   * Every run of text as pdftohtml groups it (about a line), with the font it is drawn in by
   * PostScript name ("Roboto-Bold"): what a bold heading is really printed in.
   */
  async textFonts(file: string): Promise<TextRun[]> {
    const { stdout } = await run('pdftohtml', ['-xml', '-i', '-fontfullname', '-stdout', '-enc', 'UTF-8', file]);
    const fonts = new Map<string, { font: string; size: number }>();
    const runs: TextRun[] = [];
    let page = 0;
    for (const match of stdout.matchAll(/<page number="(\d+)"|<fontspec id="(\d+)" size="([\d.]+)" family="(?:[A-Z]{6}\+)?([^"]*)"|<text [^>]*font="(\d+)">(.*?)<\/text>/g)) {
      if (match[1] !== undefined) page = Number(match[1]);
      else if (match[2] !== undefined) fonts.set(match[2], { font: match[4]!, size: Number(match[3]) });
      else {
        const font = fonts.get(match[5]!);
        runs.push({ page, text: decodeEntities(match[6]!.replace(/<[^>]+>/g, '')), font: font?.font ?? '', size: font?.size ?? 0 });
      }
    }
    return runs;
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
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
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
