import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mm } from '../../../electron/pdf/layout';
import { LOOKS, newsletterDocument } from '../../../electron/pdf/newsletter';
import { issueSections, printDataFor, twelvePageIssueSections } from '../../fixtures/newsletters';
import { fontSizes, PdfFolder, squeeze, type RenderedPdf, type Word } from './pdf-files';

const run = promisify(execFile);

/**
 * Roboto's ascender-to-descender box is 1.17 em, and pdftotext reports each word's box, so a
 * word's height over 1.17 is the size it was printed at: the check reads the paper, not the
 * settings.
 */
const ROBOTO_BOX = 1.172;
const A4_HEIGHT = 841.89;
const printedSize = (w: Word) => (w.yMax - w.yMin) / ROBOTO_BOX;

/** pdftotext writes the no-break space in a postcode as U+00A0; a reader sees a space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function fontsIn(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter(Boolean);
}

/** Where each picture is drawn (pdfkit writes `w 0 0 -h x y+h cm /I1 Do`), in points from the top left. */
function pictures(bytes: Buffer): { x: number; top: number; width: number; height: number }[] {
  return [...bytes.toString('latin1').matchAll(/([\d.]+) 0 0 -([\d.]+) ([\d.]+) ([\d.]+) cm\s*\/I\d+ Do/g)].map((m) => {
    const [width, height, x, bottom] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    return { x, top: bottom - height, width, height };
  });
}

let folder: PdfFolder;
let standard: RenderedPdf;
let large: RenderedPdf;
let standardWords: Word[];
let largeWords: Word[];

beforeAll(async () => {
  folder = await PdfFolder.create();
  const data = printDataFor(issueSections());
  standard = await folder.render('standard', newsletterDocument(data, 'standard'), { uncompressed: true });
  large = await folder.render('large', newsletterDocument(data, 'large'), { uncompressed: true });
  standardWords = await folder.words(standard.file);
  largeWords = await folder.words(large.file);
});

afterAll(async () => {
  await folder.remove();
});

