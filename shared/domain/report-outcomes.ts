import { CORE10_CUT_OFF, compareScores, scoreAnswers, type Answers, type ChangeDirection, type MeasureDefinition, type MeasureScore } from './outcome-measures';
import { groupCountsShown, NOT_SHOWN, type CountShown } from './complementary-suppression';
import { isSmall, shownCount, SMALL_SHOWN } from './report-suppression';

/**
 * The outcomes part of a funder report: for each questionnaire the people in the grant's scope
 * filled in, how many have a before and an after, their average scores, and how many improved.
 * computeReportFigures (report-figures.ts) calls it for the report's period only: a change is a
 * person's, so there is no grant-to-date column to add it up in. Definitions are in
 * report-definitions.ts (outcomeDefinitions).
 */

// ----- what it is worked out from --------------------------------------------------------

/** A filled-in questionnaire as the report needs it (a stored Completion is one). */
export interface ReportCompletion {
  memberId: string;
  measureId: string;
  date: string;
  programmeId?: string | undefined;
  groupId?: string | undefined;
  answers: Answers;
  /** An erased person's questionnaire: its answers are gone and this score, kept at erasure, is read instead. */
  keptScore?: MeasureScore | undefined;
}

export interface ReportOutcomesData {
  /** Every completion of every year up to the period's end: a "before" can be years old. */
  completions: readonly ReportCompletion[];
  /** Every measure a completion can name: the built-in ones and the custom scales in Settings. */
  measures: readonly MeasureDefinition[];
}

/** Who and what is the grant's: worked out by report-figures.ts from the funded groups and kinds. */
export interface OutcomesScope {
  /** People on a funded group's roster, at one of its sessions, or in a programme of a funded kind. */
  people: ReadonlySet<string>;
  fundedGroupIds: ReadonlySet<string>;
  /** Programmes of the funded kinds. */
  fundedProgrammeIds: ReadonlySet<string>;
}

// ----- the figures -----------------------------------------------------------------------

/** One outcome figure, written out: its value and the number of people it is worked out from. */
export interface OutcomeRow {
  key: string;
  label: string;
  /** Indented under the row above. */
  sub?: boolean;
  value: string;
  /** "12": the people the figure is worked out from ("<5" when hidden). */
  n: string;
  note?: string;
}

/**
 * A bar of an outcome chart. `value` is null for a count the table hides ("<5", or "Not shown"
 * beside one): no bar is drawn, and the count is not kept.
 */
export interface OutcomeChartBar {
  key: string;
  label: string;
  value: number | null;
  /** The count as printed at the end of the bar: "6", "<5", "Not shown". */
  shown: string;
}

/** How many people improved, had no reliable change or got worse on one score (for ONS4, one question). */
export interface OutcomeChart {
  /** "score", "item-anxiety": as the rows it is drawn from. */
  key: string;
  /** "Change in SWEMWBS metric score" */
  title: string;
  /** "n = 12 people with a before and an after" */
  n: string;
  /** None when the chart is not drawn: `note` says why. */
  bars: OutcomeChartBar[];
  note?: string;
}

export interface OutcomeMeasureFigures {
  measureId: string;
  /** "Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)" */
  name: string;
  /** "SWEMWBS": for the CSV's figure names. */
  shortName: string;
  /** People with a before and an after (for ONS4, on any question). */
  people: number;
  rows: OutcomeRow[];
  /** One chart per score compared (none with no pairs). Absent on reports sent before there were charts. */
  charts?: OutcomeChart[];
}

export interface OutcomesFigures {
  measures: OutcomeMeasureFigures[];
}

// ----- pairing ---------------------------------------------------------------------------

interface Scored {
  date: string;
  score: MeasureScore;
}

export interface OutcomePair {
  memberId: string;
  before: Scored;
  after: Scored;
}

/**
 * Where a completion belongs: its programme or group when it was given in one the grant funds,
 * the person when given in neither. One given in a programme or group the grant does not fund
 * is not the grant's (undefined).
 */
