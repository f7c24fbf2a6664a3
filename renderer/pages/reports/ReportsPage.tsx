import { Link, useLocation } from 'wouter';
import type { GrantSummary } from '../../../shared/api';
import { addDaysIso, formatUkDate } from '../../../shared/dates';
import { formatGrantAmount, GRANT_FREQUENCY_LABELS } from '../../../shared/domain/grants';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';

/** "3 reports due, the oldest for Year 1: April 2024 to March 2025", or when the next falls due. */
/** "Tuesday Peer Support; one to one: Peer coaching": the groups, then the kinds of programme. */
function fundsText(g: GrantSummary): string {
  const kinds = g.programmeKindNames.length > 0 ? `one to one: ${g.programmeKindNames.join(', ')}` : '';
  const text = [g.groupNames.join(', '), kinds].filter(Boolean).join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'None';
}

function DueCell({ g }: { g: GrantSummary }) {
  const [oldest] = g.reportsDue;
  if (oldest) {
    const n = g.reportsDue.length;
    return (
      <>
        <strong>{n === 1 ? '1 report due' : `${n} reports due`}</strong>
        {n === 1 ? `, for ${oldest.label}` : `, the oldest for ${oldest.label}`}
      </>
    );
  }
  // A period can be reported on from the day after it ends.
  if (g.nextPeriod) return <>Next report: {g.nextPeriod.label} (from {formatUkDate(addDaysIso(g.nextPeriod.to, 1))})</>;
  return <>All reports made</>;
}

/** "3 made, 2 sent (the last on 14/05/2026)": whether what was made has gone to the funder. */
function MadeAndSent({ g }: { g: GrantSummary }) {
  if (g.reportCount === 0) return <>None made yet</>;
  const sent = g.sentCount === 0 ? 'none sent yet' : g.sentCount === g.reportCount ? (g.reportCount === 1 ? 'sent' : 'all sent') : `${g.sentCount} sent`;
  return (
    <>
      {g.reportCount} made, {sent}
      {g.lastSentOn ? <span className="nowrap"> (last on {formatUkDate(g.lastSentOn)})</span> : null}
    </>
  );
}

function dueLede(grants: readonly GrantSummary[]): string {
  const due = grants.reduce((n, g) => n + g.reportsDue.length, 0);
  const owing = grants.filter((g) => g.reportsDue.length > 0).length;
  if (due === 0) return 'No reports are due.';
  const reports = due === 1 ? '1 report is due' : `${due} reports are due`;
  return owing === 1 ? `${reports}.` : `${reports}, across ${owing} grants.`;
}

/** Every grant, with the reports it owes first: where funder reports start. */
export function ReportsPage() {
  const [, navigate] = useLocation();
  const { data, error } = useLoad(() => api.grants.list(), []);
  return (
    <Page
      title="Grants & reports"
      lede={`Your grants and the reports you send to funders. Figures come straight from the registers and referrals.${data && data.length > 0 ? ` ${dueLede(data)}` : ''}`}
      actions={
        <button type="button" className="button" onClick={() => navigate('/reports/new')}>
          Add grant
        </button>
      }
    >
      <ErrorNotice message={error} />
      {data && data.length === 0 ? <p>No grants yet. Add a grant with its funder, dates, the groups and programmes it pays for and its targets; then create its reports here.</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Grants, the most overdue reports first</caption>
            <thead>
              <tr>
                <th scope="col">Grant</th>
                <th scope="col">Due</th>
                <th scope="col">Reports</th>
                <th scope="col">Dates</th>
                <th scope="col">Amount</th>
                <th scope="col">What it funds</th>
              </tr>
            </thead>
            <tbody>
              {data.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link href={`/reports/${g.id}`}>{g.name}</Link>
                    <div className="lede">{g.funder}</div>
                  </td>
                  <td>
                    <DueCell g={g} />
                  </td>
                  <td>
                    {GRANT_FREQUENCY_LABELS[g.frequency]}
                    <div className="lede">
                      <MadeAndSent g={g} />
                    </div>
                  </td>
                  {/* Each date stays whole, but the pair may break, so large text still fits the width. */}
                  <td>
                    <span className="nowrap">{formatUkDate(g.startDate)}</span> to <span className="nowrap">{formatUkDate(g.endDate)}</span>
                  </td>
                  <td className="nowrap">{formatGrantAmount(g.amountPence)}</td>
                  <td>{fundsText(g)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
