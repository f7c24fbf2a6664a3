import type { Content, CustomTableLayout, DynamicContent, PageOrientation, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { printableText, printedDate } from './text';

/**
 * The look every printed document shares. People with poor sight use these sheets, so the
 * body is 12 pt (11 pt in dense tables), headings larger, text black on white, and fills
 * only behind text as a pale tint that photocopies without hiding anything.
 */

/** Millimetres to PDF points: paper is measured in mm, pdfmake works in points. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}

export const MARGIN = mm(15);
/** Bottom margin: the 15 mm plus room for up to three footer lines. */
export const BOTTOM_MARGIN = mm(20);

const INK = '#000000';
const RULE = '#404040';
/** Table headings and "not this month" cells: light enough that black text stays crisp. */
export const TINT = '#e4e4e4';

export const CONFIDENTIAL = 'Confidential: contains personal details. Please shred after use.';

export const STYLES: StyleDictionary = {
  organisation: { fontSize: 12, margin: [0, 0, 0, 2] },
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 14, margin: [0, 0, 0, 2] },
  heading: { fontSize: 14, bold: true, margin: [0, 8, 0, 4] },
  tableHeading: { bold: true, fontSize: 11 },
};

/** Thin dark rules on every cell edge: rows must be easy to follow across a wide sheet. */
export function gridLayout(padding = 4, verticalPadding = padding): CustomTableLayout {
  return {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    hLineColor: () => RULE,
    vLineColor: () => RULE,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => verticalPadding,
    paddingBottom: () => verticalPadding,
    fillColor: (row: number, node) => (row < (node.table.headerRows ?? 0) ? TINT : null),
  };
}

export interface FooterOptions {
  organisationName: string;
  printedOn: string;
  confidential: boolean;
  /** Names the document on every page, so a loose page can be put back with its sheet. */
  label?: string;
  /** Left and right page margins, when a document has narrower ones than MARGIN: the footer lines up with the page. */
  sideMargin?: number;
}

export function pageFooter({ organisationName, printedOn, confidential, label, sideMargin = MARGIN }: FooterOptions): DynamicContent {
  const lines: Content[] = [];
  if (label) lines.push({ text: label, bold: true });
  if (confidential) lines.push({ text: CONFIDENTIAL });
  const printed = `${printableText(organisationName)} \u00b7 Printed ${printedDate(printedOn)}`;
  return (currentPage, pageCount) => ({
    margin: [sideMargin, mm(3), sideMargin, 0],
    fontSize: 10,
    lineHeight: 1.1,
    stack: [
      ...lines,
      {
        columns: [
          { text: printed, width: '*' },
          // Fixed width: "Page 10 of 12" must never wrap onto a line of its own.
          { text: `Page ${currentPage} of ${pageCount}`, width: 90, alignment: 'right', bold: true },
        ],
        columnGap: 12,
      },
    ],
  });
}

export interface DocumentOptions extends FooterOptions {
  title: string;
  subject: string;
  content: Content;
  orientation?: PageOrientation;
  header?: DynamicContent;
}

export function baseDocument(options: DocumentOptions): TDocumentDefinitions {
  const { title, subject, content, orientation = 'portrait', header, ...footer } = options;
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN],
    info: {
      title: printableText(title),
      author: printableText(footer.organisationName),
      subject,
      creator: 'Peer Desk',
      producer: 'Peer Desk',
    },
    language: 'en-GB',
    defaultStyle: { font: 'Roboto', fontSize: 12, color: INK, lineHeight: 1.15 },
    styles: STYLES,
    ...(header ? { header } : {}),
    footer: pageFooter(footer),
    content,
  };
}

/**
 * The footer of a document with its own look (a plan, a notice): one line of what it is and
 * when it was printed, and the page, in the document's running size and side margins.
 */
export function runningFooter(left: string, look: { margin: number; running: number }): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [look.margin, mm(4), look.margin, 0],
    fontSize: look.running,
    columns: [
      { text: left, width: '*' },
      // Fixed width so "Page 10 of 12" never wraps onto a line of its own.
      { text: `Page ${currentPage} of ${pageCount}`, width: look.running * 8, alignment: 'right', bold: true },
    ],
    columnGap: 12,
  });
}
