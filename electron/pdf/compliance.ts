import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DueState } from '../../shared/domain/due-status';
import { baseDocument, gridLayout } from './layout';
import { printableName, printableText, ukDate } from './text';

/**
 * The compliance sheet for a supervision meeting or a funder visit: one row per active
 * volunteer, DBS, training and supervision each as a symbol and words. The words carry the
 * meaning (a photocopy loses colour), the symbol lets the eye run down a column.
 */

export interface ComplianceCellForPrint {
  state: DueState;
  text: string;
}

export interface CompliancePrintRow {
  name: string;
  roles: string;
  dbs: ComplianceCellForPrint;
  training: ComplianceCellForPrint;
  supervision: ComplianceCellForPrint;
}

export interface CompliancePrintData {
  organisationName: string;
  printedOn: string;
  /** "Everyone active", "Needs action in the next 30 days · Peer coach" */
  filterText: string;
  activeCount: number;
  rows: CompliancePrintRow[];
}

/** Symbols Roboto can draw, one per state, explained in the key at the top. */
export const PRINT_SYMBOLS: Record<DueState, string> = { ok: '\u221a', 'due-soon': '!', overdue: '\u00d7', missing: '\u25cb' };
const KEY: [DueState, string][] = [
  ['ok', 'OK'],
  ['due-soon', 'due soon (within 60 days; supervision within 7)'],
  ['overdue', 'overdue'],
  ['missing', 'missing'],
];

function cell(c: ComplianceCellForPrint): TableCell {
  return {
    columns: [
      { text: PRINT_SYMBOLS[c.state], width: 12, bold: true, fontSize: 12 },
      { text: printableText(c.text), width: '*', bold: c.state === 'overdue' || c.state === 'missing' },
    ],
    columnGap: 3,
  };
}

export function complianceDocument(data: CompliancePrintData): TDocumentDefinitions {
  const heading = (text: string): TableCell => ({ text, style: 'tableHeading' });
  const needing = data.rows.filter((r) => [r.dbs, r.training, r.supervision].some((c) => c.state !== 'ok')).length;
  const content: Content[] = [
    {
      columns: [
        { text: 'Volunteer compliance', style: 'title', width: '*' },
        { text: printableText(data.organisationName), style: 'organisation', width: 260, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    {
      text: `${printableText(data.filterText)} \u00b7 ${data.rows.length} of ${data.activeCount} active volunteers shown \u00b7 ${needing} with something to do \u00b7 as at ${ukDate(data.printedOn.slice(0, 10))}`,
      margin: [0, 0, 0, 4],
    },
    {
      text: [{ text: 'Key: ', bold: true }, KEY.map(([s, words]) => `${PRINT_SYMBOLS[s]} ${words}`).join('   ')],
      fontSize: 11,
      margin: [0, 0, 0, 8],
    },
    data.rows.length === 0
      ? { text: 'No active volunteers match.', italics: true }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [110, 90, '*', '*', '*'],
            body: [
              [heading('Volunteer'), heading('Roles'), heading('DBS'), heading('Training'), heading('Supervision')],
              ...data.rows.map((r): TableCell[] => [{ text: printableName(r.name), bold: true }, { text: printableText(r.roles) || '—' }, cell(r.dbs), cell(r.training), cell(r.supervision)]),
            ],
          },
          layout: gridLayout(4, 3),
          // Dense table: 11 pt, the smallest the printed documents use.
          fontSize: 11,
        },
  ];
  return baseDocument({
    title: 'Volunteer compliance',
    subject: 'Volunteer compliance: DBS, training and supervision',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    label: 'Volunteer compliance',
    orientation: 'landscape',
    content,
  });
}
