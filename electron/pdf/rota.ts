import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dayFromParts, daysInMonth, weekdayOfDay } from '../../shared/dates';
import { robotoMeasure, type Measure } from './labels';
import { baseDocument, gridLayout, TINT } from './layout';
import {
  cellHeight,
  DAY_NUMBER_SIZE,
  dayNumberIndent,
  dayText,
  frameHeights,
  frameOf,
  FRAMES,
  gridWidth,
  pagesNeeded,
  ROTA_LOOKS,
  RULE,
  SESSION_GAP,
  SUMMARY_WIDTH,
  TITLE_GAP_X,
  WHERE_MARGIN,
  type DayText,
  type FrameText,
  type RotaLook,
  type Run,
  type SessionText,
} from './rota-fit';
import type { RotaData, RotaSession } from './types';
import { printableText } from './text';

/**
 * The facilitator rota: a month on one landscape sheet, Monday to Sunday, each session with
 * who runs it. Gaps ("FACILITATOR NEEDED") must stand out, since finding cover is what the
 * coordinator pins it up for. Nothing is ever cut off: a full month is fitted to one page
 * by rota-fit.ts (start times only, initials, a compact frame, then smaller text, never
 * under 7.5 pt), and a month too full for that carries whole weeks onto the next page,
 * under the day names again.
 * Venues are listed once under the grid rather than in every cell.
 */

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A weekday with no sessions all month keeps a narrow column, giving the busy days room. */
const EMPTY_COLUMN_WIDTH = 44;
/** Roboto's line box is about 1.17 times the font size at pdfmake's line height 1. */
const ROBOTO_LINE = 1.17;
/** Roboto's ascender, as a share of the font size: lines a compact day number up with the text beside it. */
const ROBOTO_ASCENT = 0.928;

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

function inlines(runs: readonly Run[]): ContentText[] {
  return runs.map((run) => ({ text: run.text, ...(run.bold ? { bold: true } : {}), ...(run.whole ? { noWrap: true } : {}) }));
}

function sessionBlock(session: SessionText, first: { indent: number } | undefined): Content {
  const stack: Content[] = [{ text: inlines(session.first), ...(first && first.indent > 0 ? { leadingIndent: first.indent } : {}) }];
  // A gap is marked where it is, in capitals on a tint, so it stands out on the wall.
  if (session.who) stack.push(session.who.needed ? { text: inlines(session.who.runs), background: TINT } : { text: inlines(session.who.runs) });
  return { stack, margin: [0, first && first.indent > 0 ? 0 : SESSION_GAP, 0, 0], unbreakable: true };
}

function dayCell(text: DayText, look: RotaLook, measure: Measure): TableCell {
  const style = { fontSize: text.size, lineHeight: frameOf(look).cellLineHeight };
  if (!look.compact || text.sessions.length === 0) {
    const number = { text: String(text.day), bold: true, fontSize: DAY_NUMBER_SIZE };
    return { stack: [number, ...text.sessions.map((s) => sessionBlock(s, undefined))], ...style };
  }
  // The number sits in the top corner, beside the first line (indented to clear it) rather
  // than on a line of its own: a line saved in every cell of a very full month.
  const number: Content = {
    text: String(text.day),
    bold: true,
    fontSize: DAY_NUMBER_SIZE,
    // Baselines lined up: digits stand on the line and do not reach down into the next one.
    relativePosition: { x: 0, y: -(DAY_NUMBER_SIZE - text.size) * ROBOTO_ASCENT },
  };
  const indent = dayNumberIndent(text.day, measure);
  return { stack: [number, ...text.sessions.map((s, i) => sessionBlock(s, i === 0 ? { indent } : undefined))], ...style };
}

/**
 * A generous guess at a day cell's height in points. pdfmake silently leaves out a
 * table row that is kept whole ("dontBreakRows") but is taller than a page, so a week that
 * might not fit must be allowed to run over the page break instead.
 */
