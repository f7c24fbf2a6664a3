import { Fragment, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { GrantDetail } from '../../../shared/api';
import { formatUkDate, formatUkDateTime, todayIso } from '../../../shared/dates';
import { ageBandsText, formatGrantAmount, GRANT_FREQUENCY_LABELS, REFERRAL_SCOPE_LABELS, TARGET_KEYS, TARGET_LABELS } from '../../../shared/domain/grants';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { CaseStudiesSection } from './CaseStudies';
import './reports.css';

function PeriodsTable({ detail }: { detail: GrantDetail }) {
  const [, navigate] = useLocation();
  const today = todayIso();
  const made = new Map(detail.grant.reports.map((r) => [`${r.from}|${r.to}`, r]));
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Reporting periods of the grant</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Dates</th>
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {detail.periods.map((p) => {
            const report = made.get(`${p.from}|${p.to}`);
            return (
              <tr key={p.from}>
                <th scope="row">{p.label.split(':')[0]}</th>
                <td className="nowrap">
                  {formatUkDate(p.from)} to {formatUkDate(p.to)}
                </td>
                <td>
                  {report ? (
                    <Link href={`/reports/${detail.grant.id}/reports/${report.id}`}>
                      Open report<span className="visually-hidden"> for {p.label}</span>
                    </Link>
                  ) : p.from > today ? (
                    <span className="lede">Starts {formatUkDate(p.from)}</span>
                  ) : (
                    <button type="button" className="button button--secondary" onClick={() => navigate(`/reports/${detail.grant.id}/new-report/${p.from}/${p.to}`)}>
                      Create report<span className="visually-hidden"> for {p.label}</span>
                    </button>
                  )}
                  {report?.sent ? <div className="lede">Sent {formatUkDate(report.sent.sentOn)}</div> : null}
                  {!report && p.from <= today && p.to >= today ? <div className="lede">In progress: the figures so far</div> : null}
                  {!report && p.to < today ? <div className="lede">Due: the period ended on {formatUkDate(p.to)}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One grant: what it is for, its targets, its reporting periods, reports made and case studies. */
export function GrantPage() {
  const { grantId } = useParams<{ grantId: string }>();
  const [, navigate] = useLocation();
  const { flashNext, flash } = useFlash();
  const { data, error, setData } = useLoad(() => api.grants.get({ id: grantId }), [grantId]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);

  if (error && !data) {
    return (
      <Page title="Grant not found">
        <ErrorNotice message={error} />
        <Link href="/reports">Back to grants &amp; reports</Link>
      </Page>
    );
  }
  if (!data) return <p role="status">Loading…</p>;
  const { grant } = data;
  const groupsById = new Map(data.groups.map((g) => [g.id, g]));
  const kindsById = new Map(data.programmeKinds.map((k) => [k.id, k]));
  const targets = TARGET_KEYS.filter((k) => grant.targets[k] !== undefined);

  async function deleteGrant() {
    setBusy(true);
    try {
      await api.grants.delete({ id: grant.id });
      flashNext(`Deleted the grant ${grant.name}`);
      navigate('/reports');
    } catch (e) {
      setConfirmDelete(false);
      flash(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title={grant.name}
      lede={`${grant.funder} · ${formatGrantAmount(grant.amountPence)} · ${formatUkDate(grant.startDate)} to ${formatUkDate(grant.endDate)}`}
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate(`/reports/${grant.id}/new-report`)}>
            Create report
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/reports/${grant.id}/edit`)}>
            Edit grant
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
            Delete grant
          </button>
        </>
      }
    >
      <p className="back-link">
        <Link href="/reports">Back to grants &amp; reports</Link>
      </p>
      <div className="cards">
        <section className="card" aria-labelledby="grant-title">
          <h2 id="grant-title">The grant</h2>
          <dl className="details">
            <dt>Funder</dt>
            <dd>{grant.funder}</dd>
            <dt>Amount</dt>
            <dd>{formatGrantAmount(grant.amountPence)}</dd>
            <dt>Dates</dt>
            <dd>
              {formatUkDate(grant.startDate)} to {formatUkDate(grant.endDate)}
            </dd>
            <dt>Reports</dt>
            <dd>{GRANT_FREQUENCY_LABELS[grant.frequency]}</dd>
            <dt>Groups funded</dt>
            <dd>
              {grant.groupIds.length === 0 ? 'None' : null}
              {grant.groupIds.map((id, i) => {
                const g = groupsById.get(id);
                return (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    {g ? <Link href={`/groups/${id}`}>{g.name}</Link> : 'A deleted group'}
                  </span>
                );
              })}
            </dd>
            {grant.programmeKindIds?.length ? (
              <>
                <dt>Programmes funded</dt>
                <dd>{grant.programmeKindIds.map((id) => kindsById.get(id)?.name ?? id).join(', ')}</dd>
              </>
            ) : null}
            <dt>Referrals counted</dt>
            <dd>{REFERRAL_SCOPE_LABELS[grant.referralScope]}</dd>
            <dt>Volunteer time</dt>
            <dd>Valued at the {data.rateName} (rates in Settings)</dd>
            {grant.notes ? (
              <>
                <dt>Notes</dt>
                <dd>{grant.notes}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="targets-title">
          <h2 id="targets-title">Targets</h2>
          {targets.length === 0 ? <p>No number targets set.</p> : null}
          {targets.length > 0 ? (
            <dl className="details">
              {targets.map((k) => (
                <Fragment key={k}>
                  <dt>{TARGET_LABELS[k]}</dt>
                  <dd>{grant.targets[k]?.toLocaleString('en-GB')}</dd>
                </Fragment>
              ))}
            </dl>
          ) : null}
          {grant.outcomes.length > 0 ? (
            <>
              <h3>Outcome targets</h3>
              <ul>
                {grant.outcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="lede">Age bands: {ageBandsText(grant.ageBands)}</p>
        </section>
      </div>

      <h2>Reporting periods</h2>
      <PeriodsTable detail={data} />

      <h2>Reports made</h2>
      {grant.reports.length === 0 ? (
        <p>No reports yet. Use Create report: choose one of the periods above, or any dates.</p>
      ) : (
        <ul className="report-list">
          {grant.reports.map((r) => (
            <li key={r.id}>
              <Link href={`/reports/${grant.id}/reports/${r.id}`}>{r.label}</Link>{' '}
              <span className="lede">
                ({formatUkDate(r.from)} to {formatUkDate(r.to)}; made {formatUkDateTime(r.createdAt)})
              </span>
              {r.sent ? <strong> Sent {formatUkDate(r.sent.sentOn)}</strong> : null}
            </li>
          ))}
        </ul>
      )}

      <CaseStudiesSection grant={grant} onChange={(g) => setData({ ...data, grant: { ...g, reports: data.grant.reports } })} />

      {confirmDelete ? (
        <ConfirmDialog title={`Delete the grant ${grant.name}?`} confirmLabel="Delete grant" danger busy={busy} onCancel={() => setConfirmDelete(false)} onConfirm={() => void deleteGrant()}>
          <p>
            This deletes the grant, its {grant.caseStudies.length === 1 ? 'case study' : `${grant.caseStudies.length} case studies`} and the{' '}
            {grant.reports.length === 1 ? 'report' : `${grant.reports.length} reports`} made for it. The registers and referrals they counted are not touched.
          </p>
          <p>This cannot be undone except from a backup.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
