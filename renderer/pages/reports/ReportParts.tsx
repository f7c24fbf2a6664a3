import type { ReactNode } from 'react';
import type { ReportFigures, Chart, FigureRow } from '../../../shared/domain/report-figures';
import type { DemographicTable } from '../../../shared/domain/report-demographics';
import { SMALL_SHOWN } from '../../../shared/domain/report-suppression';
import { formatUkDate } from '../../../shared/dates';

/**
 * The report's figures on screen, from the same ReportFigures the PDF and the CSV print:
 * every number here is a string already written out by the one function.
 */

/** The head of a table with a column for the period and one for the grant to date. */
function PeriodHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          This period
        </th>
        <th scope="col" className="num">
          Grant to date
        </th>
      </tr>
    </thead>
  );
}

/** `subOf`: what an indented row ("of whom new") is part of, for a screen reader that reads the row alone. */
export function FigureTable({ caption, rows, first, subOf = 'People supported' }: { caption: string; rows: FigureRow[]; first: string; subOf?: string }) {
  return (
    <div className="table-wrap">
      <table className="figures">
        <caption className="visually-hidden">{caption}</caption>
        <PeriodHead first={first} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.sub ? 'figures__sub' : undefined}>
              <th scope="row">
                {r.sub ? (
                  <>
                    <span aria-hidden="true">– </span>
                    <span className="visually-hidden">{subOf}, </span>
                  </>
                ) : null}
                {r.label}
                {r.note ? <span className="figures__note">{r.note}</span> : null}
              </th>
              <td className="num figures__value">{r.value}</td>
              <td className="num">{r.toDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TargetsTable({ f }: { f: ReportFigures }) {
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Targets against what was done</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col" className="num">
                For the grant
              </th>
              <th scope="col" className="num">
                This period
              </th>
              <th scope="col" className="num">
                Grant to date
              </th>
              <th scope="col" className="num">
                Reached
              </th>
            </tr>
          </thead>
          <tbody>
            {f.targets.map((t) => (
              <tr key={t.key}>
                <th scope="row">{t.label}</th>
                <td className="num">{t.target}</td>
                <td className="num">{t.period}</td>
                <td className="num">{t.toDate}</td>
                <td className="num">
                  <strong>{t.percent}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="lede">
        “Reached” is the grant to date as a share of the target. By {formatUkDate(f.period.to)}, {f.grantTimeElapsedPercent}% of the grant’s time had gone.
      </p>
    </>
  );
}

/** To scale within the cell, leaving room for the number; a bar for 1 among hundreds still shows. */
function barWidth(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '0';
  return `max(2px, calc((100% - 4.5rem) * ${(value / max).toFixed(4)}))`;
}

/** A bar as drawn: a null value is a hidden count, with no bar, printed as `shown` ("<5" unless said). */
interface Bar {
  key: string;
  label: string;
  value: number | null;
  shown?: string;
}

/**
 * A bar chart that is also its own table: each row has the label, a bar drawn to scale (for
 * the eye only) and the number, so a screen reader reads a plain two-column table.
 */
export function BarTable({ id, title, first, measure, bars, foot }: { id: string; title: string; first: string; measure: string; bars: readonly Bar[]; foot: ReactNode }) {
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="chart" aria-labelledby={id}>
      <table className="chart__table">
        <caption id={id}>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{measure}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td>
                <span className="chart__row">
                  {b.value === null ? null : <span className="chart__bar" aria-hidden="true" style={{ width: barWidth(b.value, max) }} />}
                  <span className="chart__value">{b.value === null ? <Shown value={b.shown ?? SMALL_SHOWN} /> : b.value.toLocaleString('en-GB')}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>{foot}</tfoot>
      </table>
    </figure>
  );
}

export function BarChart({ chart }: { chart: Chart }) {
  const total = chart.bars.reduce((sum, b) => sum + b.value, 0);
  const foot = (
    <tr>
      <th scope="row">In all</th>
      <td>{total.toLocaleString('en-GB')}</td>
    </tr>
  );
  return <BarTable id={`chart-${chart.key}`} title={chart.title} first={chart.key === 'referralsBySource' ? 'Source' : 'Month'} measure={chart.measure} bars={chart.bars} foot={foot} />;
}

export function DemographicsTable({ t }: { t: DemographicTable }) {
  return (
    <div className="table-wrap">
      <table className={`demographics${t.rows.some((r) => r.level === 1) ? ' demographics--nested' : ''}`}>
        <caption>People by {t.title.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col" className="num">
              People
            </th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={`${r.level}-${r.label}`} className={r.level === 1 ? 'demographics__detail' : undefined}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.suppressed ? <abbr title="between 1 and 4">{r.shown}</abbr> : r.shown}</td>
              <td className="num">{r.percent}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All people supported</th>
            <td className="num">{t.total.toLocaleString('en-GB')}</td>
            <td className="num">{t.total > 0 ? '100%' : ''}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** "<5" with what it means, for a screen reader and on hover. */
export function Shown({ value }: { value: string }) {
  return value === SMALL_SHOWN ? <abbr title="between 1 and 4">{value}</abbr> : <>{value}</>;
}

/** A breakdown (sessions by how, programmes by ending, referrals on by where to) with its "in all" row last. */
export function BreakdownTable({ caption, rows, first }: { caption: string; rows: readonly FigureRow[]; first: string }) {
  const total = rows.at(-1);
  return (
    <div className="table-wrap">
      <table className="breakdown">
        <caption>{caption}</caption>
        <PeriodHead first={first} />
        <tbody>
          {rows.slice(0, -1).map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">
                <Shown value={r.value} />
              </td>
              <td className="num">
                <Shown value={r.toDate} />
              </td>
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              <td className="num">{total.value}</td>
              <td className="num">{total.toDate}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
