import PDFDocument from 'pdfkit';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { placeLabels, type LabelSheet } from '../../shared/domain/labels';
import { fontPaths } from './fonts';
import { mm } from './layout';
import { printableText } from './text';

/**
 * Address labels on an Avery sheet. The page has no margins: every label is placed at its
 * exact position from the sheet's template (shared/domain/labels.ts), so the paper must be
 * printed at 100 %, never "fit to page".
 *
 * An address is never cut off. Each label is fitted on its own: first the text shrinks
 * (keeping each address line on one line, as Royal Mail asks), then from 9 pt long lines
 * wrap, indented so a continuation cannot be read as a line of its own, then it shrinks on
 * down to 7 pt. One that still does not fit is not printed and is named to the coordinator.
 */

export interface LabelContent {
  lines: string[];
  /** Marked "LP" in its top corner, so large-print copies go in the right envelopes. */
  largePrint: boolean;
}

export interface LabelsData {
  sheet: LabelSheet;
  startAt: number;
  labels: LabelContent[];
}

/** Text measurement, so fitting is decided with the same font metrics pdfmake draws with. */
export interface Measure {
  width(text: string, size: number, bold: boolean): number;
  /** Height of one line at pdfmake's line height 1. */
  lineHeight(size: number): number;
}

const PADDING_X = mm(4);
const PADDING_Y = mm(2.5);
/** Start size by label width: the wider L7163 label takes bigger text. */
const START_SIZE = (sheet: LabelSheet) => (sheet.labelWidth >= 90 ? 12 : 11);
const WRAP_FROM = 9;
export const FLOOR_SIZE = 7;
const INDENT_EM = 1;
// pdfmake measures word by word, so leave a hair of room against rounding.
const SLACK = 0.98;

let cached: Measure | undefined;

/** Measures with pdfkit (the layout engine inside pdfmake) and the Roboto files we print with. */
export function robotoMeasure(): Measure {
  if (cached) return cached;
  const { normal: regular, bold } = fontPaths();
  const doc = new PDFDocument({ autoFirstPage: false });
  cached = {
    width(text, size, isBold) {
      return doc.font(isBold ? bold : regular).fontSize(size).widthOfString(text);
    },
    lineHeight(size) {
      return doc.font(regular).fontSize(size).currentLineHeight(false);
    },
  };
  return cached;
}

export interface FittedLine {
  text: string;
  /** A wrapped continuation of the line before. */
  continuation: boolean;
}

export interface FittedLabel {
  size: number;
  lines: FittedLine[];
  height: number;
}

/** Breaks one word that is wider than the label: after its hyphens first, then anywhere. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest && !fits(rest)) {
    let cut = 0;
    for (let i = 1; i <= rest.length; i++) {
      if (!fits(rest.slice(0, i))) break;
      cut = i;
    }
    const hyphen = rest.slice(0, cut).lastIndexOf('-');
    const at = hyphen > 0 ? hyphen + 1 : Math.max(1, cut);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Greedy word wrap of one address line; continuation lines are narrower by the indent. */
export function wrapLine(text: string, width: number, indent: number, measure: (t: string) => number): FittedLine[] {
  const out: FittedLine[] = [];
  let current = '';
  const room = () => (out.length === 0 ? width : width - indent);
  const push = () => {
    out.push({ text: current, continuation: out.length > 0 });
    current = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= room()) {
      current = candidate;
      continue;
    }
    if (current) push();
    if (measure(word) <= room()) {
      current = word;
      continue;
    }
    // Continuation lines are the narrower ones, so a long word is broken to fit them.
    const pieces = breakWord(word, (t) => measure(t) <= width - indent);
    for (const piece of pieces.slice(0, -1)) {
      current = piece;
      push();
    }
    current = pieces[pieces.length - 1] ?? '';
  }
  if (current || out.length === 0) push();
  return out;
}

