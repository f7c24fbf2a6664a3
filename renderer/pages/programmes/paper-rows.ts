import { MOST_PAPER_ROWS } from '../../../shared/contracts/programme-paper';
import { formatUkDate, formatUkDateLong, parseUkDate, type IsoDate } from '../../../shared/dates';
import { HOW_CODES, readHow, readOutcome, readPaperDate } from '../../../shared/domain/programme-paper';
import { SESSION_MODE_LABELS, SESSION_OUTCOME_LABELS, SESSION_MODES, type ProgrammeSessionInput } from '../../../shared/domain/programmes';

/**
 * The rows of "Key in a paper sheet" as typed, and what each one reads as. A row is what one
 * line of the printed sheet holds; blank rows are left out, so a sheet with spare lines is
 * keyed as it is.
 */

export interface PaperRow {
  date: string;
  how: string;
  minutes: string;
  outcome: string;
  note: string;
}
export type PaperField = keyof PaperRow;
export const PAPER_FIELDS: readonly PaperField[] = ['date', 'how', 'minutes', 'outcome', 'note'];

export const BLANK_ROW: PaperRow = { date: '', how: '', minutes: '', outcome: '', note: '' };
/** Rows the grid opens with: enough for most sheets without scrolling; one more appears as the last is used. */
const FIRST_ROWS = 5;

export type RowErrors = Partial<Record<PaperField, string>>;
export type RowReading = { session: ProgrammeSessionInput; errors?: undefined } | { session?: undefined; errors: RowErrors };

export function isBlank(row: PaperRow): boolean {
  return PAPER_FIELDS.every((f) => row[f].trim() === '');
}

/** The rows with one blank row after the last filled one, and never fewer than five. */
export function withSpareRow(rows: readonly PaperRow[]): PaperRow[] {
  let last = rows.length - 1;
  while (last >= 0 && isBlank(rows[last]!)) last -= 1;
  const wanted = Math.min(MOST_PAPER_ROWS, Math.max(FIRST_ROWS, last + 2));
  return Array.from({ length: Math.max(wanted, Math.min(rows.length, MOST_PAPER_ROWS)) }, (_, i) => rows[i] ?? BLANK_ROW);
}

const HOW_LIST = SESSION_MODES.map((m) => HOW_CODES[m]).join(', ').replace(/, (\w)$/, ' or $1');
const OUTCOME_LIST = 'A, DNA, CM or CV';

/**
 * Reads one filled row. A blank length is the kind's usual one and a blank "what happened"
 * is attended: what most lines on a sheet are. A date may be dd/mm (shared readPaperDate).
 */
export function readRow(row: PaperRow, usualMinutes: number, today: IsoDate): RowReading {
  const errors: RowErrors = {};
  const dateText = row.date.trim();
  const date = dateText ? readPaperDate(dateText, today) : null;
  if (!dateText) errors.date = 'Enter the date';
  else if (!date) errors.date = 'Enter the date as dd/mm/yyyy or dd/mm, like 12/11';
  else if (date > today) errors.date = "The date can't be in the future";

  const mode = readHow(row.how);
  if (!row.how.trim()) errors.how = `Enter how you met: ${HOW_LIST}`;
  else if (!mode) errors.how = `Use ${HOW_LIST}`;

  const minutesText = row.minutes.trim();
  const minutes = minutesText === '' ? usualMinutes : /^\d+$/.test(minutesText) ? Number(minutesText) : NaN;
  if (Number.isNaN(minutes)) errors.minutes = 'Enter the length in minutes, like 60';
  else if (minutes < 1 || minutes > 720) errors.minutes = 'Between 1 minute and 12 hours (720 minutes)';

  const outcome = row.outcome.trim() === '' ? 'attended' : readOutcome(row.outcome);
  if (!outcome) errors.outcome = `Use ${OUTCOME_LIST}`;

  const note = row.note.trim();
  if (note.length > 2000) errors.note = 'Keep the note to 2,000 characters or fewer';

  if (Object.keys(errors).length > 0 || !date || !mode || !outcome) return { errors };
  return { session: { date, minutes, mode, outcome, ...(note ? { note } : {}) } };
}

/** "Thu 12 Nov 2026 · Phone · 60 min · Attended": what a row will be logged as. */
export function readsAs(session: ProgrammeSessionInput): string {
  return `${formatUkDateLong(session.date)} \u00b7 ${SESSION_MODE_LABELS[session.mode]} \u00b7 ${session.minutes} min \u00b7 ${SESSION_OUTCOME_LABELS[session.outcome]}`;
}

/** "12/11" typed becomes "12/11/2026" when the field is left, so the year it was read as shows. */
export function shownDate(text: string, today: IsoDate): string {
  const iso = parseUkDate(text) ? null : readPaperDate(text, today);
  return iso ? formatUkDate(iso) : text;
}
