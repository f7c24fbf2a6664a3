import { addDaysIso, daysBetween } from '../dates';
import type { CompletionStage } from './outcome-completions';
import type { MeasurePlan } from './outcome-plans';

/**
 * Who is due a questionnaire, by the plan of their programme kind or group: at the start,
 * every so many sessions or weeks, at the end. One line per person, place and measure at
 * most, the most pressing: the closing questionnaire once it is ending, else the start one
 * if nothing was asked yet, else the latest review point not yet asked.
 */

/** Where the person is: a programme (sessions attended) or a spell on a group's roster. */
export interface DueSituation {
  /** The programme's start, or the day they joined the group. */
  startDate: string;
  /** Dates of the sessions they attended, oldest first. */
  attendedDates: readonly string[];
  /** Sessions planned (a programme); null when open-ended or a group. */
  planned: number | null;
  /** The day it ended (a programme's ending) or ends (a course's last date), if known. */
  endDate?: string;
  ended: boolean;
}

export interface DueCompletion {
  date: string;
  createdAt: string;
  stage?: CompletionStage;
}

export type DueReason = { reason: 'start' } | { reason: 'review'; at: number; unit: 'sessions' | 'weeks' } | { reason: 'end' };

/** Ended more than this long ago: too late to ask the closing questionnaire, so no longer listed. */
export const ENDED_RECENTLY_DAYS = 56;
/** A course ending within this many days is "ending": the last meetings are when to ask. */
const ENDING_SOON_DAYS = 7;

const sorted = (cs: readonly DueCompletion[]) => [...cs].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

function isEnding(s: DueSituation, today: string): boolean {
  if (s.ended) return true;
  if (s.planned !== null && s.attendedDates.length >= s.planned - 1) return true;
  return s.endDate !== undefined && s.endDate <= addDaysIso(today, ENDING_SOON_DAYS);
}

/**
 * A closing questionnaire counts when it is marked "end", or when it was answered from the
 * last session on (after the one before the last planned), or in the two weeks before the
 * end date. The first answers are the baseline, so they never count as the closing ones
 * unless nothing was asked at the start.
 */
function closingAsked(plan: MeasurePlan, s: DueSituation, cs: readonly DueCompletion[]): boolean {
  if (cs.some((c) => c.stage === 'end')) return true;
  const candidates = plan.atStart ? cs.slice(1) : cs;
  const beforeLast = s.planned !== null && s.planned >= 2 && s.attendedDates.length >= s.planned - 1 ? s.attendedDates[s.planned - 2] : undefined;
  const from = beforeLast !== undefined ? addDaysIso(beforeLast, 1) : s.endDate !== undefined ? addDaysIso(s.endDate, -14) : s.startDate;
  return candidates.some((c) => c.date >= from);
}

/** The latest review point reached (or reached at the next session, or within the coming week), with the day its window opens. */
function reviewPoint(plan: MeasurePlan, s: DueSituation, today: string): { at: number; from: string } | undefined {
  const every = plan.every;
  if (!every) return undefined;
  if (every.unit === 'sessions') {
    // The next session counts, so the form is ready to take to it.
    const at = Math.floor((s.attendedDates.length + 1) / every.count) * every.count;
    if (at < every.count || (s.planned !== null && at >= s.planned)) return undefined;
    const previous = s.attendedDates[at - 2];
    return { at, from: previous === undefined ? s.startDate : addDaysIso(previous, 1) };
  }
  // A point up to a week ahead counts (a weekly group's next meeting), as the next session does.
  const days = daysBetween(s.startDate, today) + 7;
  const at = Math.floor(days / 7 / every.count) * every.count;
  if (at < every.count) return undefined;
  const due = addDaysIso(s.startDate, at * 7);
  if (s.endDate !== undefined && due >= s.endDate) return undefined;
  return { at, from: addDaysIso(due, -7) };
}

/** What is due now for one measure, or null. `completions` are this person's answers to it in this programme or group. */
export function dueFor(plan: MeasurePlan, s: DueSituation, completions: readonly DueCompletion[], today: string): DueReason | null {
  const cs = sorted(completions);
  if (isEnding(s, today)) {
    if (s.ended && (s.endDate === undefined || s.endDate < addDaysIso(today, -ENDED_RECENTLY_DAYS))) return null;
    if (plan.atEnd) return closingAsked(plan, s, cs) ? null : { reason: 'end' };
    if (s.ended) return null;
  }
  if (plan.atStart && cs.length === 0) return { reason: 'start' };
  const point = reviewPoint(plan, s, today);
  if (point && plan.every && !cs.some((c) => c.date >= point.from)) return { reason: 'review', at: point.at, unit: plan.every.unit };
  return null;
}

/** "Due at the start", "Due at session 5", "Due at week 6", "Ending — ask the closing questionnaire". */
export function dueLabel(d: DueReason): string {
  if (d.reason === 'start') return 'Due at the start';
  if (d.reason === 'end') return 'Ending — ask the closing questionnaire';
  return d.unit === 'sessions' ? `Due at session ${d.at}` : `Due at week ${d.at}`;
}

/** Home's wording, after the person and place: "SWEMWBS due at session 5", "SWEMWBS: ending — ask the closing questionnaire". */
export function dueWhat(shortName: string, d: DueReason): string {
  if (d.reason === 'end') return `${shortName}: ending — ask the closing questionnaire`;
  const label = dueLabel(d);
  return `${shortName} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
