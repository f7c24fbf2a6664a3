import type { FigureRow, ReportFigures } from './report-figures';

/**
 * What changed in a report's figures between two workings-out (as sent, and today), in the
 * words the report uses, so a coordinator can tell the funder: "Attendances 550 → 562".
 * Only the headline figures and the targets are named; targets' "this period" and "grant to
 * date" are the headline figures again, so for them only the target itself is compared.
 */

export const CHANGE_COLUMNS = ['this period', 'grant to date', 'target'] as const;

export interface FigureChange {
  /** "Attendances", "People supported, of whom new". */
  figure: string;
  /** Which number of the figure changed: the period's, the grant to date, or the target set. */
  column: (typeof CHANGE_COLUMNS)[number];
  before: string;
  after: string;
}

const NONE = 'none';

/** Each row's name on its own: "of whom new" reads only under its heading row. */
function rowNames(rows: readonly FigureRow[]): Map<string, string> {
  const names = new Map<string, string>();
  let heading: string | undefined;
  for (const r of rows) {
    if (!r.sub) heading = r.label;
    names.set(r.key, r.sub && heading ? `${heading}, ${r.label}` : r.label);
  }
  return names;
}

export function figureChanges(before: ReportFigures, after: ReportFigures): FigureChange[] {
  const out: FigureChange[] = [];
  const was = new Map(before.headline.map((r) => [r.key, r]));
  const now = new Map(after.headline.map((r) => [r.key, r]));
  const names = new Map([...rowNames(before.headline), ...rowNames(after.headline)]);
  const keys = [...after.headline.map((r) => r.key), ...before.headline.map((r) => r.key).filter((k) => !now.has(k))];
  const thisPeriod: FigureChange[] = [];
  const toDate: FigureChange[] = [];
  for (const key of keys) {
    const a = was.get(key);
    const b = now.get(key);
    const name = names.get(key) ?? key;
    if ((a?.value ?? NONE) !== (b?.value ?? NONE)) thisPeriod.push({ figure: name, column: 'this period', before: a?.value ?? NONE, after: b?.value ?? NONE });
    if ((a?.toDate ?? NONE) !== (b?.toDate ?? NONE)) toDate.push({ figure: name, column: 'grant to date', before: a?.toDate ?? NONE, after: b?.toDate ?? NONE });
  }
  // This period first: it is what the funder was told about this report.
  out.push(...thisPeriod, ...toDate);

  const targetWas = new Map(before.targets.map((t) => [t.key, t.target]));
  const targetNow = new Map(after.targets.map((t) => [t.key, t.target]));
  const targetKeys = [...new Set([...after.targets.map((t) => t.key), ...before.targets.map((t) => t.key)])];
  for (const key of targetKeys) {
    const label = after.targets.find((t) => t.key === key)?.label ?? before.targets.find((t) => t.key === key)?.label ?? key;
    const a = targetWas.get(key) ?? NONE;
    const b = targetNow.get(key) ?? NONE;
    if (a !== b) out.push({ figure: label, column: 'target', before: a, after: b });
  }
  return out;
}

const COLUMN_WORDS: Record<FigureChange['column'], string> = { 'this period': '', 'grant to date': ' (grant to date)', target: ' target' };

/**
 * "Attendances 550 → 562; Attendances (grant to date) 1,200 → 1,212". Without the column,
 * for a list already headed by it ("Grant to date: Attendances 1,200 → 1,212").
 */
export function changesInWords(changes: readonly FigureChange[], options: { column?: boolean } = {}): string {
  const column = options.column ?? true;
  return changes.map((c) => `${c.figure}${column ? COLUMN_WORDS[c.column] : ''} ${c.before} \u2192 ${c.after}`).join('; ');
}

/**
 * Which other parts differ (one-to-one support, volunteer time, the charts, who the people are), in words: worth
 * a line of their own, as the named figures may all be the same.
 */
export function otherFiguresChanged(before: ReportFigures, after: ReportFigures): string[] {
  const parts: [string, (f: ReportFigures) => unknown][] = [
    ['one-to-one support', (f) => f.oneToOne],
    ['outcome measures', (f) => f.outcomes],
    ['volunteer time', (f) => f.volunteerTime],
    ['the charts', (f) => f.charts],
    ['who the people are', (f) => f.demographics],
  ];
  return parts.filter(([, part]) => JSON.stringify(part(before)) !== JSON.stringify(part(after))).map(([words]) => words);
}
