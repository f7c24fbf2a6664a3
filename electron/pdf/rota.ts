import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dayFromParts, daysInMonth, weekdayOfDay } from '../../shared/dates';
import { baseDocument, BOTTOM_MARGIN, gridLayout, MARGIN, mm, TINT } from './layout';
import type { RotaData, RotaSession } from './types';
import { printableName, printableText, shortDateInWords, timeRange } from './text';

/**
 * The facilitator rota: a month on one landscape sheet, Monday to Sunday, each session with
 * who runs it. Gaps ("Facilitator needed") must stand out, since finding cover is what the
 * coordinator pins it up for. A busy day shrinks its own text (never below 8 pt) and its
 * row grows, so nothing is ever cut off. Venues are listed once under the grid rather than
 * in every cell, which keeps a usual month to one page.
 */

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SESSION_GAP = 3;
const DAY_NUMBER_SIZE = 12;
const CELL_LINE_HEIGHT = 1.05;
/** Roboto's line box is about 1.17 times the font size at pdfmake's line height 1. */
const ROBOTO_LINE = 1.17;
const CELL_PADDING = 4;
// Landscape A4 inside the margins; seven columns less their padding.
const CELL_WIDTH = (mm(297) - 2 * MARGIN) / 7 - 2 * CELL_PADDING;
const PAGE_HEIGHT = mm(210) - MARGIN - BOTTOM_MARGIN;

interface Month {
  year: number;
  /** 1–12 */
  month: number;
  days: number;
  /** 0 = Monday … 6 = Sunday, for the 1st of the month. */
  firstWeekday: number;
}

function parseMonth(text: string): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new Error(`"${text}" is not a month (YYYY-MM).`);
  const days = daysInMonth(year, month);
  const firstWeekday = weekdayOfDay(dayFromParts(year, month, 1));
  return { year, month, days, firstWeekday };
}

const needsFacilitator = (s: RotaSession) => !s.cancelled && s.facilitators.length === 0;

/** Text size for a day's cell: the more sessions, the smaller, down to 8 pt. */
function cellFontSize(sessions: number): number {
  if (sessions <= 3) return 10;
  if (sessions <= 6) return 9;
  return 8;
}

/** One session as printed: "10:30–12:00 Group" then who runs it. */
interface SessionLines {
  time: string;
  cancelled: boolean;
  group: string;
  /** Undefined when cancelled: nobody needs to come. */
  who: { text: string; needed: boolean } | undefined;
}

function sessionLines(session: RotaSession): SessionLines {
  return {
    time: timeRange(session.startTime, session.endTime),
    cancelled: session.cancelled === true,
    group: printableText(session.groupName),
    who: session.cancelled
      ? undefined
      : session.facilitators.length === 0
        ? { text: 'Facilitator needed', needed: true }
        : { text: session.facilitators.map(printableName).join(', '), needed: false },
  };
}

/** The paragraphs of a session as plain text: what the height estimate measures. */
function paragraphTexts(lines: SessionLines): string[] {
  const first = `${lines.time}${lines.cancelled ? ' CANCELLED' : ''} ${lines.group}`;
  return lines.who ? [first, lines.who.text] : [first];
}

function sessionBlock(lines: SessionLines): Content {
  const stack: Content[] = [{ text: [{ text: lines.time, bold: true }, ...(lines.cancelled ? [{ text: ' CANCELLED', bold: true }] : []), ` ${lines.group}`] }];
  if (lines.who) stack.push({ text: lines.who.text, bold: lines.who.needed });
  return { stack, margin: [0, SESSION_GAP, 0, 0], unbreakable: true };
}

function dayCell(day: number, sessions: SessionLines[]): TableCell {
  return {
    stack: [{ text: String(day), bold: true, fontSize: DAY_NUMBER_SIZE }, ...sessions.map(sessionBlock)],
    fontSize: cellFontSize(sessions.length),
    lineHeight: CELL_LINE_HEIGHT,
  };
}

/**
 * A generous guess at a day cell's height in points. pdfmake silently leaves out a
 * table row that is kept whole ("dontBreakRows") but is taller than a page, so a week that
 * might not fit must be allowed to run over the page break instead.
 */
