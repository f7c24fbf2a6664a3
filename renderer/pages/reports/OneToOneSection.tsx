import type { OneToOneFigures } from '../../../shared/domain/report-programmes';
import { SMALL_SHOWN } from '../../../shared/domain/report-suppression';
import { BreakdownTable, FigureTable } from './ReportParts';

/** The report's one-to-one programmes: the same figures the PDF and the CSV print. */
export function OneToOneSection({ o }: { o: OneToOneFigures }) {
  const suppressed = [...o.endings, ...o.onward].some((r) => r.value === SMALL_SHOWN || r.toDate === SMALL_SHOWN);
  return (
    <>
      <h2>One-to-one support</h2>
      <FigureTable caption="One-to-one support, this period and grant to date" rows={o.rows} first="Figure" subOf="People supported one to one" />
      <div className="breakdowns">
        <BreakdownTable caption="How sessions were delivered" rows={o.byMode} first="How" />
        <BreakdownTable caption="How programmes ended" rows={o.endings} first="Ending" />
        <BreakdownTable caption="Onward referrals" rows={o.onward} first="Referred on to" />
      </div>
      {suppressed ? <p>“{SMALL_SHOWN}”: between 1 and 4, not shown so that nobody can be identified (Settings).</p> : null}
    </>
  );
}
