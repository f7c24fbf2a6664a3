import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { Chart } from '../../shared/domain/report-figures';
import { SMALL_SHOWN } from '../../shared/domain/report-suppression';
import { MARGIN, mm } from './layout';
import { printableText } from './text';

/**
 * A bar chart on paper: one row per bar, the label on the left, the bar drawn to scale, and
 * its number printed at the end of the bar, so nothing depends on colour or on reading a
 * scale. Built as a table so the labels are real text (searchable, and read by screen
 * readers from the PDF) and a long period (36 months) simply runs to more rows.
 */

const PAGE_WIDTH = mm(210) - 2 * MARGIN;
const LABEL_WIDTH = 120;
const PADDING = 4;
const VALUE_ROOM = 44;
const BAR_HEIGHT = 10;
/** The widest bar: the page less the label column, the number and the cell padding. */
export const BAR_MAX = PAGE_WIDTH - LABEL_WIDTH - 4 * PADDING - VALUE_ROOM;
/** Dark enough to read as solid when photocopied in grey. */
export const BAR_COLOUR = '#2b5c63';

const layout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === node.table.body.length ? 0.6 : 0),
  // Only the line the bars grow from.
  vLineWidth: (i) => (i === 1 ? 0.8 : 0),
  hLineColor: () => '#404040',
  vLineColor: () => '#404040',
  paddingLeft: (i) => (i === 1 ? 0 : PADDING),
  paddingRight: () => PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function barWidth(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  // A bar for 1 among hundreds must still show.
  return Math.max(1.5, (value / max) * BAR_MAX);
}

/** A bar as drawn: a null value is a hidden count, with no bar, printed as `shown` ("<5" unless said). */
export interface Bar {
  key: string;
  label: string;
  value: number | null;
  shown?: string;
}

/** The title, one row per bar, and a line under them (the total, or the n a chart is out of). */
export function bars(title: Content, list: readonly Bar[], foot: string): Content {
  const max = Math.max(0, ...list.map((b) => b.value ?? 0));
  const body: TableCell[][] = list.map((bar) => {
    const width = bar.value === null ? 0 : barWidth(bar.value, max);
    const value = { text: bar.value === null ? (bar.shown ?? SMALL_SHOWN) : bar.value.toLocaleString('en-GB'), fontSize: 10, bold: true, margin: [0, 0, 0, 0] as [number, number, number, number] };
    return [
      { text: printableText(bar.label), fontSize: 10, alignment: 'right' },
      width > 0
        ? { columns: [{ width, canvas: [{ type: 'rect', x: 0, y: 1.5, w: width, h: BAR_HEIGHT, color: BAR_COLOUR }] }, { width: 'auto', ...value }], columnGap: 4 }
        : { columns: [{ width: 'auto', ...value }], margin: [4, 0, 0, 0] },
    ];
  });
  return {
    unbreakable: list.length <= 24,
    stack: [title, { table: { widths: [LABEL_WIDTH, '*'], body, dontBreakRows: true }, layout }, { text: printableText(foot), fontSize: 10, margin: [0, 3, 0, 0] }],
    margin: [0, 0, 0, 12],
  };
}

export function barChart(chart: Chart): Content {
  const total = chart.bars.reduce((sum, b) => sum + b.value, 0);
  return bars({ text: chart.title, style: 'subheading' }, chart.bars, `${chart.measure} in all: ${total.toLocaleString('en-GB')}`);
}
