import type { Measure } from './labels';
import { BOTTOM_MARGIN, MARGIN, mm } from './layout';
import { initialsAndSurname, printableName, printableText, timeRange } from './text';
import type { RotaName, RotaSession } from './types';

/**
 * How a month's rota is fitted to the paper. A month is printed in the roomiest look that
 * fits one landscape page, measured with the printing font as pdfmake lays it out: start
 * times only, initials for names that would take an extra line, a compact frame (the day
 * number beside the first session, a smaller title and venue list, narrower margins), and
 * only then smaller text, never under 7.5 pt. A month that fits no look on one page takes
 * the roomiest look with the fewest pages.
 */

export interface RotaLook {
  /** The month's text size in points; a very busy day goes smaller, never under MIN_FONT_SIZE. */
  size: number;
  /** "10:30–12:00", or "10:30" to save a line. */
  withEnd: boolean;
  /** A session whose names do not fit one line prints them as initials and surname. */
  shortNames: boolean;
  /** The day number beside the first session, not above it; a smaller title and venue list. */
  compact: boolean;
}

export const MIN_FONT_SIZE = 7.5;

const SIZES = [10, 9.5, 9, 8.5, 8, MIN_FONT_SIZE];

/**
 * Roomiest first. The text stays as large as it can: at each size, end times, full names and
 * the usual frame give way before the text gets smaller.
 */
export const ROTA_LOOKS: readonly RotaLook[] = SIZES.flatMap((size) => [
  { size, withEnd: true, shortNames: false, compact: false },
  { size, withEnd: false, shortNames: false, compact: false },
  { size, withEnd: false, shortNames: true, compact: false },
  { size, withEnd: false, shortNames: true, compact: true },
]);

export const SESSION_GAP = 2;
export const DAY_NUMBER_SIZE = 11;
/** Between a compact day number and the session text beside it: wide enough that "2" and "10:30" are not read as one. */
export const DAY_NUMBER_GAP = 7;
/** pdfmake's line height for everything outside the grid (the document default). */
const DOCUMENT_LINE_HEIGHT = 1.15;
/** The grid's rules (gridLayout), in points. */
export const RULE = 0.6;
// pdfmake measures word by word and rounds, so lines are filled to a hair under the width.
const SLACK = 0.98;

/** What is printed around the grid, and how tightly, for the usual and the compact look. */
export interface FrameStyle {
  titleSize: number;
  summarySize: number;
  /** The organisation over the summary; the compact look leaves it to the footer. */
  organisation: boolean;
  /** Under the title block. */
  titleGap: number;
  headingSize: number;
  whereSize: number;
  /** Line height in the day cells; the compact look sets lines a little closer (1.1 em). */
  cellLineHeight: number;
  /** Page margins in points; the compact look takes a little of each. */
  top: number;
  bottom: number;
  side: number;
  /** Inside each cell, left and right, and above and below. */
  padding: number;
  paddingY: number;
}

export const FRAMES: Record<'normal' | 'compact', FrameStyle> = {
  normal: { titleSize: 20, summarySize: 12, organisation: true, titleGap: 6, headingSize: 11, whereSize: 10, cellLineHeight: 1, top: MARGIN, bottom: BOTTOM_MARGIN, side: MARGIN, padding: 4, paddingY: 2 },
  // 10 mm margins (15 mm below, for the footer) are still well inside what any office printer prints.
  compact: { titleSize: 16, summarySize: 10, organisation: false, titleGap: 3, headingSize: 9, whereSize: 8, cellLineHeight: 0.95, top: mm(10), bottom: mm(15), side: mm(10), padding: 3, paddingY: 2 },
};

export const frameOf = (look: RotaLook): FrameStyle => FRAMES[look.compact ? 'compact' : 'normal'];

/** Text size for a day's cell: the busier the day, the smaller, never above the month's size. */
export function cellFontSize(sessions: number, monthSize: number): number {
  const bySessions = sessions <= 3 ? 10 : sessions <= 6 ? 9 : 8;
  return Math.min(bySessions, monthSize);
}

/** A stretch of text in one font. `whole` keeps it on one line: a name that fits its line. */
export interface Run {
  text: string;
  bold?: boolean;
  whole?: boolean;
}

/** One session as printed: "10:30–12:00 Group", then who runs it. */
export interface SessionText {
  first: Run[];
  /** Undefined when cancelled: nobody needs to come. */
  who: { runs: Run[]; needed: boolean } | undefined;
}

function nameParts(name: RotaName): { given: string; surname: string } {
  if (typeof name !== 'string') return name;
  const text = printableText(name).replace(/\s+/g, ' ');
  const space = text.indexOf(' ');
  return space < 0 ? { given: text, surname: '' } : { given: text.slice(0, space), surname: text.slice(space + 1) };
}

