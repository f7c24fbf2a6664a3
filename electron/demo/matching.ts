import { memberRecordSchema, type Member } from '../../shared/domain/members';
import type { Volunteer, WorkforceType } from '../../shared/domain/volunteers';
import { pickAvailability } from './details';
import type { MemberPlan } from './members';
import { MATCHING_NOTES } from './programme-words';
import { weightedPicker, type Random } from './random';
import { languagesFor } from './volunteers';

/**
 * What one-to-one matching reads about people: a volunteer's caseload limit and (asked only
 * for matching) gender; a member's languages, free times and preferences. Drawn from their
 * own streams, after the people themselves, so the people stay exactly as they were.
 */

/** Roles whose volunteers support people one to one (the seeded programme kinds' roles). */
export const ONE_TO_ONE_ROLES: ReadonlySet<string> = new Set(['peer-coach', 'peer-supporter', 'travel-buddy']);

const VOLUNTEER_LIMIT = weightedPicker<number | undefined>([
  [undefined, 55],
  [1, 15],
  [3, 22],
  [4, 8],
]);

function caseloadLimitFor(random: Random, workforce: WorkforceType): number | undefined {
  // Paid and sessional peer workers hold a caseload as part of the job.
  return workforce === 'voluntary' ? VOLUNTEER_LIMIT(random) : random.int(4, 8);
}

/**
 * Volunteers who support people one to one mostly answer "gender, for matching" and give a
 * caseload limit (or take the default of 2); others were seldom asked. Volunteers come in
 * with `gender` from their name's gender (volunteers.ts); it is kept only where answered.
 */
export function withVolunteerMatching(random: Random, volunteers: readonly Volunteer[]): Volunteer[] {
  return volunteers.map((v) => {
    const { caseloadLimit: _limit, gender, ...rest } = v;
    const out: Volunteer = rest;
    const oneToOne = v.roles.some((r) => ONE_TO_ONE_ROLES.has(r));
    const limit = oneToOne ? caseloadLimitFor(random, v.workforceType) : undefined;
    if (limit !== undefined) out.caseloadLimit = limit;
    if (gender !== undefined && random.chance(oneToOne ? 0.9 : 0.1)) out.gender = gender;
    return out;
  });
}

const MEMBER_KEYS = Object.keys(memberRecordSchema.shape);

/** The record's fields in schema order, as the store writes them back after parsing. */
function inSchemaOrder(m: Record<string, unknown>): Member {
  const out: Record<string, unknown> = {};
  for (const k of MEMBER_KEYS) if (m[k] !== undefined) out[k] = m[k];
  return out as Member;
}

export interface MemberMatching {
  languages?: string[];
  availability?: string[];
  matchingNotes?: string;
  prefersVolunteerGender?: 'woman' | 'man';
  needsLanguage?: string;
}

/**
 * A member's matching details, as a coordinator fills them in when a programme starts:
 * when they are free nearly always, the languages they speak often, a preference now and then.
 */
export function memberMatchingFor(random: Random, plan: MemberPlan): MemberMatching {
  const out: MemberMatching = {};
  const languages = languagesFor(random, plan.origin);
  // English alone is seldom written down: everyone here speaks it, so it says nothing about a match.
  if (languages.length > 1 || random.chance(0.15)) out.languages = languages;
  if (random.chance(0.9)) out.availability = pickAvailability(random, plan.age, false);
  if (random.chance(0.3)) out.matchingNotes = random.pick(MATCHING_NOTES);
  const asks = plan.gender === 'f' ? 0.25 : plan.gender === 'm' ? 0.1 : 0;
  if (random.chance(asks)) out.prefersVolunteerGender = plan.gender === 'm' && random.chance(0.6) ? 'man' : 'woman';
  // Someone whose first language is not English may need a volunteer who speaks it.
  const own = languages.find((l) => l !== 'English' && l !== 'British Sign Language');
  if (own !== undefined && random.chance(0.3)) out.needsLanguage = own;
  return out;
}

/** The member with matching details added, edited on `updatedAt` if that is later than their last change. */
export function withMemberMatching(m: Member, details: MemberMatching, updatedAt: string): Member {
  return inSchemaOrder({ ...m, ...details, updatedAt: updatedAt > m.updatedAt ? updatedAt : m.updatedAt });
}
