import { toCsv } from '../csv/export';
import { formatUkDate } from '../dates';
import type { OutcomeProgress } from './grants';
import { formatHours } from './report-hours';
import { outcomeTopics } from './report-outcomes';
import { SMALL_SHOWN } from './report-suppression';
import type { FigureRow, ReportFigures } from './report-figures';

/**
 * The report as a CSV of every figure, one per row (section, figure, value, notes), so a
 * funder or a trustee can check the numbers in a spreadsheet. Values are the same strings
 * the screen and the PDF show, hidden small numbers included.
 */

export interface ReportCsvRow {
  section: string;
  figure: string;
  value: string;
  notes: string;
}

export const REPORT_CSV_HEADERS = ['Section', 'Figure', 'Value', 'Notes'] as const;

const dates = (from: string, to: string) => `${formatUkDate(from)} to ${formatUkDate(to)}`;

export function reportCsvRows(f: ReportFigures, extra: { outcomeProgress: readonly OutcomeProgress[]; madeOn: string }): ReportCsvRow[] {
  const rows: ReportCsvRow[] = [];
  const add = (section: string, figure: string, value: string, notes = '') => rows.push({ section, figure, value, notes });

  add('Report', 'Organisation', f.organisationName);
  add('Report', 'Funder', f.funder);
  add('Report', 'Grant', f.grantName);
  add('Report', 'Amount', f.amount);
  add('Report', 'Grant dates', dates(f.grantStart, f.grantEnd));
  add('Report', 'Groups funded', f.groupNames.join('; '));
  if (f.oneToOne) add('Report', 'Programmes funded', f.oneToOne.kindNames.join('; '), 'Kinds of one-to-one programme');
  add('Report', 'Period', f.period.label, dates(f.period.from, f.period.to));
  add('Report', 'Grant to date', dates(f.toDate.from, f.toDate.to));
  add('Report', 'Made on', formatUkDate(extra.madeOn), 'Figures are worked out from the registers as they were on this day');

  for (const r of f.headline) add('This period', r.sub ? `People supported ${r.label}` : r.label, r.value, r.note ?? '');
  for (const r of f.headline) add('Grant to date', r.sub ? `People supported ${r.label}` : r.label, r.toDate);

  for (const t of f.targets) {
    add('Targets', `${t.label}: target for the grant`, t.target);
    add('Targets', `${t.label}: this period`, t.period);
    add('Targets', `${t.label}: grant to date`, t.toDate);
    add('Targets', `${t.label}: percent of target`, t.percent, 'Grant to date as a share of the target');
  }
  if (f.targets.length > 0) add('Targets', 'Share of the grant time gone', `${f.grantTimeElapsedPercent}%`, `By ${formatUkDate(f.period.to)}`);
  for (const o of extra.outcomeProgress) add('Outcome targets', o.outcome, o.progress);

  if (f.oneToOne) {
    const o = f.oneToOne;
    const tables: [string, readonly FigureRow[]][] = [
      ['', o.rows],
      ['Sessions delivered: ', o.byMode],
      ['Programmes ended: ', o.endings],
      ['Onward referrals: ', o.onward],
    ];
    // A table's "in all" row names itself; the others say which table they are from.
    const name = (prefix: string, r: FigureRow) => (r.key.endsWith('-all') ? r.label : `${prefix}${r.sub ? `People supported one to one ${r.label}` : r.label}`);
    const hidden = (value: string) => (value === SMALL_SHOWN ? 'Between 1 and 4' : '');
    for (const [prefix, rows] of tables) for (const r of rows) add('One-to-one this period', name(prefix, r), r.value, r.note ?? hidden(r.value));
    for (const [prefix, rows] of tables) for (const r of rows) add('One-to-one grant to date', name(prefix, r), r.toDate, hidden(r.toDate));
  }

  for (const m of f.outcomes?.measures ?? []) {
    const topics = outcomeTopics(m.rows);
    // "Improved" is said of the row above it: "ONS4: Anxiety: Improved".
    m.rows.forEach((r, i) => add('Outcomes this period', `${m.shortName}: ${r.sub ? `${topics[i]}: ${r.label}` : r.label}`, r.value, [`n = ${r.n}`, r.note].filter(Boolean).join('. ')));
  }

  for (const r of f.volunteerTime) add('Volunteer time this period', r.label, r.value, r.note ?? '');
  for (const u of f.counts.value.rates) {
    add('Volunteer time this period', `Hours at ${f.rateName} from ${formatUkDate(u.rate.from)}`, formatHours(u.minutes), `${(u.rate.pencePerHour / 100).toFixed(2)} pounds an hour`);
  }

  for (const chart of f.charts) for (const bar of chart.bars) add(chart.title, bar.label, bar.value.toLocaleString('en-GB'));
  for (const m of f.outcomes?.measures ?? []) {
    for (const chart of m.charts ?? []) for (const bar of chart.bars) add(chart.title, bar.label, bar.shown, bar.shown === SMALL_SHOWN ? `${chart.n}. Between 1 and 4` : chart.n);
  }

  for (const table of f.demographics) {
    let heading = '';
    for (const row of table.rows) {
      if (row.level === 0) heading = row.label;
      const notes = row.suppressed ? 'Between 1 and 4' : row.percent;
      add(`People by ${table.key === 'ethnicity' ? 'ethnic group' : table.key}`, row.level === 1 ? `${heading}: ${row.label}` : row.label, row.shown, notes);
    }
  }

  for (const d of f.definitions) add('How figures are counted', d.figure, '', d.how);
  return rows;
}

export function reportCsv(f: ReportFigures, extra: { outcomeProgress: readonly OutcomeProgress[]; madeOn: string }): string {
  return toCsv<ReportCsvRow>(
    [
      { header: REPORT_CSV_HEADERS[0], value: (r) => r.section },
      { header: REPORT_CSV_HEADERS[1], value: (r) => r.figure },
      { header: REPORT_CSV_HEADERS[2], value: (r) => r.value },
      { header: REPORT_CSV_HEADERS[3], value: (r) => r.notes },
    ],
    reportCsvRows(f, extra),
  );
}
