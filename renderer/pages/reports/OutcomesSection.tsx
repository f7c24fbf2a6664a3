import { outcomeTopics, type OutcomeMeasureFigures, type OutcomesFigures } from '../../../shared/domain/report-outcomes';
import { SMALL_SHOWN } from '../../../shared/domain/report-suppression';
import { Shown } from './ReportParts';

/** The report's before-and-after questionnaire results: the same figures the PDF and the CSV print. */
export function OutcomesSection({ o, suppress }: { o: OutcomesFigures; suppress: boolean }) {
  const hidden = o.measures.some((m) => m.rows.some((r) => r.value === SMALL_SHOWN || r.n === SMALL_SHOWN));
  return (
    <>
      <h2>Outcome measures</h2>
      <p>
        Each person’s first questionnaire compared with their last in this period; n is the number of people each figure is worked out from. How pairs are chosen and what
        counts as a change is under “How figures are counted”.
      </p>
      <div className="breakdowns">
        {o.measures.map((m) => (
          <MeasureTable key={m.measureId} m={m} />
        ))}
      </div>
      {hidden && suppress ? <p>“{SMALL_SHOWN}”: between 1 and 4, not shown so that nobody can be identified; nor are averages of fewer than 5 people (Settings).</p> : null}
    </>
  );
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
