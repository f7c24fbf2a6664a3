import { daysBetween, formatUkDate, type IsoDate } from '../dates';

/**
 * Whether something with a due date (a DBS renewal, a course that expires, the next
 * supervision) needs doing. Warnings come at 60, 30 and 7 days before the date, as safeguarding
 * leads usually ask; the due day itself is still "due" (today is the last day to do it) and
 * the day after is overdue.
 */

export const DUE_STATES = ['ok', 'due-soon', 'overdue', 'missing'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const DUE_STATE_LABELS: Record<DueState, string> = {
  ok: 'OK',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  missing: 'Missing',
};

/** The warnings, largest first. */
export const DBS_WARNING_DAYS = [60, 30, 7] as const;

export interface DueStatus {
  state: DueState;
  /** The due date, when there is one. */
  due?: IsoDate;
  /** Days from today to the due date: 0 on the day, negative once overdue. */
  daysLeft?: number;
  /** The warning reached (60, 30 or 7), while due soon. */
  warning?: number;
}

/**
 * `warnings` are the days before the due date at which a warning starts, largest first; the
 * largest is when the item becomes "due soon".
 */
export function dueStatus(due: IsoDate | undefined, today: IsoDate, warnings: readonly number[] = DBS_WARNING_DAYS): DueStatus {
  if (!due) return { state: 'missing' };
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { state: 'overdue', due, daysLeft };
  let warning: number | undefined;
  for (const w of warnings) if (daysLeft <= w) warning = w;
  return warning === undefined ? { state: 'ok', due, daysLeft } : { state: 'due-soon', due, daysLeft, warning };
}

/** "in 12 days", "today", "3 days ago" */
export function daysInWords(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft === -1) return 'yesterday';
  return daysLeft > 0 ? `in ${daysLeft} days` : `${-daysLeft} days ago`;
}

/** "Due 12/01/2027 (in 50 days)", "Overdue since 01/11/2026 (22 days ago)" */
export function dueText(status: DueStatus): string {
  if (!status.due || status.daysLeft === undefined) return DUE_STATE_LABELS[status.state];
  const when = `${formatUkDate(status.due)} (${daysInWords(status.daysLeft)})`;
  if (status.state === 'overdue') return `Overdue: was due ${when}`;
  if (status.state === 'due-soon') return `Due soon: ${when}`;
  return `OK until ${formatUkDate(status.due)}`;
}

/** Which state needs attention first: overdue, then missing, then due soon, then OK. */
export const DUE_STATE_RANK: Record<DueState, number> = { overdue: 3, missing: 2, 'due-soon': 1, ok: 0 };

export function worstState(states: readonly DueState[]): DueState {
  let worst: DueState = 'ok';
  for (const s of states) if (DUE_STATE_RANK[s] > DUE_STATE_RANK[worst]) worst = s;
  return worst;
}
