import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatPounds } from '../../shared/money';
import { MILEAGE_RATES_TEXT } from '../../shared/domain/mileage';
import { baseDocument, gridLayout, mm } from './layout';
import { printableName, printableText, ukDate } from './text';

/**
 * A month's expenses claim for one volunteer, to sign and hand in with the receipts. Each
 * mileage line shows how it was worked out, so the volunteer and the treasurer can check
 * it against HMRC's rates (stated on the form) without a calculator.
 */

export interface ClaimLine {
  date: string;
  kindLabel: string;
  description: string;
  /** "42 miles: 12 at 45p, 30 at 25p; 1 passenger, 42 miles at 5p" or "Receipt held". */
  details: string;
  pence: number;
  receiptHeld: boolean;
}

export interface ExpenseClaimData {
  organisationName: string;
  printedOn: string;
  volunteerName: string;
  /** "November 2026" */
  monthLabel: string;
  /**
   * "Tax year 2026–27: 1,200 business miles claimed before this month." A month that
   * crosses 6 April has a line for each tax year (shared/domain/mileage.ts claimTaxYearNotes).
   */
  taxYearNotes?: string[];
  lines: ClaimLine[];
  totals: { mileage: number; fares: number; other: number; all: number };
}

function signatureLine(label: string): Content {
  return {
    columns: [
      { text: label, width: 150, bold: true, margin: [0, 10, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 22, x2: 200, y2: 22, lineWidth: 0.8 }], width: 210 },
      { text: 'Date', width: 40, bold: true, margin: [0, 10, 0, 0] },
      { canvas: [{ type: 'line', x1: 0, y1: 22, x2: 90, y2: 22, lineWidth: 0.8 }], width: '*' },
    ],
    columnGap: 6,
    margin: [0, 4, 0, 4],
    unbreakable: true,
  };
}

export function expenseClaimDocument(data: ExpenseClaimData): TDocumentDefinitions {
  const heading = (text: string, right = false): TableCell => ({ text, style: 'tableHeading', ...(right ? { alignment: 'right' } : {}) });
  const money = (pence: number, bold = false): TableCell => ({ text: formatPounds(pence), alignment: 'right', bold, noWrap: true });
  const totalRow = (label: string, pence: number, bold = false): TableCell[] => [{ text: label, colSpan: 5, alignment: 'right', bold }, {}, {}, {}, {}, money(pence, bold)];

  const content: Content[] = [
    {
      columns: [
        { text: `Expenses claim: ${printableText(data.monthLabel)}`, style: 'title', width: '*' },
        { text: printableText(data.organisationName), style: 'organisation', width: 200, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    { text: [{ text: 'Volunteer: ', bold: true }, printableName(data.volunteerName)], fontSize: 14, margin: [0, 0, 0, 4] },
    { text: [{ text: 'Mileage rates (HMRC): ', bold: true }, MILEAGE_RATES_TEXT, '.'], fontSize: 11, margin: [0, 0, 0, 2] },
    ...(data.taxYearNotes ?? []).map((note): Content => ({ text: printableText(note), fontSize: 11, margin: [0, 0, 0, 2] })),
    { text: 'Please attach receipts for fares and other costs.', fontSize: 11, margin: [0, 0, 0, 8] },
    data.lines.length === 0
      ? { text: 'No expenses recorded for this month.', italics: true, margin: [0, 0, 0, 8] }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [62, 52, '*', 150, 42, 62],
            body: [
              [heading('Date'), heading('Kind'), heading('What it was for'), heading('How it is worked out'), heading('Receipt'), heading('Amount', true)],
              ...data.lines.map((l): TableCell[] => [
                { text: ukDate(l.date), noWrap: true },
                l.kindLabel,
                printableText(l.description),
                printableText(l.details),
                l.receiptHeld ? 'Yes' : 'No',
                money(l.pence),
              ]),
              ...(data.totals.mileage ? [totalRow('Mileage', data.totals.mileage)] : []),
              ...(data.totals.fares ? [totalRow('Fares', data.totals.fares)] : []),
              ...(data.totals.other ? [totalRow('Other', data.totals.other)] : []),
              totalRow('Total claimed', data.totals.all, true),
            ],
          },
          layout: gridLayout(4, 3),
          fontSize: 11,
          margin: [0, 0, 0, 10],
        },
    {
      text: `I confirm that I spent this money while volunteering for ${printableText(data.organisationName)}, and that I have not claimed it from anyone else.`,
      margin: [0, 4, 0, 6],
    },
    signatureLine('Volunteer signature'),
    { text: 'For the office', style: 'heading', margin: [0, mm(4), 0, 2] },
    signatureLine('Approved by (name)'),
    signatureLine('Signature'),
    signatureLine('Paid by'),
  ];
  return baseDocument({
    title: `Expenses claim: ${data.volunteerName}, ${data.monthLabel}`,
    subject: 'Volunteer expenses claim',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    label: `Expenses claim: ${printableName(data.volunteerName)}, ${data.monthLabel}`,
    content,
  });
}
