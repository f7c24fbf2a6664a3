import type { Group } from '../../shared/domain/groups';
import { type Completion, type CompletionStage, type GivenWay } from '../../shared/domain/outcome-completions';
import { BUILT_IN_MEASURES, type MeasureDefinition } from '../../shared/domain/outcome-measures';
import type { MeasurePlan } from '../../shared/domain/outcome-plans';
import type { Programme, ProgrammeKind, ProgrammeSession } from '../../shared/domain/programmes';
import type { SessionRecord } from '../../shared/domain/sessions';
import { dayFromIso, isoFromDay, timestampOn, type DayNumber } from './calendar';
import { answersAt, COURSE_WEIGHTS, endLevel, startLevel, type Course } from './outcome-answers';
import { weightedPicker, type Random } from './random';

/**
 * Sample outcome questionnaires: plans on the programme kinds and on some groups, and the
 * answers members gave, on paper, on screen or by phone, dated at the sessions they were
 * asked at. SWEMWBS at the start and end of coaching and one-to-one support, CORE-10 for
 * some one-to-one support too, UCLA loneliness for travel buddies, ONS4 or UCLA on a few
 * groups. Not every form comes back (a start missed here, no closing one after stopping
 * early), so some pairs are incomplete and Home has people due. A few CORE-10 forms miss one
 * answer (pro-rated) and one or two have the risk item above 0, so the safeguarding notice
 * and the audit entry can be seen.
 */

export interface OutcomeScale {
  /** Groups that ask a questionnaire. */
  groupsWithPlans: number;
  /** CORE-10 forms with one answer left blank. */
  missingOne: number;
  /** CORE-10 forms with the risk item answered above 0. */
  riskFlags: number;
}

export const SMALL_OUTCOMES: OutcomeScale = { groupsWithPlans: 3, missingOne: 2, riskFlags: 1 };
export const LARGE_OUTCOMES: OutcomeScale = { groupsWithPlans: 12, missingOne: 6, riskFlags: 2 };

/** What each seeded programme kind asks, and when. */
export const DEMO_KIND_PLANS: Readonly<Record<string, readonly MeasurePlan[]>> = {
  'peer-coaching': [{ measureId: 'swemwbs', atStart: true, atEnd: true }],
  'one-to-one-support': [
    { measureId: 'swemwbs', atStart: true, atEnd: true },
    { measureId: 'core-10', atStart: true, atEnd: true },
  ],
  'peer-mentoring': [{ measureId: 'swemwbs', atStart: true, every: { count: 6, unit: 'sessions' }, atEnd: true }],
  'travel-buddy': [{ measureId: 'ucla-3', atStart: true, every: { count: 12, unit: 'weeks' }, atEnd: true }],
};

/** Groups began asking questionnaires this long ago: earlier members were never asked. */
const GROUPS_MEASURING_DAYS = 2 * 365;
const GROUP_REVIEW_WEEKS = 12;
const GROUP_KINDS_ASKED: readonly Group['kind'][] = ['peer-group', 'social', 'course', 'online'];
/** Of one-to-one support programmes, the share where CORE-10 was used as well as SWEMWBS. */
const CORE10_SHARE = 0.6;

const GIVEN = weightedPicker<GivenWay>([
  ['paper', 55],
  ['screen', 30],
  ['phone', 15],
]);
const COURSE = weightedPicker<Course>(COURSE_WEIGHTS);
const MEASURES = new Map<string, MeasureDefinition>(BUILT_IN_MEASURES.map((m) => [m.id, m]));

export interface GenerateOutcomesOptions {
  today: DayNumber;
  scale: OutcomeScale;
  kinds: readonly ProgrammeKind[];
  programmes: readonly Programme[];
  programmeSessions: readonly ProgrammeSession[];
  groups: readonly Group[];
  sessions: readonly SessionRecord[];
}

export interface DemoOutcomes {
  /** The kinds with their questionnaire plans. */
  kinds: ProgrammeKind[];
  /** Every group, the few that ask questionnaires with their plans. */
  groups: Group[];
  /** By date, then when keyed in. */
  completions: Completion[];
}

/** One questionnaire to write: when, at which stage, and how far along the person's course (0 start, 1 end). */
interface Asked {
  day: DayNumber;
  stage: CompletionStage;
  progress: number;
}