export function fullName(name: RotaName): string {
  const { given, surname } = nameParts(name);
  return printableName(`${given} ${surname}`);
}

export function shortName(name: RotaName): string {
  const { given, surname } = nameParts(name);
  return initialsAndSurname(given, surname);
}

/**
 * Breaks pdfmake may make: after a space, a hyphen or the dash in "10:30–12:00". A run kept
 * whole is one piece.
 */
function pieces(runs: readonly Run[]): { text: string; bold: boolean }[][] {
  const words: { text: string; bold: boolean }[][] = [];
  let word: { text: string; bold: boolean }[] = [];
  for (const run of runs) {
    const parts = run.whole ? [run.text] : run.text.split(/(?<=[ \-\u2013])/);
    for (const text of parts) {
      if (!text) continue;
      word.push({ text, bold: run.bold === true });
      if (/[ \-\u2013]$/.test(text)) {
        words.push(word);
        word = [];
      }
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

/** Lines a paragraph of runs takes when wrapped as pdfmake wraps it; `indent` is the first line's. */
export function lineCount(runs: readonly Run[], size: number, width: number, measure: Measure, indent = 0): number {
  const room = width * SLACK;
  const widthOf = (parts: { text: string; bold: boolean }[], trim: boolean) =>
    parts.reduce((sum, part, i) => sum + measure.width(trim && i === parts.length - 1 ? part.text.trimEnd() : part.text, size, part.bold), 0);
  let lines = 1;
  let used = indent;
  let empty = true;
  for (const word of pieces(runs)) {
    const trimmed = widthOf(word, true);
    if (!empty && used + trimmed > room) {
      lines += 1;
      used = 0;
      empty = true;
    }
    if (empty && used + trimmed > room) {
      // Wider than a whole line: pdfmake cuts it, onto as many lines as it needs.
      const extra = Math.ceil((used + trimmed) / room) - 1;
      lines += extra;
      used = used + trimmed - extra * room;
    } else used += widthOf(word, false);
    empty = false;
  }
  return lines;
}

/** Whether a piece of text fits on a line of the cell by itself. */
type Fits = (text: string, bold?: boolean) => boolean;

/**
 * Text that breaks only between words, as a name or a group's name must: each word is kept
 * whole where it fits a line (pdfmake would otherwise break after the hyphen of "Check-in").
 */
function words(text: string, fits: Fits, bold = false): Run[] {
  return text
    .split(/(?<= )/)
    .filter(Boolean)
    .map((word) => ({ text: word, ...(bold ? { bold } : {}), whole: fits(word, bold) }));
}

/**
 * Names joined by commas. A name is kept on one line where it fits, or else broken only
 * between its words. Where the look allows, a session's names are shortened to initials and
 * surname, longest first, each only if that saves a line.
 */
function nameRuns(names: readonly RotaName[], look: RotaLook, size: number, width: number, fits: Fits, measure: Measure): Run[] {
  const runs = (printed: string[]): Run[] =>
    printed.flatMap((name, i) => {
      const text = i < printed.length - 1 ? `${name}, ` : name;
      return fits(text) ? [{ text, whole: true }] : words(text, fits);
    });
  const printed = names.map(fullName);
  if (!look.shortNames) return runs(printed);
  const longestFirst = printed.map((name, i) => ({ i, width: measure.width(name, size, false) })).sort((a, b) => b.width - a.width);
  let lines = lineCount(runs(printed), size, width, measure);
  for (const { i } of longestFirst) {
    const tried = printed.with(i, shortName(names[i]!));
    const triedLines = lineCount(runs(tried), size, width, measure);
    if (triedLines < lines) {
      printed[i] = tried[i]!;
      lines = triedLines;
    }
  }
  return runs(printed);
}

export function sessionText(session: RotaSession, look: RotaLook, size: number, width: number, measure: Measure): SessionText {
  const fits: Fits = (text, bold = false) => measure.width(text.trimEnd(), size, bold) <= width * SLACK;
  const group = words(` ${printableText(session.groupName)}`, fits);
  // Said where the meeting would have been, so nobody turns up to a locked hall.
  if (session.noMeeting !== undefined) return { first: [...words('No meeting', fits, true), ...group], who: { runs: words(printableText(session.noMeeting), fits), needed: false } };
  const time = words(look.withEnd ? timeRange(session.startTime, session.endTime) : session.startTime, fits, true);
  if (session.cancelled) return { first: [...time, ...words(' CANCELLED', fits, true), ...group], who: undefined };
  return {
    first: [...time, ...group],
    who: session.facilitators.length === 0 ? { runs: words('FACILITATOR NEEDED', fits, true), needed: true } : { runs: nameRuns(session.facilitators, look, size, width, fits, measure), needed: false },
  };
}

/** A day as it will be printed in a given look. */
export interface DayText {
  day: number;
  size: number;
  sessions: SessionText[];
}

export function dayText(day: number, sessions: readonly RotaSession[], look: RotaLook, width: number, measure: Measure): DayText {
  const size = cellFontSize(sessions.length, look.size);
  return { day, size, sessions: sessions.map((s) => sessionText(s, look, size, width, measure)) };
}

/** How far the first line of a compact cell is indented, to clear its day number. */
export function dayNumberIndent(day: number, measure: Measure): number {
  return measure.width(String(day), DAY_NUMBER_SIZE, true) + DAY_NUMBER_GAP;
}

/** A day cell's height in points, padding and rule included. */
export function cellHeight(text: DayText, look: RotaLook, width: number, measure: Measure): number {
  const { cellLineHeight } = frameOf(look);
  const line = measure.lineHeight(text.size) * cellLineHeight;
  let height = 0;
  text.sessions.forEach((session, i) => {
    const indent = look.compact && i === 0 ? dayNumberIndent(text.day, measure) : 0;
    const gap = look.compact && i === 0 ? 0 : SESSION_GAP;
    const lines = lineCount(session.first, text.size, width, measure, indent) + (session.who ? lineCount(session.who.runs, text.size, width, measure) : 0);
    height += gap + lines * line;
  });
  const dayLine = measure.lineHeight(DAY_NUMBER_SIZE) * cellLineHeight;
  // A compact day number is placed beside the first line, taking no height of its own.
  const content = look.compact && text.sessions.length > 0 ? height : dayLine + height;
  return content + 2 * frameOf(look).paddingY + RULE;
}

/** Heights in points: the page inside its margins, and what is printed around the grid. */
export interface Frame {
  page: number;
  title: number;
  header: number;
  where: number;
}

const TITLE_STYLE_MARGIN = 4;
const ORGANISATION_MARGIN = 2;
export const WHERE_MARGIN = 4;
const PAGE_HEIGHT = mm(210);
const PAGE_WIDTH = mm(297);

/** The width of the grid: the landscape page inside its side margins. */
export const gridWidth = (look: RotaLook): number => PAGE_WIDTH - 2 * frameOf(look).side;

/** Beside the title: the organisation and the counts. */
export const SUMMARY_WIDTH = 420;
export const TITLE_GAP_X = 12;

/** What the frame says: the title, the counts beside it (bold when there are gaps) and the venues. */
export interface FrameText {
  title: string;
  summary: string;
  summaryBold: boolean;
  venues: string | undefined;
}

export function frameHeights(look: RotaLook, text: FrameText, measure: Measure): Frame {
  const style = frameOf(look);
  const pageWidth = PAGE_WIDTH - 2 * style.side;
  const lh = (size: number) => measure.lineHeight(size) * DOCUMENT_LINE_HEIGHT;
  const titleLines = lineCount([{ text: text.title, bold: true }], style.titleSize, pageWidth - SUMMARY_WIDTH - TITLE_GAP_X, measure);
  const summaryLines = lineCount([{ text: text.summary, bold: text.summaryBold }], style.summarySize, SUMMARY_WIDTH, measure);
  const right = (summaryLines + (style.organisation ? 1 : 0)) * lh(style.summarySize) + (style.organisation ? ORGANISATION_MARGIN : 0);
  const title = Math.max(titleLines * lh(style.titleSize) + TITLE_STYLE_MARGIN, right) + style.titleGap;
  const { venues } = text;
  const header = lh(style.headingSize) + 2 * style.paddingY + RULE;
  const where = venues === undefined ? 0 : WHERE_MARGIN + lh(style.whereSize) * lineCount([{ text: 'Where: ', bold: true }, { text: venues }], style.whereSize, pageWidth, measure);
  return { page: PAGE_HEIGHT - style.top - style.bottom, title, header, where };
}

/** Room left for error in the measuring: a few points a page. */
const SAFETY = 6;

/**
 * Pages the rota runs to: weeks kept whole (when `wholeWeeks`) under the day names, repeated
 * on each page, then the "Where" list, which is never split.
 */
export function pagesNeeded(rows: readonly number[], frame: Frame, wholeWeeks: boolean): number {
  const room = frame.page - SAFETY;
  let pages = 1;
  let left = room - frame.title - frame.header;
  for (const row of rows) {
    if (row <= left) {
      left -= row;
      continue;
    }
    if (wholeWeeks) {
      pages += 1;
      left = room - frame.header - row;
      continue;
    }
    let rest = row - Math.max(0, left);
    pages += 1;
    left = room - frame.header;
    while (rest > left) {
      rest -= left;
      pages += 1;
    }
    left -= rest;
  }
  if (frame.where > left) pages += 1;
  return pages;
}
