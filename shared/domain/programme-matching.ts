import { formatUkDate } from '../dates';
import { COMPLIANCE_AREAS, COMPLIANCE_AREA_LABELS, type ComplianceRow } from './compliance';
import { mustSpeakLanguages, type Member } from './members';
import { DEFAULT_CASELOAD_LIMIT, WEEKDAY_LABELS, WEEKDAYS, type AvailabilitySlot, type MatchGender } from './volunteers';

/**
 * "Suggest volunteers" for a programme: who could support this member, best first, with the
 * reasons in words, and who was left out and why. Pure, so the ranking is tested on a fixture.
 *
 * The score is deliberately simple enough to explain to a coordinator:
 *   3 points for each interest they share,
 *   3 points for each language they share,
 *   1 point for each time of the week both are free, counting at most 6.
 * Ties go to whoever supports fewest people now (spreading the load), then to the name.
 * It only orders the list: the coordinator chooses.
 *
 * "Find a buddy" for a travel trip asks the same with a time the trip needs: whoever is not
 * free then is left out ("Not free on Tuesday mornings"), and the member's own volunteer, who
 * already has room for them, comes first when free.
 */

export const SCORE_PER_INTEREST = 3;
export const SCORE_PER_LANGUAGE = 3;
export const MAX_AVAILABILITY_SCORE = 6;

export interface MatchCandidate {
  id: string;
  name: string;
  sortName: string;
  interests: readonly string[];
  languages: readonly string[];
  availability: readonly string[];
  gender?: MatchGender | undefined;
  caseloadLimit?: number | undefined;
  /** Open programmes they are the current volunteer of. */
  caseload: number;
  /** Their compliance (from complianceRow); undefined: not checked. */
  compliance?: ComplianceRow | undefined;
  /** Already supports this member (a trip of their own programme): their caseload has room for them. */
  supportsMember?: boolean | undefined;
}

/** What a particular piece of work needs beyond the member's wishes. */
export interface MatchNeed {
  /** The time of the week it happens (a travel trip): only volunteers free then. */
  slot?: AvailabilitySlot | undefined;
}

export type MatchMember = Pick<Member, 'interests' | 'languages' | 'availability' | 'prefersVolunteerGender' | 'needsLanguage'>;

export interface MatchSuggestion {
  volunteer: { id: string; name: string };
  score: number;
  reasons: string[];
  caseload: number;
  caseloadLimit: number;
}

export interface MatchResult {
  suggested: MatchSuggestion[];
  leftOut: { volunteer: { id: string; name: string }; why: string }[];
}

const key = (text: string) => text.trim().toLocaleLowerCase('en-GB');

/** The member's words that the volunteer also lists, case-insensitively, in the member's spelling. */
function shared(mine: readonly string[], theirs: readonly string[]): string[] {
  const set = new Set(theirs.map(key));
  const seen = new Set<string>();
  return mine.filter((w) => {
    const k = key(w);
    if (k === '' || !set.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "mon-morning" → "Monday morning". */
export function availabilityLabel(slot: string): string {
  const [day, part] = slot.split('-');
  const dayLabel = WEEKDAYS.find((d) => d === day);
  return dayLabel && part ? `${WEEKDAY_LABELS[dayLabel]} ${part}` : slot;
}

/** Overdue or missing DBS, training or supervision, in words: "DBS overdue since 03/10/2026". */
export function complianceProblems(row: ComplianceRow): string[] {
  const out: string[] = [];
  for (const area of COMPLIANCE_AREAS) {
    const status = row[area];
    const label = COMPLIANCE_AREA_LABELS[area];
    if (status.state === 'overdue') out.push(status.due ? `${label} overdue since ${formatUkDate(status.due)}` : `${label} overdue`);
    else if (status.state === 'missing') out.push(`${label} missing`);
  }
  return out;
}

const GENDER_WORDS: Record<'woman' | 'man', string> = { woman: 'a woman', man: 'a man' };

/** "tue-morning" → "Tuesday mornings", as in "Not free on Tuesday mornings". */
export function slotPlural(slot: AvailabilitySlot): string {
  return `${availabilityLabel(slot)}s`;
}

/** Why a candidate cannot be suggested, in words; empty when they can. */
function whyLeftOut(member: MatchMember, v: MatchCandidate, limit: number, need: MatchNeed): string[] {
  const why: string[] = [];
  if (v.compliance) why.push(...complianceProblems(v.compliance));
  if (need.slot && !v.availability.includes(need.slot)) why.push(`Not free on ${slotPlural(need.slot)}`);
  if (v.caseload >= limit && !v.supportsMember) why.push(`Full: ${v.caseload} of ${limit}`);
  const wanted = member.prefersVolunteerGender;
  if (wanted && v.gender !== wanted) why.push(`Asked for ${GENDER_WORDS[wanted]}`);
  for (const language of mustSpeakLanguages(member.needsLanguage)) if (!v.languages.some((l) => key(l) === key(language))) why.push(`Does not speak ${language}`);
  return why;
}

const BY_NAME = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function suggestVolunteers(member: MatchMember, candidates: readonly MatchCandidate[], need: MatchNeed = {}): MatchResult {
  const suggested: (MatchSuggestion & { sortName: string; first: boolean })[] = [];
  const leftOut: MatchResult['leftOut'] = [];
  for (const v of candidates) {
    const limit = v.caseloadLimit ?? DEFAULT_CASELOAD_LIMIT;
    const volunteer = { id: v.id, name: v.name };
    const why = whyLeftOut(member, v, limit, need);
    if (why.length > 0) {
      leftOut.push({ volunteer, why: why.join('; ') });
      continue;
    }
    const interests = shared(member.interests, v.interests);
    const languages = shared(member.languages ?? [], v.languages);
    const slots = shared(member.availability ?? [], v.availability);
    const reasons: string[] = [];
    if (v.supportsMember) reasons.push('Their volunteer now');
    if (need.slot) reasons.push(`Free on ${slotPlural(need.slot)}`);
    if (interests.length > 0) reasons.push(`Shares: ${interests.join(', ')}`);
    if (languages.length > 0) reasons.push(`Speaks: ${languages.join(', ')}`);
    if (slots.length > 0) reasons.push(`Both free: ${slots.map(availabilityLabel).join(', ')}`);
    reasons.push(`Supporting ${v.caseload} of ${limit}`);
    const score = SCORE_PER_INTEREST * interests.length + SCORE_PER_LANGUAGE * languages.length + Math.min(slots.length, MAX_AVAILABILITY_SCORE);
    suggested.push({ volunteer, score, reasons, caseload: v.caseload, caseloadLimit: limit, sortName: v.sortName, first: v.supportsMember === true });
  }
  suggested.sort((a, b) => Number(b.first) - Number(a.first) || b.score - a.score || a.caseload - b.caseload || BY_NAME.compare(a.sortName, b.sortName));
  leftOut.sort((a, b) => BY_NAME.compare(a.volunteer.name, b.volunteer.name));
  return { suggested: suggested.map(({ sortName: _sortName, first: _first, ...s }) => s), leftOut };
}