function placeOf(c: ReportCompletion, scope: OutcomesScope): string | undefined {
  if (c.programmeId !== undefined) return scope.fundedProgrammeIds.has(c.programmeId) ? `programme:${c.programmeId}` : undefined;
  if (c.groupId !== undefined) return scope.fundedGroupIds.has(c.groupId) ? `group:${c.groupId}` : undefined;
  return scope.people.has(c.memberId) ? 'person' : undefined;
}

/**
 * Each person's before-and-after pairs for one measure: in each place, their first scored
 * completion ever (before) and their last scored completion in the period dated after it
 * (after). With pairs in two places (two programmes), the one whose after is latest is theirs,
 * so a person counts once; on a tie, the one with the earlier before.
 */
export function outcomePairs(measure: MeasureDefinition, completions: readonly ReportCompletion[], scope: OutcomesScope, from: string, to: string): { used: boolean; pairs: OutcomePair[] } {
  const byPlace = new Map<string, { memberId: string; first?: Scored; last?: Scored }>();
  let used = false;
  for (const c of completions) {
    if (c.measureId !== measure.id || c.date > to) continue;
    const place = placeOf(c, scope);
    if (place === undefined) continue;
    const score = c.keptScore ?? scoreAnswers(measure, c.answers);
    // A form with too many answers missing is not a score: it is neither a before nor an after.
    if (!score.scored) continue;
    used = true;
    const key = `${c.memberId}|${place}`;
    const entry = byPlace.get(key) ?? { memberId: c.memberId };
    const scored = { date: c.date, score };
    if (entry.first === undefined || c.date < entry.first.date) entry.first = scored;
    if (c.date >= from && (entry.last === undefined || c.date > entry.last.date)) entry.last = scored;
    byPlace.set(key, entry);
  }
  const byPerson = new Map<string, OutcomePair>();
  for (const { memberId, first, last } of byPlace.values()) {
    if (first === undefined || last === undefined || last.date <= first.date) continue;
    const known = byPerson.get(memberId);
    const later = known === undefined || last.date > known.after.date || (last.date === known.after.date && first.date < known.before.date);
    if (later) byPerson.set(memberId, { memberId, before: first, after: last });
  }
  return { used, pairs: [...byPerson.values()] };
}

// ----- words -----------------------------------------------------------------------------

/** Averages to one decimal place; SWEMWBS metric scores to two, as Warwick's table gives them. */
const decimals = (v: number, places: number): string => v.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

const DIRECTIONS: readonly { key: Exclude<ChangeDirection, 'not-comparable'>; label: string }[] = [
  { key: 'improved', label: 'Improved' },
  { key: 'no-reliable-change', label: 'No reliable change' },
  { key: 'worse', label: 'Worse' },
];

interface Words {
  suppress: boolean;
}

/**
 * "7 (58%)"; "<5" when small and "Not shown" when withheld so a "<5" beside it cannot be worked
 * out (complementary-suppression.ts), neither with a percentage; no percentage of a hidden n.
 */
function countOf(count: number, of: number, how: CountShown, w: Words): string {
  if (how === 'withheld') return NOT_SHOWN;
  const shown = shownCount(count, w.suppress);
  if (of === 0 || how === 'small' || (w.suppress && isSmall(of))) return shown;
  return `${shown} (${Math.round((count / of) * 100)}%)`;
}

/**
 * Improved, no reliable change and worse for one value compared, each with how it is shown:
 * they add up to the n beside them, so they are hidden as a group. Every pair compared has a
 * direction; any that did not would be a count left unprinted, protected all the same.
 */
function directionCounts(directions: readonly ChangeDirection[], w: Words): { key: (typeof DIRECTIONS)[number]['key']; label: string; count: number; how: CountShown }[] {
  const counts = DIRECTIONS.map((d) => directions.filter((x) => x === d.key).length);
  const rest = directions.length - counts.reduce((a, b) => a + b, 0);
  const how = groupCountsShown([...counts.map((count) => ({ count })), ...(rest > 0 ? [{ count: rest, printed: false }] : [])], w.suppress);
  return DIRECTIONS.map((d, i) => ({ key: d.key, label: d.label, count: counts[i]!, how: how[i]! }));
}

/** A mean of fewer than 5 people's scores could be one person's score: hidden with the count. */
function meanOf(values: readonly number[], w: Words, places: number): string {
  const m = mean(values);
  if (m === null) return 'No one yet';
  if (w.suppress && isSmall(values.length)) return NOT_SHOWN;
  return decimals(m, places);
}