function estimatedCellHeight(sessions: SessionLines[]): number {
  const size = cellFontSize(sessions.length);
  // Wider than Roboto's average letter, and a few letters lost at each wrap.
  const perLine = Math.max(1, Math.floor(CELL_WIDTH / (size * 0.55)) - 3);
  const lineHeight = size * CELL_LINE_HEIGHT * ROBOTO_LINE;
  const lines = sessions.flatMap(paragraphTexts).reduce((sum, text) => sum + Math.ceil(text.length / perLine), 0);
  return DAY_NUMBER_SIZE * ROBOTO_LINE + sessions.length * SESSION_GAP + lines * lineHeight + 2 * CELL_PADDING;
}

/** "Venue: group, group" once per venue, for the line under the grid. */
function venueList(sessions: RotaSession[]): string | undefined {
  const byVenue = new Map<string, Set<string>>();
  for (const s of sessions) {
    const venue = s.venueName === undefined ? '' : printableText(s.venueName);
    if (venue) byVenue.set(venue, (byVenue.get(venue) ?? new Set()).add(printableText(s.groupName)));
  }
  if (byVenue.size === 0) return undefined;
  const byName = (a: string, b: string) => a.localeCompare(b, 'en-GB', { numeric: true });
  return [...byVenue.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([venue, groups]) => `${venue}: ${[...groups].sort(byName).join(', ')}`)
    .join('; ');
}

export function rotaDocument(data: RotaData): TDocumentDefinitions {
  const month = parseMonth(data.month);
  const monthName = `${MONTH_NAMES[month.month - 1] ?? ''} ${month.year}`;
  const inMonth = data.sessions
    .filter((s) => s.date.startsWith(`${data.month}-`))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.groupName.localeCompare(b.groupName));
  const byDay = new Map<number, SessionLines[]>();
  for (const s of inMonth) {
    const day = Number(s.date.slice(8, 10));
    byDay.set(day, [...(byDay.get(day) ?? []), sessionLines(s)]);
  }
  const tallest = Math.max(0, ...[...byDay.values()].map(estimatedCellHeight));
  // Room for the day names above the row, and a margin for error in the estimate.
  const weeksFitAPage = tallest < (PAGE_HEIGHT - 30) * 0.8;

  const weeks: TableCell[][] = [];
  const outside: TableCell = { text: '', fillColor: TINT };
  for (let start = 1 - month.firstWeekday; start <= month.days; start += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const day = start + i;
        return day < 1 || day > month.days ? outside : dayCell(day, byDay.get(day) ?? []);
      }),
    );
  }

  const gaps = inMonth.filter(needsFacilitator);
  const cancelled = inMonth.filter((s) => s.cancelled).length;
  const summary = [`${inMonth.length} ${inMonth.length === 1 ? 'session' : 'sessions'}`];
  if (cancelled) summary.push(`${cancelled} cancelled`);
  summary.push(gaps.length === 0 ? 'every session has a facilitator' : `${gaps.length} ${gaps.length === 1 ? 'needs' : 'need'} a facilitator`);
  const venues = venueList(inMonth);

  const content: Content[] = [
    {
      columns: [
        { text: `Facilitator rota: ${monthName}`, style: 'title', width: '*' },
        { text: printableText(data.organisationName), style: 'organisation', width: 220, alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      columnGap: 12,
    },
    { text: summary.join(' \u00b7 '), margin: [0, 0, 0, gaps.length ? 2 : 8] },
    // Finding cover is the first job, so the gaps are listed before the grid.
    ...(gaps.length
      ? [
          {
            text: [
              { text: 'Facilitator needed: ', bold: true },
              gaps.map((s) => `${shortDateInWords(s.date)} ${timeRange(s.startTime, s.endTime)} ${printableText(s.groupName)}`).join('; '),
            ],
            margin: [0, 0, 0, 8],
          } satisfies Content,
        ]
      : []),
    {
      table: {
        headerRows: 1,
        // A week is read as a whole, so it is kept on one page when it can be.
        dontBreakRows: weeksFitAPage,
        widths: Array<string>(7).fill('*'),
        body: [DAY_NAMES.map((name) => ({ text: name, style: 'tableHeading', alignment: 'center' })), ...weeks],
      },
      layout: gridLayout(CELL_PADDING, 3),
    },
    ...(venues ? [{ text: [{ text: 'Where: ', bold: true }, venues], fontSize: 11, margin: [0, 6, 0, 0] } satisfies Content] : []),
  ];

  return baseDocument({
    title: `Facilitator rota: ${monthName}`,
    subject: 'Facilitator rota',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: false,
    orientation: 'landscape',
    content,
  });
}
