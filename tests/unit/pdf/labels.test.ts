import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_SIZE, fitLabel, labelsDocument, wrapLine, type LabelContent, type Measure } from '../../../electron/pdf/labels';
import { mm } from '../../../electron/pdf/layout';
import { labelBox, SHEETS, type LabelSheet } from '../../../shared/domain/labels';
import { PdfFolder, type RenderedPdf, type Word } from './pdf-files';

/** Every character 0.5 em wide, lines 1.2 em: simple enough to work the answers out by hand. */
const fixed: Measure = { width: (text, size) => text.length * size * 0.5, lineHeight: (size) => size * 1.2 };

const ADDRESSES: LabelContent[] = [
  { lines: ['Siân Llŷr', '12 Heol y Felin', 'Merthyr Tudful', 'CF47 8UB'], largePrint: false },
  { lines: ['Zoë Ó Súilleabháin', 'Flat 3', '27 Stryd Fawr', 'Aberystwyth', 'SY23 1AB'], largePrint: true },
  { lines: ['Łukasz Wróbel', '5 Church Lane', 'Leeds', 'LS6 2AB'], largePrint: false },
];

const LONG: LabelContent = {
  lines: [
    'Mary-Catherine Featherstonehaugh-Montgomery-Llewellyn-Ap-Rhys',
    'Flat 12b, The Old Cotton Mill Apartments (rear entrance, past the bins)',
    'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
    'Ynys Môn',
    'LL61 5UJ',
  ],
  largePrint: false,
};

function people(count: number): LabelContent[] {
  return Array.from({ length: count }, (_, i) => ({ lines: [`Person ${i + 1} Jones`, `${i + 1} Bridge Street`, 'Cardiff', 'CF10 1AA'], largePrint: false }));
}

/** The label a word sits on, found from the middle of the word. */
function boxOf(sheet: LabelSheet, w: Word) {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  for (let n = 1; n <= sheet.columns * sheet.rows; n++) {
    const b = labelBox(sheet, n);
    if (cx >= mm(b.x) && cx <= mm(b.x + b.width) && cy >= mm(b.y) && cy <= mm(b.y + b.height)) return b;
  }
  return undefined;
}

/** Each word lies wholly inside one label: nothing off the edge, nothing across two labels. */
function expectAllInsideLabels(sheet: LabelSheet, words: Word[]) {
  for (const w of words) {
    const b = boxOf(sheet, w);
    expect(b, `"${w.text}" is not on a label`).toBeDefined();
    expect(w.xMin).toBeGreaterThanOrEqual(mm(b!.x));
    expect(w.xMax).toBeLessThanOrEqual(mm(b!.x + b!.width));
    expect(w.yMin).toBeGreaterThanOrEqual(mm(b!.y));
    expect(w.yMax).toBeLessThanOrEqual(mm(b!.y + b!.height));
  }
}

describe('fitting an address to a label', () => {
  it('keeps the biggest size at which every line fits on one line', () => {
    const fit = fitLabel({ lines: ['Aled Rhys', '1 High St'], largePrint: false }, 100, 100, 12, fixed);
    expect(fit).toMatchObject({ size: 12, lines: [{ text: 'Aled Rhys', continuation: false }, { text: '1 High St', continuation: false }] });
    // 20 characters need 10 em: at 100 pt wide that is 10 pt (with 2% slack, 9.5).
    expect(fitLabel({ lines: ['x'.repeat(20)], largePrint: false }, 100, 100, 12, fixed)?.size).toBe(9.5);
  });

  it('shrinks first, and wraps a line only from 9 pt, indenting the continuation', () => {
    const fit = fitLabel({ lines: ['Flat 12b The Old Cotton Mill Apartments', 'Leeds'], largePrint: false }, 100, 100, 12, fixed)!;
    expect(fit.size).toBe(9);
    expect(fit.lines).toEqual([
      { text: 'Flat 12b The Old', continuation: false },
      { text: 'Cotton Mill', continuation: true },
      { text: 'Apartments', continuation: true },
      { text: 'Leeds', continuation: false },
    ]);
  });

  it('makes room for the large-print mark', () => {
    const lines = ['a', 'b', 'c', 'd', 'e', 'f'];
    const plain = fitLabel({ lines, largePrint: false }, 100, 6 * 1.2 * 12, 12, fixed)!;
    const marked = fitLabel({ lines, largePrint: true }, 100, 6 * 1.2 * 12, 12, fixed)!;
    expect(plain.size).toBe(12);
    expect(marked.size).toBeLessThan(12);
    expect(marked.height).toBeLessThanOrEqual(6 * 1.2 * 12);
  });

  it('gives up below the smallest readable size rather than cutting anything off', () => {
    const tooMany = { lines: Array.from({ length: 20 }, (_, i) => `Line ${i}`), largePrint: false };
    expect(fitLabel(tooMany, 100, 60, 12, fixed)).toBeUndefined();
    expect(FLOOR_SIZE).toBe(7);
  });

  it('breaks a word wider than the label after a hyphen first, then anywhere', () => {
    expect(wrapLine('Featherstonehaugh-Montgomery', 100, 0, (t) => t.length * 5)).toEqual([
      { text: 'Featherstonehaugh-', continuation: false },
      { text: 'Montgomery', continuation: true },
    ]);
    const pieces = wrapLine('Llanfairpwllgwyngyll', 50, 10, (t) => t.length * 5);
    expect(pieces.map((p) => p.text).join('')).toBe('Llanfairpwllgwyngyll');
    expect(pieces.every((p) => p.text.length * 5 <= 50)).toBe(true);
  });
});

