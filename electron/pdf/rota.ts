import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dayFromParts, daysInMonth, weekdayOfDay } from '../../shared/dates';
import { robotoMeasure, type Measure } from './labels';
import { baseDocument, BOTTOM_MARGIN, gridLayout, MARGIN, mm, TINT } from './layout';
import type { RotaData, RotaSession } from './types';
import { printableName, printableText, timeRange } from './text';

/**
 * The facilitator rota: a month on one landscape sheet, Monday to Sunday, each session with
 * who runs it. Gaps ("Facilitator needed") must stand out, since finding cover is what the
 * coordinator pins it up for. A busy day shrinks its own text (never below 8 pt) and its
 * row grows, so nothing is ever cut off. Venues are listed once under the grid rather than
 * in every cell, which keeps a usual month to one page.
 */

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SESSION_GAP = 2;
const DAY_NUMBER_SIZE = 11;
const CELL_LINE_HEIGHT = 1;
/** Roboto's line box is about 1.17 times the font size at pdfmake's line height 1. */
const ROBOTO_LINE = 1.17;
const CELL_PADDING = 4;
const CELL_PADDING_Y = 2;
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

const needsFacilitator = (s: RotaSession) => !s.cancelled && s.noMeeting === undefined && s.facilitators.length === 0;

const MIN_FONT_SIZE = 8;
/** A weekday with no sessions all month keeps a narrow column, giving the busy days room. */
const EMPTY_COLUMN_WIDTH = 44;
/** Title and summary, day names and a two-line "Where" under the grid. */
const OUTSIDE_GRID = 90;

/** Text size for a day's cell: the more sessions, the smaller, down to 8 pt; never above the month's size. */
function cellFontSize(sessions: number, monthSize: number): number {
  const bySessions = sessions <= 3 ? 10 : sessions <= 6 ? 9 : MIN_FONT_SIZE;
  return Math.min(bySessions, monthSize);
}

/** One session as printed: "10:30–12:00 Group" then who runs it. */
interface SessionLines {
  time: string;
  cancelled: boolean;
  group: string;
  /** Undefined when cancelled: nobody needs to come. */
  who: { text: string; needed: boolean } | undefined;
}

