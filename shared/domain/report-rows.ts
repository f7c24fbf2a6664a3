/**
 * A figure as every output of a funder report shows it: the words and the numbers already
 * written out. Its own file so the parts of the report (report-figures.ts, report-programmes.ts)
 * can share it without importing each other.
 */
export interface FigureRow {
  key: string;
  label: string;
  /** Indented under the row above ("of whom new"). */
  sub?: boolean;
  value: string;
  toDate: string;
  note?: string;
}