/** The biggest size at which the label's lines fit its box, or undefined if none down to the floor. */
export function fitLabel(content: LabelContent, width: number, height: number, startSize: number, measure: Measure): FittedLabel | undefined {
  const lines = content.lines.map((l) => printableText(l).replace(/\n/g, ' ')).filter(Boolean);
  for (let size = startSize; size >= FLOOR_SIZE; size -= 0.5) {
    const usable = width * SLACK;
    const lpHeight = content.largePrint ? measure.lineHeight(size) : 0;
    const wrap = size <= WRAP_FROM;
    let fitted: FittedLine[] = [];
    let fits = true;
    for (const line of lines) {
      if (measure.width(line, size, false) <= usable) {
        fitted.push({ text: line, continuation: false });
      } else if (wrap) {
        fitted = fitted.concat(wrapLine(line, usable, size * INDENT_EM, (t) => measure.width(t, size, false)));
      } else {
        fits = false;
        break;
      }
    }
    if (!fits) continue;
    const total = fitted.length * measure.lineHeight(size) + lpHeight;
    if (total <= height) return { size, lines: fitted, height: total };
  }
  return undefined;
}

export interface LabelsLayout {
  doc: TDocumentDefinitions;
  printed: number;
  sheets: number;
  /** Indexes (into `labels`) of labels that would not fit even at the floor size. */
  notFitted: number[];
}

export function labelsDocument(data: LabelsData, measure: Measure = robotoMeasure()): LabelsLayout {
  const { sheet } = data;
  const innerWidth = mm(sheet.labelWidth) - 2 * PADDING_X;
  const innerHeight = mm(sheet.labelHeight) - 2 * PADDING_Y;
  const notFitted: number[] = [];
  const fitted: { label: LabelContent; fit: FittedLabel }[] = [];
  data.labels.forEach((label, i) => {
    const fit = fitLabel(label, innerWidth, innerHeight, START_SIZE(sheet), measure);
    if (fit) fitted.push({ label, fit });
    else notFitted.push(i);
  });
  const boxes = placeLabels(sheet, data.startAt, fitted.length);
  const content: Content[] = [];
  let page = 0;
  fitted.forEach(({ label, fit }, i) => {
    const box = boxes[i]!;
    if (box.page > page) {
      // Absolutely placed text goes on the current page: a page break moves to the next sheet.
      content.push({ text: '', pageBreak: 'before' });
      page = box.page;
    }
    const x = mm(box.x) + PADDING_X;
    const top = mm(box.y) + PADDING_Y + (innerHeight - fit.height) / 2;
    const line = measure.lineHeight(fit.size);
    let y = top;
    if (label.largePrint) {
      // Placed by measuring, not alignment: absolutely placed text aligns against the page,
      // which would push the mark off the label and onto the sheet's edge.
      const lpX = x + innerWidth - measure.width('LP', fit.size, true);
      content.push({ text: 'LP', bold: true, fontSize: fit.size, lineHeight: 1, noWrap: true, absolutePosition: { x: lpX, y } });
      y += line;
    }
    for (const l of fit.lines) {
      const indent = l.continuation ? fit.size * INDENT_EM : 0;
      content.push({ text: l.text, fontSize: fit.size, lineHeight: 1, noWrap: true, absolutePosition: { x: x + indent, y } });
      y += line;
    }
  });
  const sheets = boxes.length === 0 ? 0 : boxes[boxes.length - 1]!.page + 1;
  return {
    doc: {
      pageSize: { width: mm(sheet.pageWidth), height: mm(sheet.pageHeight) },
      pageMargins: [0, 0, 0, 0],
      info: { title: `Address labels (${sheet.code})`, creator: 'Peer Desk', producer: 'Peer Desk', subject: 'Address labels' },
      language: 'en-GB',
      defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1, color: '#000000' },
      content: content.length > 0 ? content : [{ text: '' }],
    },
    printed: fitted.length,
    sheets,
    notFitted,
  };
}