/** Before and after means and the change counts, for one value compared (a total or one question). */
function compareRows(prefix: string, label: string, befores: number[], afters: number[], directions: ChangeDirection[], w: Words, places = 1): OutcomeRow[] {
  const people = befores.length;
  const shownN = shownCount(people, w.suppress);
  const rows: OutcomeRow[] = [
    { key: `${prefix}-before`, label: `${label}: average before`, value: meanOf(befores, w, places), n: shownN },
    { key: `${prefix}-after`, label: `${label}: average after`, value: meanOf(afters, w, places), n: shownN },
  ];
  for (const d of directionCounts(directions, w)) {
    rows.push({ key: `${prefix}-${d.key}`, label: d.label, sub: true, value: countOf(d.count, people, d.how, w), n: shownN });
  }
  return rows;
}

/**
 * The change counts as bars. A count hidden in the table as "<5" is not drawn and not kept, so
 * the chart never gives away what the table hides; with fewer than 5 people in all, every bar
 * would be hidden or 0, so the chart is left out and says why.
 */
function changeChart(key: string, title: string, directions: readonly ChangeDirection[], w: Words): OutcomeChart {
  const people = directions.length;
  const n = w.suppress && isSmall(people) ? 'n = fewer than 5 people with a before and an after' : `n = ${people.toLocaleString('en-GB')} ${people === 1 ? 'person' : 'people'} with a before and an after`;
  if (w.suppress && isSmall(people)) return { key, title, n, bars: [], note: 'Not drawn: fewer than 5 people have a before and an after, so a bar could point to a person.' };
  const counts = directionCounts(directions, w);
  // Hidden in the chart as in the table: "<5", and "Not shown" for a count withheld beside one (complementary-suppression.ts).
  const bars = counts.map((d): OutcomeChartBar => {
    if (d.how === 'shown') return { key: d.key, label: d.label, value: d.count, shown: d.count.toLocaleString('en-GB') };
    return { key: d.key, label: d.label, value: null, shown: d.how === 'small' ? SMALL_SHOWN : NOT_SHOWN };
  });
  // Only hidden counts and 0s (5 people: 3, 1 and 1) would be a chart with nothing drawn.
  if (bars.some((b) => b.value === null) && !bars.some((b) => (b.value ?? 0) > 0)) return { key, title, n, bars: [], note: 'Not drawn: the counts are under 5 and hidden, so that nobody can be identified.' };
  return { key, title, n, bars };
}

/** The value a measure's averages are taken on: SWEMWBS metric scores, the others' totals. */
function valueOf(measure: MeasureDefinition, s: MeasureScore): number | undefined {
  return measure.rules.kind === 'swemwbs' ? s.metric : s.score;
}

/** ONS4's questions by the names ONS reports them under. */
const ONS4_QUESTIONS: Record<string, string> = { 'life-satisfaction': 'Life satisfaction', worthwhile: 'Worthwhile', happiness: 'Happiness', anxiety: 'Anxiety' };

/**
 * What each row is about: "Life satisfaction" for "Life satisfaction: average before" and for
 * the indented counts under it, so "Improved" can be named in full where it is read alone.
 */
export function outcomeTopics(rows: readonly Pick<OutcomeRow, 'label' | 'sub'>[]): string[] {
  let topic = '';
  return rows.map((r) => {
    if (!r.sub) topic = r.label.replace(/: average (before|after)$/, '');
    return topic;
  });
}

const SCORE_LABEL: Record<MeasureDefinition['rules']['kind'], string> = {
  swemwbs: 'Metric score',
  'core-10': 'Clinical score',
  ons4: 'Answer',
  'ucla-3': 'Total score',
  custom: 'Total score',
};

