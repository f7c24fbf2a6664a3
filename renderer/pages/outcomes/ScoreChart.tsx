import { formatUkDate } from '../../../shared/dates';

/**
 * A small line chart of a person's scores over time, drawn as inline SVG (no chart library
 * for a few points). The chart is a picture of the table beside it, which carries the same
 * numbers for screen readers, so the SVG is named by a one-line summary only.
 */

export interface ChartSeries {
  label: string;
  /** One value per date; undefined where that completion was not scored. */
  values: (number | undefined)[];
}

const WIDTH = 420;
const HEIGHT = 170;
const PAD = { left: 36, right: 12, top: 12, bottom: 30 };
/** Told apart by dash as well as by position, never by colour alone. */
const DASHES = ['', '6 4', '2 3', '10 3 2 3'];
const MARKS = ['circle', 'square', 'diamond', 'triangle'] as const;

function Mark({ shape, x, y }: { shape: (typeof MARKS)[number]; x: number; y: number }) {
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  if (shape === 'diamond') return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} />;
  if (shape === 'triangle') return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} />;
  return <circle cx={x} cy={y} r={4} />;
}

export function ScoreChart({ dates, series, min, max, summary }: { dates: string[]; series: ChartSeries[]; min: number; max: number; summary: string }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (dates.length === 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min || 1)) * plotH;
  // Only the first and last dates are labelled: more would overlap at large text.
  const labelled = dates.length === 1 ? [0] : [0, dates.length - 1];
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} focusable="false">
        <line className="score-chart__axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotH} />
        <line className="score-chart__axis" x1={PAD.left} y1={PAD.top + plotH} x2={PAD.left + plotW} y2={PAD.top + plotH} />
        {[min, max].map((v) => (
          <text key={v} className="score-chart__label" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        {labelled.map((i) => (
          <text key={i} className="score-chart__label" x={x(i)} y={HEIGHT - 8} textAnchor={dates.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}>
            {formatUkDate(dates[i])}
          </text>
        ))}
        {series.map((s, k) => {
          const points = s.values.flatMap((v, i) => (v === undefined ? [] : [{ x: x(i), y: y(v), value: v }]));
          return (
            <g key={s.label} className="score-chart__series">
              {points.length > 1 ? <polyline fill="none" strokeDasharray={DASHES[k % DASHES.length]} points={points.map((p) => `${p.x},${p.y}`).join(' ')} /> : null}
              {points.map((p, i) => (
                <Mark key={i} shape={MARKS[k % MARKS.length]!} x={p.x} y={p.y} />
              ))}
              {/* One line's values are written by its points; four would crowd each other. */}
              {series.length === 1
                ? points.map((p, i) => (
                    <text key={`v${i}`} className="score-chart__value" x={p.x} y={p.y - 9} textAnchor={i === 0 && points.length > 1 ? 'start' : i === points.length - 1 && points.length > 1 ? 'end' : 'middle'}>
                      {p.value}
                    </text>
                  ))
                : null}
            </g>
          );
        })}
      </svg>
      {series.length > 1 ? (
        <figcaption className="score-chart__legend">
          {series.map((s, k) => (
            <span key={s.label}>
              <svg viewBox="0 0 30 12" width="30" height="12" aria-hidden="true" focusable="false" className="score-chart__series">
                <line x1="0" y1="6" x2="30" y2="6" strokeDasharray={DASHES[k % DASHES.length]} />
                <Mark shape={MARKS[k % MARKS.length]!} x={15} y={6} />
              </svg>{' '}
              {s.label}
            </span>
          ))}
        </figcaption>
      ) : null}
    </figure>
  );
}