describe('the newsletter in standard print', () => {
  it('is A4, with the organisation, title and date on the front and in the PDF properties', () => {
    expect(standard.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(standard.info['Title']).toBe('Winter 2026');
    expect(standard.info['Author']).toBe('Cwm Taf Peer Support Network');
    const front = standard.pages[0]!;
    expect(front).toContain('Cwm Taf Peer Support Network');
    expect(front).toContain('Winter 2026');
    expect(front).toContain('Tuesday 1 December 2026');
  });

  it('prints 14 pt body text and nothing under 12 pt, on the paper as in the settings', () => {
    const doc = newsletterDocument(printDataFor(issueSections()), 'standard');
    expect(doc.defaultStyle).toMatchObject({ fontSize: 14, font: 'Roboto', alignment: 'left' });
    expect(Math.min(...fontSizes(doc.content), LOOKS.standard.footer)).toBeGreaterThanOrEqual(12);
    const sizes = standardWords.map(printedSize);
    expect(Math.min(...sizes)).toBeGreaterThan(11.8);
    const body = standardWords.filter((w) => w.text === 'Nobody' || w.text === 'pushed');
    for (const w of body) expect(printedSize(w)).toBeCloseTo(14, 0);
  });

  it('prints every section in order with its heading, and the article with its author', () => {
    const headings = ['A word from the coordinator', 'Finding my voice again', "What's on in December 2026", 'Help in the community', 'Social events'];
    const at = headings.map((h) => standard.flow.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(standard.flow).toContain('By Gwenllian Ŵyn');
  });

  it('keeps Welsh and accented names and drops emoji the font cannot draw', () => {
    expect(standard.flow).toContain('Siân Llŷr, Coordinator');
    expect(standard.flow).toContain('Zoë Ó Súilleabháin will show us how');
    expect(standard.flow).toContain('you would be very welcome.');
    expect(standard.text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('prints bold, italic, bullet lists and links that say where they go and can be clicked', async () => {
    expect(await fontsIn(standard.file)).toEqual(expect.arrayContaining(['Roboto-Regular', 'Roboto-Bold', 'Roboto-Italic']));
    // Bullets are drawn, not typed, so a list shows as indented lines.
    const indentOf = (first: string) => standardWords.find((w) => w.text === first)!.xMin;
    expect(indentOf('being')).toBeGreaterThan(mm(20) + 8);
    expect(indentOf('Christmas')).toBeGreaterThan(mm(20) + 8);
    expect(indentOf('Croeso')).toBeCloseTo(mm(20), 0);
    expect(standard.text).toMatch(/^\s+being with people who understood without needing it explained$/m);
    expect(squeeze(plain(standard.flow))).toContain('Self-refer at the NHS website (www.nhs.uk/service-search/mental-health/find-an-nhs-talking- therapies-service)');
    expect(standard.bytes.toString('latin1')).toContain('/URI (https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service)');
    expect(standard.flow).toContain('write to jo@samaritans.org.');
  });

  it('never splits a postcode over two lines', () => {
    const doc = JSON.stringify(newsletterDocument(printDataFor(issueSections()), 'standard').content);
    expect(doc).toContain('CF47\u00a08UB');
    expect(doc).not.toMatch(/CF47 8UB/);
    expect(standard.text).not.toMatch(/CF47\s*\n/);
  });

  it('puts the picture on its own, with the byline above and the words below, and nothing written over it', () => {
    const [photo, ...others] = pictures(standard.bytes);
    expect(photo).toBeDefined();
    expect(others).toEqual([]);
    const page = standardWords.find((w) => w.text === 'Ŵyn')!.page;
    const onPage = standardWords.filter((w) => w.page === page);
    const overlapping = onPage.filter((w) => w.xMax > photo!.x && w.xMin < photo!.x + photo!.width && w.yMax > photo!.top && w.yMin < photo!.top + photo!.height);
    expect(overlapping).toEqual([]);
    expect(onPage.find((w) => w.text === 'Ŵyn')!.yMax).toBeLessThanOrEqual(photo!.top);
    expect(onPage.find((w) => w.text === 'When')!.yMin).toBeGreaterThanOrEqual(photo!.top + photo!.height);
    expect(photo!.height).toBeLessThanOrEqual(mm(70) + 0.5);
  });

  it('numbers every page in its footer', () => {
    expect(standard.pageCount).toBeGreaterThanOrEqual(2);
    standard.pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Cwm Taf Peer Support Network · Winter 2026\\s+Page ${i + 1} of ${standard.pageCount}`)));
  });
});

describe('the newsletter in large print', () => {
  it('uses 18 pt sans-serif body text, nothing under 16 pt, bold headings and no italics', async () => {
    const doc = newsletterDocument(printDataFor(issueSections()), 'large');
    expect(doc.defaultStyle).toMatchObject({ fontSize: 18, font: 'Roboto', alignment: 'left' });
    expect(Math.min(...fontSizes(doc.content), LOOKS.large.footer)).toBeGreaterThanOrEqual(16);
    expect(Math.min(...largeWords.map(printedSize))).toBeGreaterThan(15.8);
    for (const w of largeWords.filter((x) => x.text === 'Nobody')) expect(printedSize(w)).toBeCloseTo(18, 0);
    const fonts = await fontsIn(large.file);
    expect(fonts.sort()).toEqual(['Roboto-Bold', 'Roboto-Regular']);
    // Emphasis is bold in large print: italics are harder to read.
    expect(fonts.filter((f) => /Italic/.test(f))).toEqual([]);
    const heading = largeWords.find((w) => w.text === 'Finding')!;
    expect(printedSize(heading)).toBeGreaterThanOrEqual(22);
  });

  it('sets every section heading in Roboto Bold, not the lighter Medium', async () => {
    const runs = await folder.textFonts(large.file);
    const headings = ['A word from the coordinator', 'Finding my voice again', "What's on in December 2026", 'Help in the community', 'Social events'];
    for (const heading of headings) {
      const run = runs.find((r) => r.text.startsWith(heading.split(' ').slice(0, 2).join(' ')));
      expect(run, heading).toBeDefined();
      expect(run!.font, heading).toBe('Roboto-Bold');
    }
    expect(runs.find((r) => r.text.startsWith('Winter 2026'))?.font).toBe('Roboto-Bold');
    expect(runs.find((r) => r.text.includes('Nobody pushed'))?.font).toBe('Roboto-Regular');
    expect(runs.some((r) => /Medium/.test(r.font))).toBe(false);
  });

  it('is left aligned: every line starts at the same margin, lists apart', () => {
    const lineStarts = new Map<string, number>();
    for (const w of largeWords) {
      const key = `${w.page}:${Math.round(w.yMin)}`;
      lineStarts.set(key, Math.min(lineStarts.get(key) ?? Infinity, w.xMin));
    }
    const margins = new Set([...lineStarts.values()].map((x) => Math.round(x)));
    // The page margin, and the bullet-list text indent; nothing centred or justified.
    expect([...margins].filter((x) => x > Math.round(mm(20)) + 40)).toEqual([]);
    expect(JSON.stringify(newsletterDocument(printDataFor(issueSections()), 'large').content)).not.toMatch(/"alignment":"(center|right|justify)"/);
  });

  it('is the same words reflowed onto more A4 pages, not the standard print scaled up', () => {
    expect(large.info['Page size']).toBe(standard.info['Page size']);
    expect(large.info['Title']).toBe('Winter 2026 (large print)');
    expect(large.pageCount).toBeGreaterThan(standard.pageCount);
    // The words above each footer, in order (footers repeat per page, so they are left out).
    const body = (ws: Word[], look: (typeof LOOKS)['standard']) =>
      ws
        .filter((w) => w.yMin < A4_HEIGHT - look.margin - look.footer * 1.5)
        .map((w) => w.text)
        .join(' ')
        .replace(/([-/]) /g, '$1');
    expect(body(largeWords, LOOKS.large)).toBe(body(standardWords, LOOKS.standard));
  });

  it('gives the picture more room than in standard print, on its own, with no text over it', () => {
    const [photo] = pictures(large.bytes);
    const [small] = pictures(standard.bytes);
    expect(photo!.width).toBeGreaterThan(small!.width);
    expect(photo!.x + photo!.width).toBeLessThanOrEqual(mm(190) + 0.5);
    const page = largeWords.find((w) => w.text === 'Ŵyn')!.page;
    const overlapping = largeWords.filter((w) => w.page === page && w.xMax > photo!.x && w.xMin < photo!.x + photo!.width && w.yMax > photo!.top && w.yMin < photo!.top + photo!.height);
    expect(overlapping).toEqual([]);
  });

  it('has generous spacing between lines', () => {
    const lines = largeWords.filter((w) => w.page === 1 && (w.text === 'Croeso' || w.text === 'two' || w.text === 'bigger'));
    const ys = [...new Set(lines.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
    expect(ys.length).toBeGreaterThanOrEqual(2);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(18 * 1.35);
  });
});

describe('what may go wrong', () => {
  it('warns across an article whose author has not agreed to it being published', async () => {
    const pdf = await folder.render('proof', newsletterDocument(printDataFor(issueSections({ withPhoto: false, agreed: false })), 'standard'));
    expect(pdf.flow).toContain('PROOF: Gwenllian Ŵyn has not yet agreed to this article being published. Do not send this copy.');
  });

  it('prints an issue with no sections as one page that says so', async () => {
    const pdf = await folder.render('empty', newsletterDocument(printDataFor([]), 'large'));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.text).toContain('This issue has no sections yet.');
  });

  it('wraps a heading and a word far too long for the line instead of cutting them off', async () => {
    const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(2);
    const pdf = await folder.render('long', newsletterDocument(printDataFor([{ kind: 'free-text', heading: `Trip to ${long}`, body: `We went to ${long} and back.` }]), 'large'));
    const words = await folder.words(pdf.file);
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(mm(190) + 1);
    expect(pdf.flow.replace(/\s/g, '')).toContain(`Tripto${long}`);
    expect(pdf.flow.replace(/\s/g, '')).toContain(`Wewentto${long}andback.`);
  });
});

describe('keeping things together across pages', () => {
  /** The parts of a document definition marked unbreakable. */
  function unbreakable(node: unknown): unknown[] {
    if (Array.isArray(node)) return node.flatMap(unbreakable);
    if (node === null || typeof node !== 'object') return [];
    const here = (node as { unbreakable?: boolean }).unbreakable ? [node] : [];
    return [...here, ...Object.values(node).flatMap(unbreakable)];
  }
  const doc = (body: string, size: 'standard' | 'large' = 'large') => newsletterDocument(printDataFor([{ kind: 'social', heading: 'Social events', body }]), size);

  it('never splits a short paragraph, such as one group in what\'s on, and lets a long one flow', () => {
    const short = 'Tuesday Talk\nEvery Tuesday, 10:30–12:00\nCanolfan Soar, CF47 8UB';
    const long = 'word '.repeat(120).trim();
    const kept = unbreakable(doc(`Intro.\n\n${short}\n\n${long}`).content).map((n) => JSON.stringify(n));
    expect(kept.some((k) => k.includes('Tuesday Talk') && !k.includes('Social events'))).toBe(true);
    expect(kept.some((k) => k.includes('word word') && !k.includes('Social events'))).toBe(false);
  });

  it('keeps an introduction ending in a colon with the short list it introduces', () => {
    const kept = unbreakable(doc('First paragraph.\n\nEveryone is welcome at these:\n\n- Lunch\n- Walk').content).map((n) => JSON.stringify(n));
    expect(kept.some((k) => k.includes('Everyone is welcome at these:') && k.includes('"ul"') && k.includes('Walk') && !k.includes('First paragraph'))).toBe(true);
  });

  it('keeps a heading with its picture, or else with its first short paragraph', () => {
    const [withPicture, withoutPicture] = [issueSections()[1]!, { ...issueSections()[1]!, image: undefined }].map((s) => {
      const content = newsletterDocument(printDataFor([s]), 'standard').content as unknown[];
      return JSON.stringify(unbreakable(content)[0]);
    });
    expect(withPicture).toContain('"image"');
    expect(withPicture).not.toContain('When I first came');
    expect(withoutPicture).toContain('Finding my voice again');
    expect(withoutPicture).toContain('When I first came');
  });

  it('fits the large-print footer on one line by naming the issue only', () => {
    for (const page of large.pages) expect(page).toMatch(/^\s*Winter 2026\s+Page \d+ of \d+\s*$/m);
    expect(large.text).not.toMatch(/Network · Winter 2026/);
  });
});

describe('a long issue', () => {
  it('runs to 12 pages in standard print (the benchmark\'s issue) and more in large print, every page numbered', async () => {
    const data = printDataFor(twelvePageIssueSections());
    const std = await folder.render('long-standard', newsletterDocument(data, 'standard'));
    const big = await folder.render('long-large', newsletterDocument(data, 'large'));
    expect(std.pageCount).toBe(12);
    expect(big.pageCount).toBeGreaterThan(std.pageCount);
    big.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${big.pageCount}`));
    // No page is left with nothing but its footer: the last paragraph's space below it used
    // to start a page of its own when that paragraph ended at the foot of a page.
    for (const pdf of [std, big]) pdf.pages.forEach((page, i) => expect(page.replace(/Winter 2026|Cwm Taf Peer Support Network|·|Page \d+ of \d+/g, '').trim(), `page ${i + 1}`).not.toBe(''));
  });
});
