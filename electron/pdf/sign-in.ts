import type { Column, Content, ContentCanvas, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { baseDocument, BOTTOM_MARGIN, gridLayout, MARGIN, mm, pageFooter } from './layout';
import { labelled } from './parts';
import type { SignInSheetData } from './types';
import { dateInWords, printableName, printableText, shortDateInWords, timeRange } from './text';

/**
 * The paper register for one session: people tick themselves in, walk-ins write their
 * names, facilitators sign. Rows are tall enough to write in with a biro on a clipboard
 * (10 mm) and the tick box is 8 mm, big enough for shaky hands.
 */

const TICK_BOX = mm(8);
const CELL_PADDING = 1.5;
/**
 * pdfmake's row heights leave out the cell padding: with it each row is a little over 9 mm
 * (room to write with a biro, and fifteen names still fit a sheet), and the box sits a
 * little clear of the rules above and below it.
 */
const BOX_CLEARANCE = 0.5;
const ROW_HEIGHT = TICK_BOX + 2 * BOX_CLEARANCE;
const MIN_BLANK_ROWS = 5;
/** A drop-in has no roster: everyone writes their name, so it needs a full page of lines. */
const MIN_DROP_IN_ROWS = 15;
const SPARE_FACILITATOR_LINES = 2;
/** A sheet has its heading at the top, so 10 mm is enough there; the rest is the register. */
const SHEET_MARGINS: [number, number, number, number] = [MARGIN, mm(10), MARGIN, BOTTOM_MARGIN];

/** A row count from settings, never fewer than the minimum (nor lost to a bad number). */
function atLeast(minimum: number, wanted: number): number {
  return Number.isFinite(wanted) ? Math.max(minimum, Math.floor(wanted)) : minimum;
}

function tickBox(): ContentCanvas {
  return {
    canvas: [{ type: 'rect', x: 0, y: 0, w: TICK_BOX, h: TICK_BOX, lineWidth: 1.2, lineColor: '#000000' }],
    alignment: 'center',
    margin: [0, BOX_CLEARANCE, 0, 0],
  };
}

const heading = (text: string, extra: Partial<{ alignment: 'center' }> = {}): TableCell => ({ text, style: 'tableHeading', ...extra });
const middle = (text: string, extra: object = {}): TableCell => ({ text, verticalAlignment: 'middle', ...extra });

function titleBlock(data: SignInSheetData): Content[] {
  const venue = data.venue;
  const where = venue ? [venue.name, ...venue.addressLines].map(printableText).filter(Boolean).join(', ') : undefined;
  return [
    {
      columns: [
        { text: printableText(data.groupName), style: 'title', width: '*', margin: [0, 0, 0, 2] },
        { text: printableText(data.organisationName), style: 'organisation', width: 190, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    { text: [{ text: 'Sign-in sheet: ', bold: true }, { text: dateInWords(data.date), bold: true }, `, ${timeRange(data.startTime, data.endTime)}`], fontSize: 14 },
    ...(where ? [{ text: where }] : []),
    ...labelled('Joining online', data.onlineDetails),
    {
      text: data.dropIn
        ? 'Please write your name on a line when you arrive. A first name is fine.'
        : 'Please tick the box by your name when you arrive. Not on the list? Use a blank line.',
      margin: [0, 2, 0, 3],
    },
  ];
}

/** Up to this many names, the names, the walk-in lines and the signatures share one sheet. */
export const NAMES_ON_ONE_PAGE = 15;
/**
 * A longer register carries this many of its last names over with the walk-ins and the
 * signatures, so the last page is never just a signature table.
 */
const NAMES_CARRIED_OVER = 5;

function rosterTables(data: SignInSheetData): Content[] {
  const blankRows = atLeast(MIN_BLANK_ROWS, data.blankRows);
  const columns = (first: string): TableCell[] => [heading(first), heading('Here', { alignment: 'center' }), heading('Notes')];
  // A narrower notes column leaves room for long names on one line.
  const widths = ['*', TICK_BOX + 24, 150];
  const heights = (row: number) => (row === 0 ? 'auto' : ROW_HEIGHT);
  const nameRows = (members: SignInSheetData['members']): Content => ({
    table: { headerRows: 1, dontBreakRows: true, widths, heights, body: [columns('Name'), ...members.map((m) => [middle(printableName(m.name)), tickBox(), ''])] },
    layout: gridLayout(5, CELL_PADDING),
    margin: [0, 0, 0, 2],
  });
  const walkIns: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      heights,
      body: [columns('Walk-ins and visitors: write your name'), ...Array.from({ length: blankRows }, (): TableCell[] => ['', tickBox(), ''])],
    },
    layout: gridLayout(5, CELL_PADDING),
    margin: [0, 0, 0, 2],
  };
  const members = data.members;
  const carried = members.length > NAMES_ON_ONE_PAGE ? Math.min(NAMES_CARRIED_OVER, members.length - NAMES_ON_ONE_PAGE) : 0;
  const first = members.slice(0, members.length - carried);
  const last = members.slice(members.length - carried);
  // Walk-ins and signatures move together (with the last few names of a long register):
  // the facilitators sign the page the last people signed in on.
  const closing: Content[] = [...(last.length > 0 ? [nameRows(last)] : []), walkIns, facilitatorTable(data)];
  return [...(first.length > 0 ? [nameRows(first)] : []), { stack: closing, unbreakable: true }];
}

function dropInTable(data: SignInSheetData): Content {
  const rows = atLeast(MIN_DROP_IN_ROWS, data.blankRows);
  const body: TableCell[][] = [
    [heading('No.', { alignment: 'center' }), heading('Name'), heading('Notes')],
    ...Array.from({ length: rows }, (_, i): TableCell[] => [middle(String(i + 1), { alignment: 'center' }), '', '']),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [34, '*', 170], heights: (row) => (row === 0 ? 'auto' : ROW_HEIGHT), body },
    layout: gridLayout(5, CELL_PADDING),
  };
}

/** Beside the facilitators' signatures, so fifteen lines and both boxes fit one page. */
function headCount(): Column {
  return {
    width: mm(55),
    stack: [
      { text: 'Head count', style: 'heading' },
      { text: 'Everyone who came, including anyone who did not write their name.', margin: [0, 0, 0, 6] },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: mm(55), h: mm(18), lineWidth: 1.2, lineColor: '#000000' }] },
    ],
  };
}