/** `withEnd` false prints the start time alone: a busy month's line saved per session. */
function sessionLines(session: RotaSession, withEnd: boolean): SessionLines {
  // Said where the meeting would have been, so nobody turns up to a locked hall.
  if (session.noMeeting !== undefined) return { time: 'No meeting', cancelled: false, group: printableText(session.groupName), who: { text: printableText(session.noMeeting), needed: false } };
  return {
    time: withEnd ? timeRange(session.startTime, session.endTime) : session.startTime,
    cancelled: session.cancelled === true,
    group: printableText(session.groupName),
    who: session.cancelled
      ? undefined
      : session.facilitators.length === 0
        ? { text: 'FACILITATOR NEEDED', needed: true }
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
  // A gap is marked where it is, in capitals on a tint, so it stands out on the wall.
  if (lines.who) stack.push(lines.who.needed ? { text: lines.who.text, bold: true, background: TINT } : { text: lines.who.text });
  return { stack, margin: [0, SESSION_GAP, 0, 0], unbreakable: true };
}

function dayCell(day: number, sessions: SessionLines[], monthSize: number): TableCell {
  return {
    stack: [{ text: String(day), bold: true, fontSize: DAY_NUMBER_SIZE }, ...sessions.map(sessionBlock)],
    fontSize: cellFontSize(sessions.length, monthSize),
    lineHeight: CELL_LINE_HEIGHT,
  };
}

/**
 * A generous guess at a day cell's height in points. pdfmake silently leaves out a
 * table row that is kept whole ("dontBreakRows") but is taller than a page, so a week that
 * might not fit must be allowed to run over the page break instead.
 */
function estimatedCellHeight(sessions: SessionLines[], monthSize: number, cellWidth = CELL_WIDTH): number {
  const size = cellFontSize(sessions.length, monthSize);
  // Wider than Roboto's average letter, and a few letters lost at each wrap.
  const perLine = Math.max(1, Math.floor(cellWidth / (size * 0.55)) - 3);
  const lineHeight = size * CELL_LINE_HEIGHT * ROBOTO_LINE;
  const lines = sessions.flatMap(paragraphTexts).reduce((sum, text) => sum + Math.ceil(text.length / perLine), 0);
  return DAY_NUMBER_SIZE * ROBOTO_LINE + sessions.length * SESSION_GAP + lines * lineHeight + 2 * CELL_PADDING;
}

/**
 * Lines a paragraph takes when wrapped to `width`, measured with the printing font. Like
 * pdfmake, it breaks at spaces and after hyphens, and a piece wider than the cell on its own.
 */
function wrappedLines(text: string, size: number, width: number, measure: Measure): number {
  let lines = 1;
  let line = '';
  for (const piece of text.split(/(?<=[\s-])/)) {
    const candidate = line + piece;
    if (measure.width(candidate.trimEnd(), size, false) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines += 1;
    lines += Math.max(0, Math.ceil(measure.width(piece.trimEnd(), size, false) / width) - 1);
    line = piece;
  }
  return lines;
}

/**
 * A day cell's height measured with the font, for choosing the month's text size. Unlike
 * the generous guess above it errs neither way, so it is only used to pick a size.
 */
function measuredCellHeight(sessions: SessionLines[], monthSize: number, cellWidth: number, measure: Measure): number {
  const size = cellFontSize(sessions.length, monthSize);
  const lineHeight = measure.lineHeight(size) * CELL_LINE_HEIGHT;
  // The first paragraph a little narrower: its bold time is wider than it is measured here.
  const lines = sessions
    .map(paragraphTexts)
    .reduce((sum, [first = '', ...rest]) => sum + wrappedLines(first, size, cellWidth - size / 2, measure) + rest.reduce((n, text) => n + wrappedLines(text, size, cellWidth, measure), 0), 0);
  return measure.lineHeight(DAY_NUMBER_SIZE) * CELL_LINE_HEIGHT + sessions.length * SESSION_GAP + lines * lineHeight + 2 * CELL_PADDING_Y;
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

export function rotaDocument(data: RotaData, measure: Measure = robotoMeasure()): TDocumentDefinitions {
  const month = parseMonth(data.month);
  const monthName = `${MONTH_NAMES[month.month - 1] ?? ''} ${month.year}`;
  const inMonth = data.sessions
    .filter((s) => s.date.startsWith(`${data.month}-`))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.groupName.localeCompare(b.groupName));
  const sessionsOn = new Map<number, RotaSession[]>();
  for (const s of inMonth) {
    const day = Number(s.date.slice(8, 10));
    sessionsOn.set(day, [...(sessionsOn.get(day) ?? []), s]);
  }
  // Weekdays with no sessions all month get narrow columns; the others share the width.
  const weekdayOf = (day: number) => (month.firstWeekday + day - 1) % 7;
  const busyWeekdays = new Set([...sessionsOn.keys()].map(weekdayOf));
  const emptyColumns = 7 - Math.max(1, busyWeekdays.size);
  const narrow = (weekday: number) => emptyColumns < 6 && !busyWeekdays.has(weekday);
  const cellWidth = (mm(297) - 2 * MARGIN - emptyColumns * EMPTY_COLUMN_WIDTH) / (7 - emptyColumns) - 2 * CELL_PADDING;
  const weekStarts: number[] = [];
  for (let start = 1 - month.firstWeekday; start <= month.days; start += 7) weekStarts.push(start);
  const linesByDay = (withEnd: boolean) => new Map([...sessionsOn].map(([day, list]) => [day, list.map((s) => sessionLines(s, withEnd))]));
  const gridHeight = (days: Map<number, SessionLines[]>, size: number) =>
    weekStarts.reduce((sum, start) => sum + Math.max(...Array.from({ length: 7 }, (_, i) => measuredCellHeight(days.get(start + i) ?? [], size, cellWidth, measure))), 0);
  // The month's look: end times and 10 pt if the grid fits one page so, else smaller text
  // (down to 8 pt), then start times only, so a month of ten groups is one sheet to pin up.
  const layouts = [true, false].flatMap((withEnd) => [10, 9.5, 9, 8.5, 8].map((size) => ({ withEnd, size })));
  // A month that runs over a page whatever we do keeps its end times.
  const chosen = layouts.find(({ withEnd, size }) => gridHeight(linesByDay(withEnd), size) <= PAGE_HEIGHT - OUTSIDE_GRID) ?? { withEnd: true, size: MIN_FONT_SIZE };
  const monthSize = chosen.size;
  const byDay = linesByDay(chosen.withEnd);
  const tallest = Math.max(0, ...[...byDay.values()].map((sessions) => estimatedCellHeight(sessions, monthSize, cellWidth)));
  // Room for the day names above the row, and a margin for error in the estimate.
  const weeksFitAPage = tallest < (PAGE_HEIGHT - 30) * 0.8;

  const weeks: TableCell[][] = [];
  const outside: TableCell = { text: '', fillColor: TINT };
  for (const start of weekStarts) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const day = start + i;
        return day < 1 || day > month.days ? outside : dayCell(day, byDay.get(day) ?? [], monthSize);
      }),
    );
  }

  const gaps = inMonth.filter(needsFacilitator);
  const cancelled = inMonth.filter((s) => s.cancelled).length;
  const meetings = inMonth.filter((s) => s.noMeeting === undefined).length;
  const summary = [`${meetings} ${meetings === 1 ? 'session' : 'sessions'}`];
  if (cancelled) summary.push(`${cancelled} cancelled`);
  summary.push(gaps.length === 0 ? 'every session has a facilitator' : `${gaps.length} ${gaps.length === 1 ? 'needs' : 'need'} a facilitator (marked in the grid)`);
  const venues = venueList(inMonth);

  const content: Content[] = [
    {
      columns: [
        { text: `Facilitator rota: ${monthName}`, style: 'title', width: '*' },
        {
          width: 420,
          alignment: 'right',
          // The gaps are counted here, beside the title, and marked in their cells: a list of
          // them above the grid pushed a busy month onto a second page.
          stack: [
            { text: printableText(data.organisationName), style: 'organisation' },
            { text: summary.join(' \u00b7 '), bold: gaps.length > 0 },
          ],
        },
      ],
      columnGap: 12,
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        // A week is read as a whole, so it is kept on one page when it can be.
        dontBreakRows: weeksFitAPage,
        widths: Array.from({ length: 7 }, (_, i) => (narrow(i) ? EMPTY_COLUMN_WIDTH : '*')),
        // A narrow column has room only for "Sat", "Sun".
        body: [DAY_NAMES.map((name, i) => ({ text: narrow(i) ? name.slice(0, 3) : name, style: 'tableHeading', alignment: 'center' })), ...weeks],
      },
      layout: gridLayout(CELL_PADDING, CELL_PADDING_Y),
    },
    ...(venues ? [{ text: [{ text: 'Where: ', bold: true }, venues], fontSize: 10, margin: [0, 4, 0, 0], unbreakable: true } satisfies Content] : []),
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
