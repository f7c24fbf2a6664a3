import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_SOURCE_LABELS } from '../../../shared/domain/referrals';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { waitText } from './referral-text';

export function ReferralPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash } = useFlash();
  const { data: referral, error, setData } = useLoad(() => api.referrals.get({ id }), [id]);
  const list = useLoad(() => api.referrals.list({ view: 'all' }), [id]);
  const groups = useLoad(() => api.groups.list(), []);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<'accepted' | 'declined' | 'withdrawn'>('accepted');
  const [date, setDate] = useState(formatUkDate(todayIso()));
  const [reason, setReason] = useState('');
  const [groupId, setGroupId] = useState('');
  const [dialogErrors, setDialogErrors] = useState<Record<string, string>>({});

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

  async function save() {
    const iso = parseUkDate(date);
    if (!iso) {
      setDialogErrors({ date: 'Enter the date as dd/mm/yyyy, like 23/11/2026' });
      return;
    }
    try {
      const result = await api.referrals.setOutcome({ id, outcome, date: iso, ...(reason.trim() ? { reason } : {}), ...(outcome === 'accepted' && groupId ? { placeInGroupId: groupId } : {}) });
      setData(result.referral);
      setOpen(false);
      const warnings = result.warnings && result.warnings.length > 0 ? ` Note: ${result.warnings.join(' ')}` : '';
      flash(
        `Referral ${REFERRAL_OUTCOME_LABELS[outcome].toLowerCase()}.${result.memberId && outcome === 'accepted' ? ` ${name} is now an active member.` : ''}${result.placement ? ` ${result.placement}` : ''}${warnings}`,
        warnings ? 'info' : 'success',
      );
      void list.reload();
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) setDialogErrors(e.fields);
      else setDialogErrors({ _: errorMessage(e) });
    }
  }

  return (
    <Page
      title={`Referral: ${name}`}
      lede={`${REFERRAL_SOURCE_LABELS[referral.source]}, received ${formatUkDate(referral.receivedDate)} · ${REFERRAL_OUTCOME_LABELS[referral.outcome]}`}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/referrals/${id}/edit`)}>
            Edit referral
          </button>
          {referral.outcome === 'open' ? (
            <button type="button" className="button" onClick={() => { setDialogErrors({}); setOpen(true); }}>
              Record outcome
            </button>
          ) : null}
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

      {open ? (
        <Dialog title={`Record the outcome for ${name}`} onClose={() => setOpen(false)}>
          <ErrorNotice message={dialogErrors._} />
          <ChoiceGroup legend="Outcome">
            <Choice type="radio" name="outcome" label="Accepted: they become an active member" checked={outcome === 'accepted'} onChange={() => setOutcome('accepted')} />
            <Choice type="radio" name="outcome" label="Declined" checked={outcome === 'declined'} onChange={() => setOutcome('declined')} />
            <Choice type="radio" name="outcome" label="Withdrawn (they decided not to go ahead)" checked={outcome === 'withdrawn'} onChange={() => setOutcome('withdrawn')} />
          </ChoiceGroup>
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" value={date} error={dialogErrors.date} onChange={(e) => setDate(e.target.value)} />
          {outcome === 'accepted' ? (
            <SelectField label="Place them in a group (optional)" hint="If the group is full they go on its waiting list" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">Not yet</option>
              {(groups.data ?? []).map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                  {g.freePlaces !== undefined && g.freePlaces <= 0 ? ' (full: waiting list)' : ''}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField label={outcome === 'declined' ? 'Reason declined' : 'Reason (optional)'} value={reason} error={dialogErrors.reason} onChange={(e) => setReason(e.target.value)} />
          )}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="button" className="button" onClick={() => void save()}>
              Save outcome
            </button>
          </div>
        </Dialog>
      ) : null}
    </Page>
  );
}
