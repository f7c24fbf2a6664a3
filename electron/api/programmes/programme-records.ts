import type { Programme, ProgrammeKind, ProgrammeSession } from '../../../shared/domain/programmes';
import { currentMatch } from '../../../shared/domain/programmes';
import { ApiError } from '../../../shared/errors';
import { programmeRecords, programmeSessionRecords, programmeSessionsKind, programmesKind } from '../../documents';
import type { Transaction } from '../../store';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';

/** Reads of programmes and their sessions that the handlers and views share. */

export function allProgrammes(ctx: AppContext): readonly Programme[] {
  return ctx.store.get(programmesKind).programmes;
}

export function findProgramme(ctx: AppContext, id: string): Programme {
  const p = ctx.store.record(programmeRecords, id);
  if (!p) throw new ApiError('NOT_FOUND', 'That programme is no longer on record. It may have been deleted.');
  return p;
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

/** A programme's sessions from every year, oldest first. */
export function sessionsOf(ctx: AppContext, programmeId: string): readonly ProgrammeSession[] {
  const out: ProgrammeSession[] = [];
  for (const year of ctx.store.keys(programmeSessionsKind)) out.push(...(yearByProgramme(ctx, year).get(programmeId) ?? NONE));
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

/** Removes a programme and every session it has, in the transaction given. */
export function removeProgramme(tx: Transaction, ctx: AppContext, programme: Programme): void {
  for (const s of sessionsOf(ctx, programme.id)) tx.remove(programmeSessionRecords, s);
  tx.remove(programmeRecords, programme);
}