class Writer {
  readonly completions: Completion[] = [];
  constructor(
    private readonly random: Random,
    private readonly today: DayNumber,
  ) {}

  /** One person's answers to a measure at each point asked, following one course from start to end. */
  write(measure: MeasureDefinition, memberId: string, where: Pick<Completion, 'programmeId' | 'groupId'>, asked: readonly Asked[], phoneShare: number): void {
    const { random } = this;
    const from = startLevel(random);
    const to = endLevel(random, from, COURSE(random));
    for (const a of asked) {
      if (a.day > this.today) continue;
      // Paper forms are keyed in a day or two later; the screen saves as it is answered.
      const given: GivenWay = random.chance(phoneShare) ? 'phone' : GIVEN(random);
      const keyed = given === 'paper' ? Math.min(this.today, a.day + random.int(0, 3)) : a.day;
      const at = timestampOn(keyed, random.int(9 * 60, 17 * 60), random.int(0, 59));
      const c: Completion = { id: random.uuid(), createdAt: at, updatedAt: at, memberId, measureId: measure.id, date: isoFromDay(a.day), ...where, given, answers: answersAt(random, measure, from + (to - from) * a.progress), stage: a.stage };
      this.completions.push(c);
    }
  }
}

const day = (iso: string): DayNumber => dayFromIso(iso) ?? 0;

/** When a programme's questionnaires were asked: at its first and last attended sessions, and at review points between. */
function programmeAsks(random: Random, p: Programme, plan: MeasurePlan, attended: readonly DayNumber[]): Asked[] {
  const out: Asked[] = [];
  const first = attended[0]!;
  const last = attended[attended.length - 1]!;
  const completed = p.status === 'ended' && p.ending?.ending === 'completed';
  if (plan.atStart && random.chance(0.9)) out.push({ day: first, stage: 'start', progress: 0 });
  const every = plan.every;
  const planned = p.plannedSessions ?? attended.length;
  if (every?.unit === 'sessions') {
    for (let n = every.count; n < Math.min(planned, attended.length + 1); n += every.count) {
      if (random.chance(0.75)) out.push({ day: attended[n - 1]!, stage: 'review', progress: n / Math.max(planned, 1) });
    }
  } else if (every?.unit === 'weeks') {
    const span = Math.max(1, last - first);
    for (let w = every.count; first + w * 7 <= last; w += every.count) {
      const point = first + w * 7;
      const at = attended.find((d) => d >= point);
      if (at !== undefined && random.chance(0.6)) out.push({ day: at, stage: 'review', progress: Math.min(1, (at - first) / span) });
    }
  }
  // The closing form comes back from most who finished, from few who stopped early.
  if (plan.atEnd && p.status === 'ended' && attended.length > 1 && random.chance(completed ? 0.85 : 0.25)) out.push({ day: last, stage: 'end', progress: 1 });
  return dedupe(out);
}