describe('labels on L7160 starting at label 8', () => {
  let folder: PdfFolder;
  let pdf: RenderedPdf;
  let words: Word[];
  const sheet = SHEETS.L7160;
  const labels = [...ADDRESSES, LONG, ...people(16)];

  beforeAll(async () => {
    folder = await PdfFolder.create();
    const layout = labelsDocument({ sheet, startAt: 8, labels });
    expect(layout).toMatchObject({ printed: 20, sheets: 2, notFitted: [] });
    pdf = await folder.render('l7160', layout.doc);
    words = await folder.words(pdf.file);
  });

  afterAll(async () => {
    await folder.remove();
  });

  it('is A4 with two sheets, the first with labels 1 to 7 left blank', () => {
    expect(pdf.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.pageCount).toBe(2);
    const firstPage = words.filter((w) => w.page === 1);
    const used = new Set(firstPage.map((w) => boxOf(sheet, w)?.number));
    expect([...used].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    const secondPage = new Set(words.filter((w) => w.page === 2).map((w) => boxOf(sheet, w)?.number));
    expect([...secondPage].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('puts the first address on label 8 (row 3, middle) and the next ones across the row', () => {
    const sian = words.find((w) => w.text === 'Siân')!;
    expect(boxOf(sheet, sian)?.number).toBe(8);
    expect(boxOf(sheet, words.find((w) => w.text === 'Zoë')!)?.number).toBe(9);
    expect(boxOf(sheet, words.find((w) => w.text === 'Łukasz')!)?.number).toBe(10);
    expect(pdf.pages[0]).toMatch(/Siân Llŷr\s+Zoë Ó Súilleabháin/);
  });

  it('keeps every word of every address inside its label', () => {
    expectAllInsideLabels(sheet, words);
  });

  it('prints a very long address whole, shrunk and wrapped, on its own label', () => {
    const onLabel = words.filter((w) => w.page === 1 && boxOf(sheet, w)?.number === 11);
    const text = onLabel.map((w) => w.text).join('');
    for (const line of LONG.lines) expect(text).toContain(line.replace(/\s/g, ''));
    expect(Math.min(...onLabel.map((w) => w.yMax - w.yMin))).toBeGreaterThanOrEqual(FLOOR_SIZE);
  });

  it('marks large-print copies "LP" in the top right corner of their label', () => {
    const lp = words.filter((w) => w.text === 'LP');
    expect(lp).toHaveLength(1);
    const box = boxOf(sheet, lp[0]!)!;
    expect(box.number).toBe(9);
    expect(lp[0]!.xMax).toBeGreaterThan(mm(box.x + box.width) - mm(6));
    expect(lp[0]!.yMin).toBeLessThan(words.find((w) => w.text === 'Zoë')!.yMin);
  });

  it('prints names and addresses exactly, accents and all (checked with pdftotext -layout)', () => {
    expect(pdf.text).toContain('12 Heol y Felin');
    expect(pdf.text).toContain('Merthyr Tudful');
    expect(pdf.text).toContain('27 Stryd Fawr');
    expect(pdf.text).toMatch(/Person 16 Jones[\s\S]*16 Bridge Street/);
  });
});

describe('labels on L7163', () => {
  let folder: PdfFolder;
  const sheet = SHEETS.L7163;

  beforeAll(async () => {
    folder = await PdfFolder.create();
  });

  afterAll(async () => {
    await folder.remove();
  });

  it('fills 14 labels a sheet, two across, each address inside its label, from the starting label chosen', async () => {
    const layout = labelsDocument({ sheet, startAt: 8, labels: [...ADDRESSES, LONG, ...people(12)] });
    expect(layout).toMatchObject({ printed: 16, sheets: 2 });
    const pdf = await folder.render('l7163', layout.doc);
    const words = await folder.words(pdf.file);
    expectAllInsideLabels(sheet, words);
    expect(boxOf(sheet, words.find((w) => w.text === 'Siân')!)?.number).toBe(8);
    expect(boxOf(sheet, words.find((w) => w.text === 'Zoë')!)?.number).toBe(9);
    expect(new Set(words.filter((w) => w.page === 2).map((w) => boxOf(sheet, w)?.number))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(pdf.flow).toContain('Mary-Catherine Featherstonehaugh-Montgomery-Llewellyn-Ap-Rhys Flat 12b, The Old Cotton Mill Apartments (rear entrance, past the bins)');
  });

  it('prints a five-line address at 11–12 pt, large-print mark and all, and shrinks only the long ones', async () => {
    const five: LabelContent[] = [
      { lines: ['Siân ap Gruffudd', 'Flat 3, Tŷ Gwyn', '27 Stryd Fawr', 'Aberystwyth', 'SY23 1AB'], largePrint: false },
      { lines: ['Zoë Ellis', 'The Old Vicarage', '5 Church Lane', 'Headingley, Leeds', 'LS6 2AB'], largePrint: true },
    ];
    const layout = labelsDocument({ sheet, startAt: 1, labels: [...five, LONG] });
    const pdf = await folder.render('l7163-sizes', layout.doc);
    const words = await folder.words(pdf.file);
    expectAllInsideLabels(sheet, words);
    // pdftotext's word box is Roboto's line box, about 1.17 times the font size.
    const size = (text: string) => {
      const w = words.find((x) => x.text === text)!;
      return (w.yMax - w.yMin) / 1.172;
    };
    expect(size('Aberystwyth')).toBeGreaterThanOrEqual(11);
    expect(size('Headingley,')).toBeGreaterThanOrEqual(11);
    expect(size('LP')).toBeGreaterThanOrEqual(11);
    // The long address shrinks (or wraps) to fit, and none of it is lost.
    expect(size('LL61')).toBeLessThan(11);
    expect(pdf.flow).toContain('Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch');
  });

  it('prints a long Welsh address of six lines at 11–12 pt, every line whole on its own line', async () => {
    const welsh: LabelContent[] = [
      { lines: ['Siân Llewelyn-Ap Rhys', 'Fflat 2, Tŷ’r Hen Orsaf', '17 Heol Llanfihangel-ar-Arth', 'Llanfihangel-ar-Arth, Pencader', 'Sir Gaerfyrddin', 'SA39 9HX'], largePrint: false },
      { lines: ['Bartholomew Fitzgerald-Worthington', 'Flat 12b, Tŷ Gwyn Court', 'Ffordd Pen-y-bont ar Ogwr', 'Llanfihangel-y-Creuddyn', 'Aberystwyth', 'SY23 4LA'], largePrint: true },
    ];
    const layout = labelsDocument({ sheet, startAt: 1, labels: welsh });
    expect(layout).toMatchObject({ printed: 2, notFitted: [] });
    const pdf = await folder.render('l7163-welsh', layout.doc);
    const words = await folder.words(pdf.file);
    expectAllInsideLabels(sheet, words);
    for (const w of words) expect((w.yMax - w.yMin) / 1.172, w.text).toBeGreaterThanOrEqual(11 - 0.05);
    // One line each, as Royal Mail asks: nothing wrapped onto a continuation line.
    const lines = pdf.text.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const label of welsh) for (const line of label.lines) expect(lines.some((l) => l.includes(line)), line).toBe(true);
  });

  it('leaves out an address that cannot fit even at 7 pt, and says which', () => {
    const absurd: LabelContent = { lines: Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of an address typed into one field`), largePrint: false };
    const layout = labelsDocument({ sheet, startAt: 1, labels: [ADDRESSES[0]!, absurd, ADDRESSES[2]!] });
    expect(layout).toMatchObject({ printed: 2, sheets: 1, notFitted: [1] });
  });

  it('prints names made only of emoji without a blank line, and the rest of the address', async () => {
    const layout = labelsDocument({ sheet, startAt: 1, labels: [{ lines: ['🌈🌈', '3 Rainbow Row', 'Swansea', 'SA1 1AA'], largePrint: false }] });
    const pdf = await folder.render('emoji', layout.doc);
    expect(pdf.text.trim().split(/\n/).map((l) => l.trim())).toEqual(['3 Rainbow Row', 'Swansea', 'SA1 1AA']);
  });
});
