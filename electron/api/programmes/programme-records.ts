import type { Programme, ProgrammeKind, ProgrammeSession } from '../../../shared/domain/programmes';
import { currentMatch } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import { programmeRecords, programmeSessionRecords, programmeSessionsKind, programmesKind } from '../../documents';
import type { Transaction } from '../../store';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';
import { removeProgrammeTrips } from './travel-trip-records';

/** Reads of programmes and their sessions that the handlers and views share. */

export function allProgrammes(ctx: AppContext): readonly Programme[] {
  return ctx.store.get(programmesKind).programmes;
}

export function findProgramme(ctx: AppContext, id: string): Programme {
  const p = ctx.store.record(programmeRecords, id);
  if (!p) throw new ApiError('NOT_FOUND', 'That programme is no longer on record. It may have been deleted.');
  return p;
}

/** Every logged session of every programme, from every year's file (reading any not yet loaded). */
export function allProgrammeSessions(ctx: AppContext): ProgrammeSession[] {
  return ctx.store.keys(programmeSessionsKind).flatMap((year) => ctx.store.get(programmeSessionsKind, year).sessions);
}

export function findProgrammeSession(ctx: AppContext, id: string): ProgrammeSession {
  for (const year of ctx.store.keys(programmeSessionsKind)) {
    const s = ctx.store.record(programmeSessionRecords, id, year);
    if (s) return s;
  }
  throw new ApiError('NOT_FOUND', 'That session is no longer on record. It may have been deleted.');
}

const NONE: readonly ProgrammeSession[] = [];

/**
 * One year's sessions by programme, kept until that year changes: logging a session then
 * rebuilds one year's lookup, not every year's (a large folder holds ten years of them).
 */
function yearByProgramme(ctx: AppContext, year: string): ReadonlyMap<string, readonly ProgrammeSession[]> {
  return cached(ctx, `programmeSessionsByProgramme:${year}`, [[programmeSessionsKind, year]], () => {
    const out = new Map<string, ProgrammeSession[]>();
    for (const s of ctx.store.get(programmeSessionsKind, year).sessions) {
      const list = out.get(s.programmeId);
      if (list) list.push(s);
      else out.set(s.programmeId, [s]);
    }
    return out;
  });
}

const byWhen = (a: ProgrammeSession, b: ProgrammeSession) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.createdAt.localeCompare(b.createdAt);

/**
 * The first year a programme's sessions can be in: none is dated before it started (the
 * session rules refuse it), so older years' documents need not be read for it.
 */
function firstYearOf(ctx: AppContext, programmeId: string): string {
  return ctx.store.record(programmeRecords, programmeId)?.startDate.slice(0, 4) ?? '';
}

/** A programme's sessions from every year since it started, oldest first. */
export function sessionsOf(ctx: AppContext, programmeId: string): readonly ProgrammeSession[] {
  const out: ProgrammeSession[] = [];
  const from = firstYearOf(ctx, programmeId);
  for (const year of ctx.store.keys(programmeSessionsKind)) if (year >= from) out.push(...(yearByProgramme(ctx, year).get(programmeId) ?? NONE));
  return out.sort(byWhen);
}

/** Every kind in Settings; a programme whose kind was removed from the list still shows with its id as name. */
export function kindOf(ctx: AppContext, kindId: string): ProgrammeKind {
  return (
    settingsOf(ctx).programmeKinds.find((k) => k.id === kindId) ?? { id: kindId, name: kindId, plannedSessions: null, sessionMinutes: 60, roles: [], countsForHours: false }
  );
}

/** Open programmes each volunteer is the current volunteer of. */
export function caseloads(ctx: AppContext): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const p of allProgrammes(ctx)) {
    if (p.status === 'ended') continue;
    const m = currentMatch(p);
    if (m) out.set(m.volunteerId, (out.get(m.volunteerId) ?? 0) + 1);
  }
  return out;
}

/** Removes a programme and every session and travel trip it has, in the transaction given. */
export function removeProgramme(tx: Transaction, ctx: AppContext, programme: Programme): void {
  for (const s of sessionsOf(ctx, programme.id)) tx.remove(programmeSessionRecords, s);
  removeProgrammeTrips(tx, ctx, programme.id);
  tx.remove(programmeRecords, programme);
}

/** What a list row needs of a programme's sessions, without gathering them. */
export interface SessionSummary {
  attended: number;
  /** The date of the last session with any outcome: the last contact. */
  last: string;
}

function yearSummaries(ctx: AppContext, year: string): ReadonlyMap<string, SessionSummary> {
  return cached(ctx, `programmeSessionSummaries:${year}`, [[programmeSessionsKind, year]], () => {
    const out = new Map<string, SessionSummary>();
    for (const s of ctx.store.get(programmeSessionsKind, year).sessions) {
      const summary = out.get(s.programmeId);
      const attended = s.outcome === 'attended' ? 1 : 0;
      if (!summary) out.set(s.programmeId, { attended, last: s.date });
      else {
        summary.attended += attended;
        if (s.date > summary.last) summary.last = s.date;
      }
    }
    return out;
  });
}

/**
 * Every programme's attended count and last contact, over the years from `fromYear` on: the
 * Programmes list, Home and the caseloads read these for a thousand programmes at once.
 * Right for every programme started in `fromYear` or later (none has a session before it
 * started); older years are not read, so Home, which needs only the open programmes, leaves
 * years of ended ones on disk. Logging a session rebuilds that year's part and the merge.
 */
export function sessionSummaries(ctx: AppContext, fromYear = ''): ReadonlyMap<string, SessionSummary> {
  const years = ctx.store.keys(programmeSessionsKind).filter((y) => y >= fromYear);
  return cached(
    ctx,
    `programmeSessionSummaries:from:${fromYear}`,
    years.map((y) => [programmeSessionsKind, y] as const),
    () => {
      const out = new Map<string, SessionSummary>();
      // Oldest year first, so a later year's last date wins.
      for (const year of years) {
        for (const [id, s] of yearSummaries(ctx, year)) {
          const before = out.get(id);
          out.set(id, before ? { attended: before.attended + s.attended, last: s.last > before.last ? s.last : before.last } : { ...s });
        }
      }
      return out;
    },
  );
}
