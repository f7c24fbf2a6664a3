import { useState } from 'react';
import { Link, useParams } from 'wouter';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate } from '../../../shared/dates';
import { ENDING_LABELS } from '../../../shared/domain/programmes';

import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { Badge } from '../../components/StatusBadge';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { EndDialog } from './EndDialog';
import { ExtendDialog } from './ExtendDialog';
import { GoalsCard } from './GoalsCard';
import { lastContactText, STATUS_TONES, statusLabel } from './programme-text';
import { SessionLog } from './SessionLog';
import { StatusDialog } from './StatusDialog';
import { SuggestDialog } from './SuggestDialog';
import { TripsCard } from './TripsCard';
import './programmes.css';

type Open = 'suggest' | 'end' | 'extend' | 'paused' | 'active' | null;

/** The programme's summary: who, since when, the counter, and what needs the coordinator. */
function Summary({ detail }: { detail: ProgrammeDetail }) {
  const p = detail.programme;
  const lastContact = detail.sessions[0]?.date;
  return (
    <section className="card" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <p className="programme-counter">{detail.counter}</p>
      <p className="hint">{p.plannedSessions === null ? 'Sessions attended (open-ended)' : 'Sessions attended of those planned'}</p>
      <dl className="details">
        <dt>Status</dt>
        <dd>
          <Badge label={statusLabel(p.status)} tone={STATUS_TONES[p.status]} />
        </dd>
        <dt>Volunteer</dt>
        <dd>{detail.volunteer ? <Link href={`/volunteers/${detail.volunteer.id}`}>{detail.volunteer.name}</Link> : 'Waiting for a match'}</dd>
        <dt>Started</dt>
        <dd>{formatUkDate(p.startDate)}</dd>
        {p.firstSessionDate ? (
          <>
            <dt>First session planned</dt>
            <dd>{formatUkDate(p.firstSessionDate)}</dd>
          </>
        ) : null}
        <dt>Last contact</dt>
        <dd>{lastContactText(lastContact)}</dd>
        {p.ending ? (
          <>
            <dt>Ended</dt>
            <dd>
              {formatUkDate(p.ending.date)}: {ENDING_LABELS[p.ending.ending]}
              {p.ending.onward.length > 0 ? `. Referred on to ${p.ending.onward.join(', ')}` : ''}
              {p.ending.note ? `. ${p.ending.note}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {detail.warnings.length > 0 ? (
        <div className="notice notice--warning">
          <ul>
            {detail.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** Volunteers who have supported the member, oldest first, with why each one changed. */
function MatchHistory({ detail }: { detail: ProgrammeDetail }) {
  if (detail.matches.length < 2 && !detail.programme.extensions.length) return null;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <ul>
        {detail.matches.map((m) => (
          <li key={`${m.volunteerId}-${m.from}`}>
            {m.volunteerName}: from {formatUkDate(m.from)}
            {m.to ? ` to ${formatUkDate(m.to)}` : ''}
            {m.reason ? ` (${m.reason})` : ''}
          </li>
        ))}
        {detail.programme.extensions.map((x) => (
          <li key={`${x.date}-${x.to}`}>
            Extended on {formatUkDate(x.date)} from {x.from ?? 'open-ended'} to {x.to} sessions: {x.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One programme: the summary with its counter, matching, status changes, the session log
 * and the member's goals. Every change returns the whole detail, shown as it comes back.
 */
export function ProgrammePage() {
  const { id } = useParams<{ id: string }>();
  const { flash } = useFlash();
  const { data: detail, error, setData } = useLoad(() => api.programmes.get({ id }), [id]);
  const [open, setOpen] = useState<Open>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  if (error && !detail) {
    return (
      <Page title="Programme not found">
        <ErrorNotice message={error} />
        <p>
          <Link href="/programmes">Back to programmes</Link>
        </p>
      </Page>
    );
  }
  if (!detail) return <p role="status">Loading…</p>;
  const p = detail.programme;
  const ended = p.status === 'ended';

  const saved = (message: string) => (next: ProgrammeDetail) => {
    setData(next);
    setOpen(null);
    flash(message);
  };
  const act = async (call: () => Promise<ProgrammeDetail>, message: string) => {
    setActionError(null);
    try {
      saved(message)(await call());
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  return (
    <Page
      title={`${detail.member.name}: ${detail.kind.name}`}
      lede={
        <>
          <Link href={`/members/${detail.member.id}`}>Open {detail.member.name}&apos;s member record</Link>
        </>
      }
      actions={
        ended ? (
          <button type="button" className="button" onClick={() => void act(() => api.programmes.reopen({ id }), 'Programme reopened.')}>
            Reopen
          </button>
        ) : (
          <>
            <button type="button" className={detail.volunteer ? 'button button--secondary' : 'button'} onClick={() => setOpen('suggest')}>
              {detail.volunteer ? 'Change volunteer' : 'Suggest volunteers'}
            </button>
            {p.status === 'paused' ? (
              <button type="button" className="button button--secondary" onClick={() => setOpen('active')}>
                Resume
              </button>
            ) : p.status === 'active' || p.status === 'matched' ? (
              <button type="button" className="button button--secondary" onClick={() => setOpen('paused')}>
                Pause
              </button>
            ) : null}
            {!detail.atPlanned ? (
              <>
                <button type="button" className="button button--secondary" onClick={() => setOpen('extend')}>
                  Extend programme
                </button>
                <button type="button" className="button button--secondary" onClick={() => setOpen('end')}>
                  End programme
                </button>
              </>
            ) : null}
          </>
        )
      }
    >
      <p className="back-link">
        <Link href="/programmes">Back to programmes</Link>
      </p>
      <ErrorNotice message={actionError} />
      {detail.atPlanned && !ended ? (
        <div className="notice notice--warning programme-notice">
          <p>
            <strong>{detail.counter}: end or extend?</strong> The planned sessions have all been held.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setOpen('end')}>
              End programme
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen('extend')}>
              Extend programme
            </button>
          </div>
        </div>
      ) : null}
      <div className="cards">
        <Summary detail={detail} />
        <MatchHistory detail={detail} />
      </div>
      <TripsCard detail={detail} onSaved={(next, message) => saved(message)(next)} />
      <SessionLog detail={detail} onSaved={(next, message) => saved(message)(next)} />
      <GoalsCard detail={detail} onSaved={(next, message) => saved(message)(next)} />

      {open === 'suggest' ? <SuggestDialog detail={detail} onCancel={() => setOpen(null)} onSaved={saved(detail.volunteer ? 'Volunteer changed.' : 'Volunteer matched.')} /> : null}
      {open === 'end' ? <EndDialog detail={detail} onCancel={() => setOpen(null)} onSaved={saved('Programme ended.')} /> : null}
      {open === 'extend' ? <ExtendDialog detail={detail} onCancel={() => setOpen(null)} onSaved={saved('Programme extended.')} /> : null}
      {open === 'paused' || open === 'active' ? <StatusDialog detail={detail} status={open} onCancel={() => setOpen(null)} onSaved={saved(open === 'paused' ? 'Programme paused.' : 'Programme resumed.')} /> : null}
    </Page>
  );
}
