import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_SOURCE_LABELS } from '../../../shared/domain/referrals';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { StartProgrammeDialog } from '../programmes/StartProgrammeDialog';
import { SubjectAccessButton } from '../privacy/SubjectAccessButton';
import { OutcomeDialog } from './OutcomeDialog';
import { waitText } from './referral-text';

export function ReferralPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash } = useFlash();
  const { data: referral, error, setData } = useLoad(() => api.referrals.get({ id }), [id]);
  const list = useLoad(() => api.referrals.list({ view: 'all' }), [id]);
  const groups = useLoad(() => api.groups.list(), []);
  const [open, setOpen] = useState(false);
  const [starting, setStarting] = useState(false);

  if (error && !referral) {
    return (
      <Page title="Referral not found">
        <ErrorNotice message={error} />
      </Page>
    );
  }
  if (!referral) return <p role="status">Loading…</p>;
  const row = list.data?.rows.find((r) => r.id === id);
  const name = `${referral.person.firstName} ${referral.person.lastName}`;

  return (
    <Page
      title={`Referral: ${name}`}
      lede={`${REFERRAL_SOURCE_LABELS[referral.source]}, received ${formatUkDate(referral.receivedDate)} · ${REFERRAL_OUTCOME_LABELS[referral.outcome]}`}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/referrals/${id}/edit`)}>
            Edit referral
          </button>
          {referral.outcome === 'open' || referral.outcome === 'accepted' ? (
            <button type="button" className="button button--secondary" onClick={() => setStarting(true)}>
              Start a programme
            </button>
          ) : null}
          {referral.outcome === 'open' ? (
            <button type="button" className="button" onClick={() => setOpen(true)}>
              Record outcome
            </button>
          ) : null}
          <SubjectAccessButton type="referral" id={referral.id} name={name} />
        </>
      }
    >
      <p>
        <Link href="/referrals">Back to referrals</Link>
      </p>
      {row?.overTarget || row?.assessedLate ? (
        <div className="notice notice--warning">
          <p>
            <strong>{row.assessedLate ? 'Assessed after the target wait:' : 'Over the target wait:'}</strong> {waitText(row)}.
          </p>
        </div>
      ) : null}
      <div className="cards">
        <section className="card" aria-labelledby="person-title">
          <h2 id="person-title">The person</h2>
          <dl className="details">
            <dt>Name</dt>
            <dd>{name}</dd>
            <dt>Phone</dt>
            <dd>{referral.person.phone ?? 'Not given'}</dd>
            <dt>Email</dt>
            <dd>{referral.person.email ?? 'Not given'}</dd>
            <dt>Date of birth</dt>
            <dd>{formatUkDate(referral.person.dateOfBirth) || 'Not given'}</dd>
            <dt>Postcode</dt>
            <dd>{referral.person.postcode ?? 'Not given'}</dd>
            {referral.memberId ? (
              <>
                <dt>Member record</dt>
                <dd>
                  <Link href={`/members/${referral.memberId}`}>Open their member record</Link>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="card" aria-labelledby="progress-title">
          <h2 id="progress-title">Progress</h2>
          <dl className="details">
            <dt>Referrer</dt>
            <dd>{[referral.referrer.name, referral.referrer.organisation, referral.referrer.contact].filter(Boolean).join(', ') || 'Not recorded'}</dd>
            <dt>Reason</dt>
            <dd>{referral.reason ?? 'Not recorded'}</dd>
            <dt>Waiting</dt>
            <dd>{row ? waitText(row) : ''}</dd>
            <dt>Contacted</dt>
            <dd>{formatUkDate(referral.contactedDate) || 'Not yet'}</dd>
            <dt>Assessed</dt>
            <dd>{formatUkDate(referral.assessedDate) || 'Not yet'}</dd>
            <dt>Outcome</dt>
            <dd>
              {REFERRAL_OUTCOME_LABELS[referral.outcome]}
              {referral.outcomeDate ? ` on ${formatUkDate(referral.outcomeDate)}` : ''}
              {referral.outcomeReason ? `: ${referral.outcomeReason}` : ''}
            </dd>
          </dl>
        </section>
      </div>

      {starting ? <StartProgrammeDialog from={{ referralId: id }} name={name} onCancel={() => setStarting(false)} onDone={(d) => navigate(`/programmes/${d.programme.id}`)} /> : null}
      {open ? (
        <OutcomeDialog
          referralId={id}
          name={name}
          groups={groups.data ?? []}
          onCancel={() => setOpen(false)}
          onSaved={(result, outcome) => {
            setData(result.referral);
            setOpen(false);
            const warnings = result.warnings && result.warnings.length > 0 ? ` Note: ${result.warnings.join(' ')}` : '';
            flash(
              `Referral ${REFERRAL_OUTCOME_LABELS[outcome].toLowerCase()}.${result.memberId && outcome === 'accepted' ? ` ${name} is now an active member.` : ''}${result.placement ? ` ${result.placement}` : ''}${warnings}`,
              warnings ? 'info' : 'success',
            );
            void list.reload();
          }}
        />
      ) : null}
    </Page>
  );
}