function facilitatorTable(data: SignInSheetData): Content {
  const slots = [...data.facilitatorNames.map(printableName), ...Array<string>(SPARE_FACILITATOR_LINES).fill('')];
  // Beside a drop-in's head count there is room for one pair of columns; otherwise two
  // pairs side by side keep the signatures short enough to leave room for the register.
  const pairs = data.dropIn ? 1 : 2;
  while (slots.length % pairs !== 0) slots.push('');
  const rows: TableCell[][] = [];
  for (let i = 0; i < slots.length; i += pairs) rows.push(slots.slice(i, i + pairs).flatMap((name): TableCell[] => [middle(name), '']));
  // "Facilitator" heads the table rather than sitting above it as a heading: the line saved
  // is what lets fifteen names, the walk-ins and the signatures share one sheet.
  const header = Array.from({ length: pairs }, (): TableCell[] => [heading('Facilitator'), heading('Signature')]).flat();
  const signatures: Column = {
    width: '*',
    table: {
      headerRows: 1,
      widths: data.dropIn ? [150, '*'] : [130, '*', 130, '*'],
      heights: (row) => (row === 0 ? 'auto' : ROW_HEIGHT),
      body: [header, ...rows],
    },
    layout: gridLayout(5, CELL_PADDING),
  };
  return { unbreakable: true, columns: data.dropIn ? [signatures, headCount()] : [signatures], columnGap: 18, margin: [0, data.dropIn ? 8 : 0, 0, 0] };
}

function sheetContent(data: SignInSheetData): Content[] {
  return [...titleBlock(data), ...(data.dropIn ? [dropInTable(data), facilitatorTable(data)] : rosterTables(data))];
}

function sheetLabel(data: SignInSheetData): string {
  return `${printableText(data.groupName)}, ${shortDateInWords(data.date)}`;
}

function withSheetMargins(options: Parameters<typeof baseDocument>[0]): TDocumentDefinitions {
  return { ...baseDocument(options), pageMargins: SHEET_MARGINS };
}

/** One session's sign-in sheet. */
export function signInSheetDocument(data: SignInSheetData): TDocumentDefinitions {
  return withSheetMargins({
    title: `Sign-in sheet: ${printableText(data.groupName)}, ${dateInWords(data.date)}`,
    subject: 'Sign-in sheet',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: true,
    label: sheetLabel(data),
    content: sheetContent(data),
  });
}

/**
 * Several sessions' sheets in one PDF ("this week's sign-in sheets"), each starting on a new
 * page. Page numbers run through the whole PDF; each page's footer also names its sheet
 * ("Sheet 2 of 5: group, date") so a sheet that runs over a page stays together.
 */
export function signInSheetsDocument(sheets: SignInSheetData[]): TDocumentDefinitions {
  const first = sheets[0];
  // The caller says "no sessions that week" in words; an empty PDF would only confuse.
  if (first === undefined) throw new Error('signInSheetsDocument needs at least one sheet.');
  const last = sheets[sheets.length - 1] ?? first;
  const dates = first.date === last.date ? dateInWords(first.date) : `${dateInWords(first.date)} to ${dateInWords(last.date)}`;
  return withSheetMargins({
    title: `Sign-in sheets: ${dates}`,
    subject: 'Sign-in sheets',
    organisationName: first.organisationName,
    printedOn: first.printedOn,
    confidential: true,
    content: sheets.map((sheet, i) => ({
      section: sheetContent(sheet),
      footer: pageFooter({
        organisationName: sheet.organisationName,
        printedOn: sheet.printedOn,
        confidential: true,
        label: `Sheet ${i + 1} of ${sheets.length}: ${sheetLabel(sheet)}`,
      }),
    })),
  });
}
