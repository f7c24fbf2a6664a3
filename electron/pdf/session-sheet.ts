import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { howKey, outcomeKey } from '../../shared/domain/programme-paper';
import { baseDocument, gridLayout, mm } from './layout';
import { continuationHeader } from './parts';
import { printableName, printableText, printedDate } from './text';

/**
 * "Print session record sheet": a blank sheet for a volunteer who keeps notes on paper, one
 * numbered row per meeting (date, how, length, what happened, a short note, their
 * signature), keyed in later with "Key in a paper sheet" in the same order and the same
 * codes. First names only: the sheet travels in a volunteer's bag.
 */

export interface SessionSheetData {
  organisationName: string;
  printedOn: string;
  memberFirstName: string;
  kindName: string;
  volunteerFirstName?: string;
  /** Null: open-ended. */
  plannedSessions: number | null;
  /** Attended so far, when printed. */
  attended: number;
  usualMinutes: number;
}

/** Rows tall enough to write a date and a few words with a biro on a knee (over 10 mm with padding). */
const ROW_HEIGHT = mm(9);
const CELL_PADDING = 2;
/** The rows that fill the first page under the heading; more only when more are planned. */
export const ROWS_ON_ONE_PAGE = 18;

const th = (text: string, alignment: 'left' | 'center' = 'left'): TableCell => ({ text, style: 'tableHeading', alignment });

/** As many rows as fit the page, or the planned number when that is more. */
export function sheetRows(plannedSessions: number | null): number {
  return Math.max(ROWS_ON_ONE_PAGE, plannedSessions ?? 0);
}

function title(data: SessionSheetData): Content[] {
  const name = printableName(data.memberFirstName);
  const withVolunteer = data.volunteerFirstName ? ` with ${printableName(data.volunteerFirstName)}` : '';
  const planned = data.plannedSessions === null ? 'Open-ended' : `${data.plannedSessions} ${data.plannedSessions === 1 ? 'session' : 'sessions'} planned`;
  return [
    {
      columns: [
        { text: `Session record: ${name}`, style: 'title', width: '*', margin: [0, 0, 0, 2] },
        { text: printableText(data.organisationName), style: 'organisation', width: 190, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    { text: [{ text: `${printableText(data.kindName)}${withVolunteer}`, bold: true }, ` \u00b7 ${planned} \u00b7 ${data.attended} attended by ${printedDate(data.printedOn)}`], fontSize: 13, margin: [0, 0, 0, 4] },
    {
      text: `Write a line for every meeting, including ones that were cancelled or missed, with its length in minutes (usually ${data.usualMinutes}). Keep notes short and leave out anything private: tell the coordinator instead.`,
      fontSize: 11,
      margin: [0, 0, 0, 3],
    },
    {
      fontSize: 11,
      margin: [0, 0, 0, 5],
      stack: [{ text: [{ text: 'How: ', bold: true }, howKey()] }, { text: [{ text: 'What happened: ', bold: true }, outcomeKey()] }],
    },
  ];
}

function rowsTable(rows: number): Content {
  const body: TableCell[][] = [
    [th('No.', 'center'), th('Date'), th('How', 'center'), th('Length (mins)', 'center'), th('What happened', 'center'), th('Notes'), th("Volunteer's signature")],
    ...Array.from({ length: rows }, (_, i): TableCell[] => [{ text: String(i + 1), alignment: 'center', verticalAlignment: 'middle' }, '', '', '', '', '', '']),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [mm(8), mm(22), mm(12), mm(15), mm(19), '*', mm(34)],
      heights: (row: number) => (row === 0 ? 'auto' : ROW_HEIGHT),
      body,
    },
    layout: gridLayout(4, CELL_PADDING),
  };
}

export function sessionSheetDocument(data: SessionSheetData): TDocumentDefinitions {
  const name = printableName(data.memberFirstName);
  const label = `Session record: ${name}, ${printableText(data.kindName)}`;
  return baseDocument({
    title: label,
    subject: 'Session record sheet',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    label,
    header: continuationHeader(`${label} (continued)`),
    content: [...title(data), rowsTable(sheetRows(data.plannedSessions))],
  });
}