/** Two asks on one day (a short programme's review on its last session) become the later stage. */
function dedupe(asked: Asked[]): Asked[] {
  const byDay = new Map<number, Asked>();
  for (const a of asked) byDay.set(a.day, a);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

function programmeCompletions(writer: Writer, random: Random, options: GenerateOutcomesOptions): void {
  const attendedBy = new Map<string, DayNumber[]>();
  for (const s of options.programmeSessions) {
    if (s.outcome !== 'attended') continue;
    const list = attendedBy.get(s.programmeId);
    if (list) list.push(day(s.date));
    else attendedBy.set(s.programmeId, [day(s.date)]);
  }
  for (const p of options.programmes) {
    const plans = DEMO_KIND_PLANS[p.kindId];
    const attended = attendedBy.get(p.id)?.sort((a, b) => a - b);
    if (!plans || !attended || attended.length === 0) continue;
    for (const plan of plans) {
      if (plan.measureId === 'core-10' && !random.chance(CORE10_SHARE)) continue;
      const measure = MEASURES.get(plan.measureId)!;
      // Travel buddies often answer by phone: they meet at the bus stop, not a room.
      writer.write(measure, p.memberId, { programmeId: p.id }, programmeAsks(random, p, plan, attended), p.kindId === 'travel-buddy' ? 0.3 : 0);
    }
  }
}

/** A few groups ask ONS4 or UCLA at joining and every 12 weeks; their members' answers since they began asking. */
function groupPlans(random: Random, options: GenerateOutcomesOptions): { groups: Group[]; asking: Group[] } {
  const eligible = options.groups.filter((g) => !g.archived && GROUP_KINDS_ASKED.includes(g.kind) && g.roster.length >= 3);
  const chosen = new Map(random.sample(eligible, options.scale.groupsWithPlans).map((g, i) => [g.id, i % 2 === 0 ? 'ons4' : 'ucla-3']));
  const groups = options.groups.map((g) => {
    const measureId = chosen.get(g.id);
    return measureId ? { ...g, measures: [{ measureId, atStart: true, every: { count: GROUP_REVIEW_WEEKS, unit: 'weeks' as const }, atEnd: true }] } : g;
  });
  return { groups, asking: groups.filter((g) => chosen.has(g.id)) };
}

function groupCompletions(writer: Writer, random: Random, asking: readonly Group[], options: GenerateOutcomesOptions): void {
  const ids = new Set(asking.map((g) => g.id));
  // Present marks by group and member, oldest first.
  const present = new Map<string, DayNumber[]>();
  for (const s of options.sessions) {
    if (!ids.has(s.groupId) || s.cancelled || !s.register) continue;
    for (const [memberId, mark] of Object.entries(s.register.marks)) {
      if (mark !== 'present') continue;
      const key = `${s.groupId}|${memberId}`;
      const list = present.get(key);
      if (list) list.push(day(s.date));
      else present.set(key, [day(s.date)]);
    }
  }
  const since = options.today - GROUPS_MEASURING_DAYS;
  for (const g of asking) {
    const measure = MEASURES.get(g.measures![0]!.measureId)!;
    for (const spell of g.roster) {
      const from = Math.max(since, day(spell.joined));
      const to = spell.left === undefined ? options.today : day(spell.left);
      const days = (present.get(`${g.id}|${spell.memberId}`) ?? []).filter((d) => d >= from && d <= to).sort((a, b) => a - b);
      if (days.length === 0 || !random.chance(0.85)) continue;
      const asked: Asked[] = [{ day: days[0]!, stage: 'start', progress: 0 }];
      const span = Math.max(1, days[days.length - 1]! - days[0]!);
      for (let w = GROUP_REVIEW_WEEKS; days[0]! + w * 7 <= days[days.length - 1]!; w += GROUP_REVIEW_WEEKS) {
        const at = days.find((d) => d >= days[0]! + w * 7);
        if (at !== undefined && random.chance(0.65)) asked.push({ day: at, stage: 'review', progress: (at - days[0]!) / span });
      }
      writer.write(measure, spell.memberId, { groupId: g.id }, dedupe(asked), 0);
    }
  }
}

/** A few CORE-10 forms with one answer blank, and one or two with the risk item above 0, among the more distressed. */
function withCore10Edges(random: Random, completions: Completion[], scale: OutcomeScale): void {
  const core10 = completions.filter((c) => c.measureId === 'core-10');
  const distress = (c: Completion) => Object.entries(c.answers).reduce((n, [id, v]) => n + (id === 'support' || id === 'cope' ? 4 - (v ?? 0) : (v ?? 0)), 0);
  const distressed = core10.filter((c) => distress(c) >= 18);
  for (const c of random.sample(distressed.length >= scale.riskFlags ? distressed : core10, scale.riskFlags)) c.answers['plans-end-life'] = 1;
  const blankable = core10.filter((c) => c.answers['plans-end-life'] === 0);
  const items = MEASURES.get('core-10')!.items.filter((i) => !i.risk);
  for (const c of random.sample(blankable, scale.missingOne)) c.answers[random.pick(items).id] = null;
}

export function generateOutcomes(random: Random, options: GenerateOutcomesOptions): DemoOutcomes {
  const kinds = options.kinds.map((k) => {
    const plans = DEMO_KIND_PLANS[k.id];
    return plans ? { ...k, measures: plans.map((p) => ({ ...p })) } : k;
  });
  const writer = new Writer(random, options.today);
  programmeCompletions(writer, random, options);
  const { groups, asking } = groupPlans(random, options);
  groupCompletions(writer, random, asking, options);
  withCore10Edges(random, writer.completions, options.scale);
  const completions = writer.completions.sort((a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  return { kinds, groups, completions };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
