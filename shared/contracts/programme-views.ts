import type { Goal, Match, Programme, ProgrammeKind, ProgrammeSession, ProgrammeStatus } from '../domain/programmes';

/**
 * What the programmes API answers with: its own module so the parts of the API kept apart
 * (trips, paper) can name these without importing the API that includes them.
 */

export interface PersonName {
  id: string;
  name: string;
}

/** A programme as lists show it (the Programmes page, a member's tab, a volunteer's caseload). */
export interface ProgrammeRow {
  id: string;
  member: PersonName;
  kind: { id: string; name: string };
  status: ProgrammeStatus;
  volunteer?: PersonName;
  startDate: string;
  /** "6 of 10", or "6 sessions" when open-ended. */
  counter: string;
  attended: number;
  plannedSessions: number | null;
  /** The last session with any outcome (the last contact), ISO date. */
  lastContact?: string;
  /** Days since the last contact, or since the start when there has been none. */
  daysSinceContact: number;
  /** Waiting for a match: days since it started. */
  daysWaiting?: number;
  /** At or past the planned number and not ended: "end or extend". */
  atPlanned: boolean;
}

export interface ProgrammeList {
  rows: ProgrammeRow[];
  /** Before filters: open programmes, waiting for a match, no contact for the set days. */
  counts: { open: number; waiting: number; noContact: number };
  /** The "no contact" threshold from Settings (default 21). */
  noContactDays: number;
}

export interface ProgrammeDetail {
  programme: Programme;
  kind: ProgrammeKind;
  /** `largePrint`: they get the newsletter in large print, so "Print my plan" prints large. */
  member: PersonName & { age?: number; largePrint?: boolean };
  volunteer?: PersonName;
  /** Every match with the volunteer's name, oldest first. */
  matches: (Match & { volunteerName: string })[];
  /** Newest first. Private notes included: this is the coordinator's own screen. */
  sessions: ProgrammeSession[];
  goals: Goal[];
  counter: string;
  attended: number;
  atPlanned: boolean;
  /** Plain-English notes for the coordinator: "Age 47 is outside Peer coaching's 50–75", "Past the most sessions (8)". */
  warnings: string[];
}

/** A volunteer who could be matched, with its reasons in words. */
export interface Suggestion {
  volunteer: PersonName;
  score: number;
  /** "Shares: gardening, football", "Speaks: Polish", "Both free: Monday morning", "Supporting 1 of 2". */
  reasons: string[];
  /** Current programmes they support, and their limit. */
  caseload: number;
  caseloadLimit: number;
}

export interface Suggestions {
  suggested: Suggestion[];
  /** Active volunteers with an allowed role who cannot be suggested, and why ("DBS overdue since 03/10/2026", "Full: 2 of 2"). */
  leftOut: { volunteer: PersonName; why: string }[];
}
