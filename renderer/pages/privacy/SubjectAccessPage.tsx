import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { SubjectAccessPack, SubjectAccessView } from '../../../shared/api';
import { formatUkDate, formatUkDateTime } from '../../../shared/dates';
import { REQUEST_METHOD_LABELS, REQUEST_STATUS_LABELS, REQUESTER_LABELS, type RequestStatus } from '../../../shared/domain/subject-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { Badge, type BadgeTone } from '../../components/StatusBadge';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { Detail } from '../people/ProfileParts';
import { PackReview } from './PackReview';
import { SubjectAccessDialog } from './SubjectAccessDialog';
import { ExtendDialog } from './SubjectAccessDialogs';

const TONES: Record<RequestStatus, BadgeTone> = { open: 'pipeline', extended: 'paused', overdue: 'left', answered: 'active' };

export function StatusBadgeFor({ status }: { status: RequestStatus }) {
  return <Badge label={REQUEST_STATUS_LABELS[status]} tone={TONES[status]} />;
}

/**
 * One subject access request: when it came in and is due, "Prepare the pack" (the review
 * screen, PackReview.tsx), "Extend the time" and the request's log of what was done.
 */
export function SubjectAccessPage() {
  const { id } = useParams<{ id: string }>();
  const { flash } = useFlash();
  const { data: view, error, setData } = useLoad(() => api.subjectAccess.get({ id }), [id]);
  const [pack, setPack] = useState<SubjectAccessPack | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [packError, setPackError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'change' | 'extend' | null>(null);

  async function prepare() {
    setPreparing(true);
    setPackError(null);
    try {
      setPack(await api.subjectAccess.preparePack({ id }));
    } catch (e) {
      setPackError(errorMessage(e));
    } finally {
      setPreparing(false);
    }
  }

  async function changed(saved: SubjectAccessView, message: string) {
    setData(saved);
    flash(message);
    if (pack) setPack(await api.subjectAccess.preparePack({ id }));
  }

  const back = <Link href="/privacy">Back to Privacy</Link>;
  if (!view) {
    return (
      <Page title="Subject access request">
        <ErrorNotice message={error} />
        {error ? back : <p role="status">Loading…</p>}
      </Page>
    );
  }
  const r = view.request;
  const answered = view.status === 'answered';
  return (
    <Page
      title={`Subject access request: ${view.name}`}
      lede={
        <>
          <StatusBadgeFor status={view.status} /> Received {formatUkDate(view.receivedDate)}, {view.dueText}.
        </>
      }
      actions={
        <>
          <button type="button" className="button" disabled={preparing} onClick={() => void prepare()}>
            {preparing ? 'Preparing…' : pack ? 'Prepare the pack again' : 'Prepare the pack'}
          </button>
          {!answered && !r.extension ? (
            <button type="button" className="button button--secondary" onClick={() => setDialog('extend')}>
              Extend the time
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={() => setDialog('change')}>
            Change details
          </button>
        </>
      }
    >
      <p>
        {back}
        {view.subjectHref ? (
          <>
            {' · '}
            <Link href={view.subjectHref}>Open the record of {view.name}</Link>
          </>
        ) : null}
      </p>
      <div className="cards">
        <section className="card" aria-labelledby="sar-request-title">
          <h2 id="sar-request-title">The request</h2>
          <dl className="details">
            <Detail term="Received">{formatUkDate(r.receivedDate)}</Detail>
            <Detail term="How">{REQUEST_METHOD_LABELS[r.method]}</Detail>
            <Detail term="Who asked">{r.requester === 'the-person' ? REQUESTER_LABELS[r.requester] : r.requesterDetails}</Detail>
            <Detail term="Due">{formatUkDate(view.dueDate)}</Detail>
            {r.extension ? <Detail term="Extended">{`By ${r.extension.months === 1 ? 'one month' : 'two months'} on ${formatUkDate(r.extension.on)}: ${r.extension.reason}`}</Detail> : null}
            {r.answeredDate ? <Detail term="Answered">{`Sent on ${formatUkDate(r.answeredDate)}`}</Detail> : null}
            <Detail term="Notes">{r.notes}</Detail>
          </dl>
        </section>
        <section className="card" aria-labelledby="sar-log-title">
          <h2 id="sar-log-title">Log</h2>
          <ul className="sar-log">
            {[...r.log].reverse().map((entry, i) => (
              <li key={i}>
                <span className="lede">
                  {formatUkDateTime(entry.at)}, {entry.by}:
                </span>{' '}
                {entry.text}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <ErrorNotice message={packError} />
      {pack ? <PackReview view={view} pack={pack} onChanged={changed} /> : null}
      {dialog === 'change' ? (
        <SubjectAccessDialog
          name={view.name}
          request={r}
          onCancel={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            void changed(saved, 'Saved the request.');
          }}
        />
      ) : null}
      {dialog === 'extend' ? (
        <ExtendDialog
          view={view}
          onCancel={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            void changed(saved, `Extended: ${saved.dueText}.`);
          }}
        />
      ) : null}
    </Page>
  );
}
