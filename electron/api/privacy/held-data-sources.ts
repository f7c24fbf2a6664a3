import type { HeldDataSources } from '../../../shared/domain/held-data';
import { auditKind, complianceKind, grantsKind, groupsKind, membersKind, referralsKind, travelTripsKind, volunteersKind, programmesKind } from '../../documents';
import type { AppContext } from '../core/context';
import { allStoredSessions, settingsOf } from '../core/lookups';
import { allIssues } from '../newsletters/newsletter-store';
import { allCompletions } from '../outcomes/completion-records';
import { allProgrammeSessions } from '../programmes/programme-records';

/**
 * Every document the "what do we hold about this person" gatherer reads, every year of those
 * kept by year: an answer to a subject access request (or an erasure) must not miss last
 * year's registers because Home only needed this year's.
 */
export function heldDataSources(ctx: AppContext): HeldDataSources {
  const groups = ctx.store.get(groupsKind);
  const settings = settingsOf(ctx);
  return {
    members: ctx.store.get(membersKind).members,
    volunteers: ctx.store.get(volunteersKind).volunteers,
    referrals: ctx.store.get(referralsKind).referrals,
    groups: groups.groups,
    sessions: allStoredSessions(ctx),
    programmes: ctx.store.get(programmesKind).programmes,
    programmeSessions: allProgrammeSessions(ctx),
    trips: ctx.store.get(travelTripsKind).trips,
    completions: allCompletions(ctx),
    compliance: ctx.store.get(complianceKind),
    newsletters: allIssues(ctx),
    grants: ctx.store.get(grantsKind).grants,
    audit: ctx.store.keys(auditKind).flatMap((year) => ctx.store.get(auditKind, year).entries),
    settings: { programmeKinds: settings.programmeKinds, customScales: settings.customScales, trainingCourses: settings.trainingCourses },
  };
}
