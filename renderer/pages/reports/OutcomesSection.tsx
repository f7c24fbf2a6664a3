import { outcomesHiddenNote, outcomeTopics, type OutcomeChart, type OutcomeMeasureFigures, type OutcomesFigures } from '../../../shared/domain/report-outcomes';
import { BarTable, Shown } from './ReportParts';

/** The report's before-and-after questionnaire results: the same figures the PDF and the CSV print. */
export function OutcomesSection({ o, suppress }: { o: OutcomesFigures; suppress: boolean }) {
  const hidden = outcomesHiddenNote(o);
  return (
    <>
      <h2>Outcome measures</h2>
      <p>
        Each person’s first questionnaire compared with their last in this period; n is the number of people each figure is worked out from. How pairs are chosen and what
        counts as a change is under “How figures are counted”.
      </p>
      <div className="breakdowns">
        {o.measures.map((m) => (
          <div key={m.measureId} className="outcome-part">
            <MeasureTable m={m} />
            {m.charts && m.charts.length > 0 ? (
              <div className="charts">
                {m.charts.map((c) => (
                  <ChangeChart key={c.key} id={`chart-outcome-${m.measureId}-${c.key}`} chart={c} />
                ))}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {hidden && suppress ? <p>{hidden} Hiding small numbers is switched on in Settings → Funder reports.</p> : null}
    </>
  );
}

/** How many improved, had no reliable change or got worse, with the n it is out of; a chart left out says why. */
function ChangeChart({ id, chart }: { id: string; chart: OutcomeChart }) {
  if (chart.bars.length === 0) {
    return (
      <div className="chart chart--not-drawn">
        <p className="chart__title">{chart.title}</p>
        <p>{chart.note}</p>
      </div>
    );
  }
  const foot = (
    <tr>
      <td colSpan={2}>{chart.n}</td>
    </tr>
  );
  return <BarTable id={id} title={chart.title} first="Change" measure="People" bars={chart.bars} foot={foot} />;
}

function MeasureTable({ m }: { m: OutcomeMeasureFigures }) {
  const topics = outcomeTopics(m.rows);
  return (
    <div className="table-wrap">
      <table className="breakdown outcome-measure">
        <caption>{m.name}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              This period
            </th>
            <th scope="col" className="num">
              People (n)
            </th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r, i) => {
            return (
              <tr key={r.key} className={r.sub ? 'figures__sub' : undefined}>
                <th scope="row">
                  {r.sub ? (
                    <>
                      <span aria-hidden="true">– </span>
                      <span className="visually-hidden">{topics[i]}, </span>
                    </>
                  ) : null}
                  {r.label}
                  {r.note ? <span className="figures__note">{r.note}</span> : null}
                </th>
                <td className="num">
                  <Shown value={r.value} />
                </td>
                <td className="num">
                  <Shown value={r.n} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
