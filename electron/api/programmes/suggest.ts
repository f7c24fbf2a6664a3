import { isErased } from '../../../shared/domain/erasure';
import type { Suggestions } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { complianceRow } from '../../../shared/domain/compliance';
import { NO_RECORDS, recordsByVolunteer } from '../../../shared/domain/compliance-records';
import { suggestVolunteers, type MatchCandidate } from '../../../shared/domain/programme-matching';
import type { Member } from '../../../shared/domain/members';
import { currentMatch, type Programme, type ProgrammeKind } from '../../../shared/domain/programmes';
import { displayName, sortName } from '../../../shared/domain/person';
import { complianceKind, volunteersKind } from '../../documents';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { findMember, settingsOf } from '../core/lookups';
import { caseloads, findProgramme, kindOf } from './programme-records';

/**
 * "Suggest volunteers" for a programme: active volunteers holding a role its kind allows,
 * ranked by shared/domain/programme-matching.ts. Compliance is judged by the same rules as
 * the Compliance page (complianceRow), so the two never disagree about who is overdue.
 */
export function suggestFor(ctx: AppContext, programmeId: string): Suggestions {
  const p = findProgramme(ctx, programmeId);
  const { candidates, leftOut, member } = matchCandidates(ctx, p, { keepCurrent: false });
  const result = suggestVolunteers(member, candidates);
  return { suggested: result.suggested, leftOut: [...leftOut, ...result.leftOut] };
}

/**
 * Who could support a programme's member: active volunteers holding a role its kind allows,
 * with their caseload and compliance. The programme's volunteer now is left out of "Suggest
 * volunteers" (they are already matched) but kept for a travel trip (`keepCurrent`), where
 * they are the natural buddy; either way, the member's own volunteer record never is.
 */
export function matchCandidates(ctx: AppContext, p: Programme, { keepCurrent }: { keepCurrent: boolean }): { member: Member; candidates: MatchCandidate[]; leftOut: Suggestions['leftOut'] } {
  return candidatesFor(ctx, findMember(ctx, p.memberId), kindOf(ctx, p.kindId), keepCurrent ? undefined : currentMatch(p)?.volunteerId, currentMatch(p)?.volunteerId);
}

/**
 * "Suggest volunteers" before a programme exists ("Start a programme", step 2): the same
 * candidates and ranking for a member and a kind, with nobody matched yet.
 */
export function suggestForMember(ctx: AppContext, member: Member, kind: ProgrammeKind): Suggestions {
  const { candidates, leftOut } = candidatesFor(ctx, member, kind, undefined, undefined);
  const result = suggestVolunteers(member, candidates);
  return { suggested: result.suggested, leftOut: [...leftOut, ...result.leftOut] };
}

/** `leaveOut`: the volunteer matched now, when they are not to be suggested; `supports`: the one matched now. */
function candidatesFor(
  ctx: AppContext,
  member: Member,
  kind: ProgrammeKind,
  leaveOut: string | undefined,
  supports: string | undefined,
): { member: Member; candidates: MatchCandidate[]; leftOut: Suggestions['leftOut'] } {
  const today = todayIso(ctx.now());
  const settings = settingsOf(ctx);
  const courses = new Map(settings.trainingCourses.map((c) => [c.id, c]));
  const records = cached(ctx, 'programmeMatching:complianceRecordsByVolunteer', [complianceKind], () => recordsByVolunteer(ctx.store.get(complianceKind)));
  const loads = caseloads(ctx);
  const leftOut: Suggestions['leftOut'] = [];
  const candidates: MatchCandidate[] = [];
  for (const v of ctx.store.get(volunteersKind).volunteers) {
    if (v.status !== 'active' || isErased(v) || !v.roles.some((r) => kind.roles.includes(r))) continue;
    const name = displayName(v);
    if (v.id === leaveOut) {
      leftOut.push({ volunteer: { id: v.id, name }, why: 'Their volunteer now' });
      continue;
    }
    if (member.volunteerId === v.id) {
      leftOut.push({ volunteer: { id: v.id, name }, why: "The member's own volunteer record" });
      continue;
    }
    candidates.push({
      id: v.id,
      name,
      sortName: sortName(v),
      interests: v.interests,
      languages: v.languages,
      availability: v.availability,
      gender: v.gender,
      caseloadLimit: v.caseloadLimit,
      caseload: loads.get(v.id) ?? 0,
      compliance: complianceRow({ id: v.id, name, sortName: sortName(v), roles: v.roles }, records.get(v.id) ?? NO_RECORDS, settings, courses, today),
      supportsMember: v.id === supports,
    });
  }
  return { member, candidates, leftOut };
}