function generousCellHeight(text: DayText, cellWidth: number): number {
  const lineHeight = text.size * ROBOTO_LINE;
  // Wider than Roboto's average letter, and a few letters lost at each wrap.
  const perLine = Math.max(1, Math.floor(cellWidth / (text.size * 0.55)) - 3);
  const paragraphs = text.sessions.flatMap((s) => [s.first, ...(s.who ? [s.who.runs] : [])].map((runs) => runs.map((r) => r.text).join('')));
  const lines = paragraphs.reduce((sum, p) => sum + Math.ceil(p.length / perLine), 0);
  return DAY_NUMBER_SIZE * ROBOTO_LINE + text.sessions.length * SESSION_GAP + lines * lineHeight + 2 * FRAMES.normal.padding;
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

/** The counts beside the title: the gaps are counted here and marked in their cells. */
function summaryOf(sessions: RotaSession[]): { summary: string; summaryBold: boolean } {
  const gaps = sessions.filter(needsFacilitator).length;
  const cancelled = sessions.filter((s) => s.cancelled).length;
  const meetings = sessions.filter((s) => s.noMeeting === undefined).length;
  const summary = [`${meetings} ${meetings === 1 ? 'session' : 'sessions'}`];
  if (cancelled) summary.push(`${cancelled} cancelled`);
  summary.push(gaps === 0 ? 'every session has a facilitator' : `${gaps} ${gaps === 1 ? 'needs' : 'need'} a facilitator (marked in the grid)`);
  return { summary: summary.join(' \u00b7 '), summaryBold: gaps > 0 };
}

/** How a month will be printed: the look chosen, each day's text in it, and the pages it takes. */
export interface RotaPlan extends FrameText {
  look: RotaLook;
  days: Map<number, DayText>;
  pages: number;
  /** Each week kept on one page (false only for a week that might be taller than a page). */
  wholeWeeks: boolean;
  weekStarts: number[];
  /** Weekdays (0 = Monday) with no sessions all month, printed as narrow columns. */
  narrow: Set<number>;
}

export function planRota(data: RotaData, measure: Measure = robotoMeasure()): RotaPlan {
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
  const narrow = new Set(emptyColumns < 6 ? [0, 1, 2, 3, 4, 5, 6].filter((weekday) => !busyWeekdays.has(weekday)) : []);
  const weekStarts: number[] = [];
  for (let start = 1 - month.firstWeekday; start <= month.days; start += 7) weekStarts.push(start);
  const venues = venueList(inMonth);
  const frameText = { title: `Facilitator rota: ${monthName}`, ...summaryOf(inMonth), venues };

  const plan = (look: RotaLook): RotaPlan => {
    // As pdfmake shares out the width: every cell's padding and every rule first, then the
    // narrow columns' fixed width, the rest equally.
    const offsets = 7 * 2 * frameOf(look).padding + 8 * RULE;
    const cellWidth = (gridWidth(look) - offsets - narrow.size * EMPTY_COLUMN_WIDTH) / (7 - narrow.size);
    const days = new Map<number, DayText>();
    for (let day = 1; day <= month.days; day++) days.set(day, dayText(day, sessionsOn.get(day) ?? [], look, cellWidth, measure));
    const rows = weekStarts.map((start) => Math.max(...Array.from({ length: 7 }, (_, i) => days.get(start + i)).map((d) => (d ? cellHeight(d, look, cellWidth, measure) : 0))));
    const frame = frameHeights(look, frameText, measure);
    // A week is kept on one page when it can be; one that might be taller than a page may break.
    const tallest = Math.max(0, ...[...days.values()].map((d) => generousCellHeight(d, cellWidth)));
    const wholeWeeks = tallest < (frame.page - frame.header) * 0.8;
    return { ...frameText, look, days, pages: pagesNeeded(rows, frame, wholeWeeks), wholeWeeks, weekStarts, narrow };
  };
  // The roomiest look that fits one page; failing that, the roomiest with the fewest pages.
  let chosen: RotaPlan | undefined;
  for (const look of ROTA_LOOKS) {
    const candidate = plan(look);
    if (chosen === undefined || candidate.pages < chosen.pages) chosen = candidate;
    if (candidate.pages === 1) break;
  }
  return chosen!;
}

export function rotaDocument(data: RotaData, measure: Measure = robotoMeasure()): TDocumentDefinitions {
  const { title, summary, summaryBold, look, days, pages, wholeWeeks, weekStarts, narrow, venues } = planRota(data, measure);
  const frame = frameOf(look);

  const weeks: TableCell[][] = [];
  const outside: TableCell = { text: '', fillColor: TINT };
  for (const start of weekStarts) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const day = days.get(start + i);
        return day === undefined ? outside : dayCell(day, look, measure);
      }),
    );
  }


  const content: Content[] = [
    {
      columns: [
        { text: title, style: 'title', fontSize: frame.titleSize, width: '*' },
        {
          width: SUMMARY_WIDTH,
          alignment: 'right',
          fontSize: frame.summarySize,
          // The gaps are counted here, beside the title, and marked in their cells: a list of
          // them above the grid pushed a busy month onto a second page.
          stack: [
            ...(frame.organisation ? [{ text: printableText(data.organisationName), style: 'organisation', fontSize: frame.summarySize }] : []),
            { text: summary, bold: summaryBold },
          ],
        },
      ],
      columnGap: TITLE_GAP_X,
      margin: [0, 0, 0, frame.titleGap],
    },
    {
      table: {
        headerRows: 1,
        // A week is read as a whole, so it is kept on one page when it can be.
        dontBreakRows: wholeWeeks,
        widths: Array.from({ length: 7 }, (_, i) => (narrow.has(i) ? EMPTY_COLUMN_WIDTH : '*')),
        // A narrow column has room only for "Sat", "Sun".
        body: [DAY_NAMES.map((name, i) => ({ text: narrow.has(i) ? name.slice(0, 3) : name, style: 'tableHeading', fontSize: frame.headingSize, alignment: 'center' })), ...weeks],
      },
      layout: gridLayout(frame.padding, frame.paddingY),
    },
    ...(venues ? [{ text: [{ text: 'Where: ', bold: true }, venues], fontSize: frame.whereSize, margin: [0, WHERE_MARGIN, 0, 0], unbreakable: true } satisfies Content] : []),
  ];

  const doc = baseDocument({
    title,
    subject: 'Facilitator rota',
    organisationName: data.organisationName,
    printedOn: data.printedOn,
    confidential: false,
    orientation: 'landscape',
    sideMargin: frame.side,
    // A month over two pages names itself on each, so a loose page is put back with its month.
    ...(pages > 1 ? { label: title } : {}),
    content,
  });
  return { ...doc, pageMargins: [frame.side, frame.top, frame.side, frame.bottom] };
}
