import { Link, useLocation } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { formatGrantAmount, GRANT_FREQUENCY_LABELS } from '../../../shared/domain/grants';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';

/** Every grant, newest first, with the report due next: where funder reports start. */
export function ReportsPage() {
  const [, navigate] = useLocation();
  const { data, error } = useLoad(() => api.grants.list(), []);
  return (
    <Page
      title="Reports"
      lede="Your grants and the reports you send to funders. Figures come straight from the registers and referrals."
      actions={
        <button type="button" className="button" onClick={() => navigate('/reports/new')}>
          Add grant
        </button>
      }
    >
      <ErrorNotice message={error} />
      {data && data.length === 0 ? <p>No grants yet. Add a grant with its funder, dates, the groups it pays for and its targets; then create its reports here.</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Grants, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Grant</th>
                <th scope="col">Amount</th>
                <th scope="col">Dates</th>
                <th scope="col">Reports</th>
                <th scope="col">Groups funded</th>
                <th scope="col">Next report</th>
              </tr>
            </thead>
            <tbody>
              {data.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link href={`/reports/${g.id}`}>{g.name}</Link>
                    <div className="lede">{g.funder}</div>
                  </td>
                  <td className="nowrap">{formatGrantAmount(g.amountPence)}</td>
                  <td className="nowrap">
                    {formatUkDate(g.startDate)} to {formatUkDate(g.endDate)}
                  </td>
                  <td>
                    {GRANT_FREQUENCY_LABELS[g.frequency]}
                    <div className="lede">{g.reportCount === 0 ? 'None made yet' : `${g.reportCount} made`}</div>
                  </td>
                  <td>{g.groupNames.join(', ') || 'None'}</td>
                  <td>{g.nextPeriod ? g.nextPeriod.label : 'All made'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
