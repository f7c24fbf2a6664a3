import { todayIso } from '../../../shared/dates';
import { currentMatch, type Programme } from '../../../shared/domain/programmes';
import { programmeRecords } from '../../documents';
import type { Transaction } from '../../store';
import type { AppContext } from '../core/context';
import { compact } from '../core/lookups';
import { allProgrammes, removeProgramme } from './programme-records';

/** What deleting a member or a volunteer does to programmes, staged in the deletion's own commit. */

/** A member's programmes and their sessions go with the member. */
export function removeMemberProgrammes(tx: Transaction, ctx: AppContext, memberId: string): void {
  for (const p of allProgrammes(ctx)) if (p.memberId === memberId) removeProgramme(tx, ctx, p);
}

export const VOLUNTEER_DELETED_REASON = "Volunteer's record deleted";

/**
 * The open programmes a deleted volunteer supported go back to waiting for a match: their
 * match is closed today with the reason. Ended programmes keep their history as it was.
 */
export function unmatchDeletedVolunteer(tx: Transaction, ctx: AppContext, volunteerId: string): void {
  const today = todayIso(ctx.now());
  const at = ctx.now().toISOString();
  for (const p of allProgrammes(ctx)) {
    const now = currentMatch(p);
    if (p.status === 'ended' || now?.volunteerId !== volunteerId) continue;
    const after: Programme = compact<Programme>({
      ...p,
      matches: p.matches.map((m) => (m === now ? { ...m, to: today, reason: VOLUNTEER_DELETED_REASON } : m)),
      status: 'waiting',
      statusHistory: [...p.statusHistory, { status: 'waiting', date: today, at }],
      updatedAt: at,
    });
    tx.put(programmeRecords, after, { replaces: p });
  }
}
