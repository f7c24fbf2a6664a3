import type { ProgrammeKind } from '../../shared/domain/programmes';
import { DEFAULT_CASELOAD_LIMIT } from '../../shared/domain/volunteers';
import type { ActiveSpan, VolunteerActivity } from './activity';
import type { MemberMatching } from './matching';
import type { Random } from './random';

/**
 * Who supports whom in the sample programmes: a volunteer holding a role the kind allows,
 * active on the day, with room in their caseload for as long as the match lasts, and
 * fitting the member's asks (a woman, a language). Among those, the one a coordinator would
 * likely pick from "Suggest volunteers": shared interests, languages and free times.
 */

interface Interval {
  from: number;
  /** Exclusive; Infinity while it goes on. */
  to: number;
}

/** Each volunteer's matches over time, so nobody holds more at once than their limit. */
export class Caseloads {
  private readonly held = new Map<string, Interval[]>();

  /** Room for one more over the whole of [from, to). */
  fits(volunteerId: string, from: number, to: number, limit: number): boolean {
    const overlapping = (this.held.get(volunteerId) ?? []).filter((i) => i.from < to && i.to > from);
    if (overlapping.length < limit) return true;
    // Several overlap the span, but maybe never all at once: sweep the changes in order.
    const changes: [day: number, delta: number][] = [];
    for (const i of overlapping) changes.push([Math.max(i.from, from), 1], [Math.min(i.to, to), -1]);
    changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let now = 0;
    for (const [, delta] of changes) {
      now += delta;
      if (now >= limit) return false;
    }
    return true;
  }

  add(volunteerId: string, from: number, to: number): void {
    const list = this.held.get(volunteerId);
    if (list) list.push({ from, to });
    else this.held.set(volunteerId, [{ from, to }]);
  }
}

export function spanOn(spans: readonly ActiveSpan[], day: number): ActiveSpan | undefined {
  for (const s of spans) if (s.from <= day && day < s.to) return s;
  return undefined;
}

export interface MatchFor {
  day: number;
  /** Until when the match is wanted (exclusive; Infinity: still going). */
  until: number;
  interests: readonly string[];
  matching: MemberMatching;
  /** Never these: the member's own volunteer record, the volunteer being replaced. */
  exclude: ReadonlySet<string>;
  /** Respect the member's asks for a woman or a language (false: the coordinator's judgement won). */
  honourAsks: boolean;
  /** Ignore caseload limits (nobody with room: someone takes one more). */
  overLimit: boolean;
  /** Only someone who left between these days (for a programme left with a volunteer who has gone). */
  leaverBetween?: readonly [number, number];
}

export interface Chosen {
  activity: VolunteerActivity;
  /** The end of the active span the match day falls in (Infinity: still active). */
  spanEnd: number;
}

const lower = (items: readonly string[]): Set<string> => new Set(items.map((i) => i.toLocaleLowerCase('en-GB')));

interface Words {
  interests: Set<string>;
  languages: Set<string>;
  availability: Set<string>;
}
/** Each volunteer's words lower-cased once: a large set looks at the same volunteers thousands of times. */
const wordsCache = new WeakMap<VolunteerActivity, Words>();
function wordsOf(a: VolunteerActivity): Words {
  let words = wordsCache.get(a);
  if (!words) {
    words = { interests: lower(a.volunteer.interests), languages: lower(a.volunteer.languages), availability: new Set(a.volunteer.availability) };
    wordsCache.set(a, words);
  }
  return words;
}

const sharedCount = (mine: readonly string[], theirs: ReadonlySet<string>): number => mine.filter((i) => theirs.has(i.toLocaleLowerCase('en-GB'))).length;

/** The volunteers who may deliver each kind. */
export function poolsByKind(kinds: readonly ProgrammeKind[], activity: readonly VolunteerActivity[]): Map<string, VolunteerActivity[]> {
  return new Map(kinds.map((k) => [k.id, activity.filter((a) => a.volunteer.roles.some((r) => k.roles.includes(r)))]));
}

/** More than this, and a sample of them is looked at (the stress set's thousands). */
const LOOK_AT_MOST = 400;

export function chooseVolunteer(random: Random, pool: readonly VolunteerActivity[], want: MatchFor, caseloads: Caseloads): Chosen | undefined {
  let best: Chosen | undefined;
  let bestScore = -Infinity;
  const { matching } = want;
  // A coordinator weighs the people they know of, not 20,000: a sample keeps the stress set quick.
  const looked = pool.length > LOOK_AT_MOST ? random.sample(pool, LOOK_AT_MOST) : pool;
  for (const a of looked) {
    const v = a.volunteer;
    if (want.exclude.has(v.id)) continue;
    const span = spanOn(a.spans, want.day);
    if (!span) continue;
    if (want.leaverBetween && !(v.status === 'left' && span.to > want.leaverBetween[0] && span.to < want.leaverBetween[1])) continue;
    const words = wordsOf(a);
    if (want.honourAsks) {
      if (matching.prefersVolunteerGender && v.gender !== matching.prefersVolunteerGender) continue;
      if (matching.needsLanguage && !words.languages.has(matching.needsLanguage.toLocaleLowerCase('en-GB'))) continue;
    }
    const until = want.leaverBetween ? span.to : Math.min(want.until, span.to);
    if (!want.overLimit && !caseloads.fits(v.id, want.day, until, v.caseloadLimit ?? DEFAULT_CASELOAD_LIMIT)) continue;
    const score =
      3 * sharedCount(want.interests, words.interests) +
      3 * sharedCount((matching.languages ?? []).filter((l) => l !== 'English'), words.languages) +
      Math.min(6, (matching.availability ?? []).filter((s) => words.availability.has(s)).length) +
      random.next() * 4;
    if (score > bestScore) {
      bestScore = score;
      best = { activity: a, spanEnd: span.to };
    }
  }
  return best;
}
