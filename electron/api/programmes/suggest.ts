import type { Suggestions } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { complianceRow } from '../../../shared/domain/compliance';
import { NO_RECORDS, recordsByVolunteer } from '../../../shared/domain/compliance-records';
import { suggestVolunteers, type MatchCandidate } from '../../../shared/domain/programme-matching';
import { currentMatch } from '../../../shared/domain/programmes';
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
  const kind = kindOf(ctx, p.kindId);
  const member = findMember(ctx, p.memberId);
  const today = todayIso(ctx.now());
  const settings = settingsOf(ctx);
  const courses = new Map(settings.trainingCourses.map((c) => [c.id, c]));
  const records = cached(ctx, 'programmeMatching:complianceRecordsByVolunteer', [complianceKind], () => recordsByVolunteer(ctx.store.get(complianceKind)));
  const loads = caseloads(ctx);
  const now = currentMatch(p)?.volunteerId;
  const leftOutFirst: Suggestions['leftOut'] = [];
  const candidates: MatchCandidate[] = [];
  for (const v of ctx.store.get(volunteersKind).volunteers) {
    if (v.status !== 'active' || !v.roles.some((r) => kind.roles.includes(r))) continue;
    const name = displayName(v);
    if (v.id === now) {
      leftOutFirst.push({ volunteer: { id: v.id, name }, why: 'Their volunteer now' });
      continue;
    }
    if (member.volunteerId === v.id) {
      leftOutFirst.push({ volunteer: { id: v.id, name }, why: "The member's own volunteer record" });
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
    });
  }
  const result = suggestVolunteers(member, candidates);
  return { suggested: result.suggested, leftOut: [...leftOutFirst, ...result.leftOut] };
}