function measureFigures(measure: MeasureDefinition, pairs: readonly OutcomePair[], w: Words): OutcomeMeasureFigures {
  const people = pairs.length;
  const rows: OutcomeRow[] = [{ key: 'people', label: 'People with a before and an after', value: shownCount(people, w.suppress), n: shownCount(people, w.suppress) }];
  const charts: OutcomeChart[] = [];
  const chart = (key: string, topic: string, directions: readonly ChangeDirection[]) => {
    if (directions.length > 0) charts.push(changeChart(key, `Change in ${measure.shortName} ${topic}`, directions, w));
  };
  const changes = pairs.map((p) => compareScores(measure, p.before.score, p.after.score));
  if (measure.rules.kind === 'ons4') {
    // ONS4 has no total: each question is compared on its own, with the people who answered it both times.
    for (const item of measure.items) {
      const both = pairs.flatMap((p, i) => {
        const b = p.before.score.perItem?.[item.id]?.value ?? null;
        const a = p.after.score.perItem?.[item.id]?.value ?? null;
        return a === null || b === null ? [] : [{ b, a, d: changes[i]!.perItem?.[item.id]?.direction ?? 'not-comparable' }];
      });
      const topic = ONS4_QUESTIONS[item.id] ?? item.text;
      rows.push(...compareRows(`item-${item.id}`, topic, both.map((x) => x.b), both.map((x) => x.a), both.map((x) => x.d), w));
      chart(`item-${item.id}`, topic.toLowerCase(), both.map((x) => x.d));
    }
    return { measureId: measure.id, name: measure.name, shortName: measure.shortName, people, rows, charts };
  }
  const befores = pairs.map((p) => valueOf(measure, p.before.score) ?? 0);
  const afters = pairs.map((p) => valueOf(measure, p.after.score) ?? 0);
  rows.push(...compareRows('score', SCORE_LABEL[measure.rules.kind], befores, afters, changes.map((c) => c.direction), w, measure.rules.kind === 'swemwbs' ? 2 : 1));
  chart('score', SCORE_LABEL[measure.rules.kind].toLowerCase(), changes.map((c) => c.direction));
  if (measure.rules.kind === 'core-10') {
    // Only someone who started at the clinical cut-off or above can come below it.
    const started = pairs.filter((p) => (p.before.score.score ?? 0) >= CORE10_CUT_OFF).length;
    const recovered = changes.filter((c) => c.clinicallyAndReliablyImproved === true).length;
    rows.push({
      key: 'clinically-improved',
      label: 'Clinically and reliably improved',
      // The people who did not recover are not printed but follow from n: protected as a count.
      value: countOf(recovered, started, groupCountsShown([{ count: recovered }, { count: started - recovered, printed: false }], w.suppress)[0]!, w),
      n: shownCount(started, w.suppress),
      note: `Of the people whose before was ${CORE10_CUT_OFF} or more`,
    });
  }
  return { measureId: measure.id, name: measure.name, shortName: measure.shortName, people, rows, charts };
}

/**
 * The outcomes part, or undefined when nobody in the grant's scope has filled in a
 * questionnaire by the period's end. Each measure used is listed, in the order given.
 */
export function outcomesFigures(data: ReportOutcomesData, scope: OutcomesScope, from: string, to: string, suppress: boolean): OutcomesFigures | undefined {
  const measures: OutcomeMeasureFigures[] = [];
  for (const measure of data.measures) {
    const { used, pairs } = outcomePairs(measure, data.completions, scope, from, to);
    if (used) measures.push(measureFigures(measure, pairs, { suppress }));
  }
  return measures.length === 0 ? undefined : { measures };
}

/**
 * The line under the outcome tables saying what "<5" and "Not shown" mean, worded once for the
 * screen and the PDF; undefined when nothing is hidden.
 */
export function outcomesHiddenNote(o: OutcomesFigures): string | undefined {
  const rows = o.measures.flatMap((m) => m.rows);
  const small = rows.some((r) => r.value === SMALL_SHOWN || r.n === SMALL_SHOWN);
  const notShown = rows.some((r) => r.value === NOT_SHOWN);
  const parts = [
    ...(small ? [`“${SMALL_SHOWN}”: between 1 and 4 people, not shown so that nobody can be identified.`] : []),
    ...(notShown ? [`“${NOT_SHOWN}”: an average of fewer than 5 people, or a count hidden beside a “${SMALL_SHOWN}” so that it cannot be worked out from n.`] : []),
  ];
  return parts.length === 0 ? undefined : parts.join(' ');
}
