import { ageOn } from '../dates';
import { DISABILITY_OPTIONS, ETHNIC_GROUPS, PREFER_NOT_TO_SAY, SEX_OPTIONS, type Equality } from './equality';
import { ageBandLabel, type AgeBand } from './grants';
import { isSmall, shownCount } from './report-suppression';

/**
 * The people supported in a period, broken down by age band, sex, ethnic group and
 * disability. Every table has "Prefer not to say" and "Not known" rows (equality questions
 * are optional), and every table adds up to the number of people supported.
 */

export interface DemographicRow {
  label: string;
  /** 1 for the detailed ethnic groups under their heading. */
  level: 0 | 1;
  count: number;
  /** "12" or "<5". */
  shown: string;
  /** "23%" of the people supported; blank when the count is hidden. */
  percent: string;
  /** Shown as "<5" (a count from 1 to 4, with suppression on). */
  suppressed?: true;
}

export interface DemographicTable {
  key: 'age' | 'sex' | 'ethnicity' | 'disability';
  title: string;
  rows: DemographicRow[];
  total: number;
}

export interface PersonCharacteristics {
  dateOfBirth?: string | undefined;
  equality: Equality;
}

export interface DemographicOptions {
  ageBands: readonly AgeBand[];
  /** Ages are worked out on this day (the last day of the period). */
  ageOn: string;
  suppress: boolean;
}

const PREFER = 'Prefer not to say';
const NOT_KNOWN = 'Not known';

function percentOf(count: number, total: number): string {
  if (total === 0 || count === 0) return count === 0 && total > 0 ? '0%' : '';
  const p = Math.round((count / total) * 100);
  return p === 0 ? '<1%' : `${p}%`;
}

interface Draft {
  label: string;
  level: 0 | 1;
  count: number;
}

function finish(drafts: Draft[], total: number, suppress: boolean): DemographicRow[] {
  return drafts.map((d) => {
    const hidden = suppress && isSmall(d.count);
    const row: DemographicRow = { label: d.label, level: d.level, count: d.count, shown: shownCount(d.count, suppress), percent: hidden ? '' : percentOf(d.count, total) };
    if (hidden) row.suppressed = true;
    return row;
  });
}

function tally<T>(people: readonly PersonCharacteristics[], key: (p: PersonCharacteristics) => T): Map<T, number> {
  const out = new Map<T, number>();
  for (const p of people) {
    const k = key(p);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

function ageTable(people: readonly PersonCharacteristics[], o: DemographicOptions): DemographicTable {
  const bands = [...o.ageBands];
  const first = bands[0];
  const counts = tally(people, (p) => {
    if (!p.dateOfBirth) return 'unknown';
    const age = ageOn(p.dateOfBirth, o.ageOn);
    const i = bands.findIndex((b) => age >= b.from && (b.to === undefined || age <= b.to));
    if (i !== -1) return `band-${i}`;
    return first && age < first.from ? 'under' : 'other';
  });
  const drafts: Draft[] = [];
  if (first && (counts.get('under') ?? 0) > 0) drafts.push({ label: `Under ${first.from}`, level: 0, count: counts.get('under') ?? 0 });
  bands.forEach((b, i) => drafts.push({ label: ageBandLabel(b), level: 0, count: counts.get(`band-${i}`) ?? 0 }));
  if ((counts.get('other') ?? 0) > 0) drafts.push({ label: 'Other ages', level: 0, count: counts.get('other') ?? 0 });
  drafts.push({ label: NOT_KNOWN, level: 0, count: counts.get('unknown') ?? 0 });
  return { key: 'age', title: 'Age', rows: finish(drafts, people.length, o.suppress), total: people.length };
}

function simpleTable(
  people: readonly PersonCharacteristics[],
  o: DemographicOptions,
  key: 'sex' | 'disability',
  title: string,
  options: readonly { id: string; label: string }[],
): DemographicTable {
  const counts = tally(people, (p) => p.equality[key] ?? 'unknown');
  const drafts: Draft[] = [
    ...options.map((opt): Draft => ({ label: opt.label, level: 0, count: counts.get(opt.id) ?? 0 })),
    { label: PREFER, level: 0, count: counts.get(PREFER_NOT_TO_SAY) ?? 0 },
    { label: NOT_KNOWN, level: 0, count: counts.get('unknown') ?? 0 },
  ];
  return { key, title, rows: finish(drafts, people.length, o.suppress), total: people.length };
}

function ethnicityTable(people: readonly PersonCharacteristics[], o: DemographicOptions): DemographicTable {
  const counts = tally(people, (p) => p.equality.ethnicity ?? 'unknown');
  const drafts: Draft[] = [];
  for (const group of ETHNIC_GROUPS) {
    const details = group.options.map((opt): Draft => ({ label: opt.label, level: 1, count: counts.get(opt.id) ?? 0 }));
    drafts.push({ label: group.label, level: 0, count: details.reduce((sum, d) => sum + d.count, 0) }, ...details);
  }
  drafts.push({ label: PREFER, level: 0, count: counts.get(PREFER_NOT_TO_SAY) ?? 0 });
  drafts.push({ label: NOT_KNOWN, level: 0, count: counts.get('unknown') ?? 0 });
  return { key: 'ethnicity', title: 'Ethnic group', rows: finish(drafts, people.length, o.suppress), total: people.length };
}

export function demographicTables(people: readonly PersonCharacteristics[], o: DemographicOptions): DemographicTable[] {
  return [
    ageTable(people, o),
    simpleTable(people, o, 'sex', 'Sex', SEX_OPTIONS),
    ethnicityTable(people, o),
    simpleTable(people, o, 'disability', 'Disability', DISABILITY_OPTIONS),
  ];
}
