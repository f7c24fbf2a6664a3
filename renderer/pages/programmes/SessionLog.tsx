import { useState } from 'react';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate } from '../../../shared/dates';
import { SESSION_MODE_LABELS, SESSION_OUTCOME_LABELS, type ProgrammeSession } from '../../../shared/domain/programmes';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api, errorMessage } from '../../lib/api';
import { SessionDialog } from './SessionDialog';
import { SessionPaperButtons } from './SessionPaper';
import { RowActions } from '../../components/RowActions';

type Editing = { session?: ProgrammeSession } | null;

/** The session log, newest first: "Log a session", and each one's Edit and Delete. */
export function SessionLog({ detail, onSaved }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail, message: string) => void }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ProgrammeSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async (s: ProgrammeSession) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.programmes.deleteSession({ id: s.id }), `Session of ${formatUkDate(s.date)} deleted.`);
      setDeleting(null);
    } catch (e) {
      setError(errorMessage(e));
      setDeleting(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card card--spaced" aria-labelledby="sessions-title">
      <div className="section-head">
        <h2 id="sessions-title">Sessions</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing({})}>
            Log a session
          </button>
          <SessionPaperButtons detail={detail} onSaved={onSaved} />
        </div>
      </div>
      <ErrorNotice message={error} />
      {detail.sessions.length === 0 ? (
        <p>No sessions logged yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="programme-sessions">
            <caption className="visually-hidden">Sessions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Length</th>
                <th scope="col">How</th>
                <th scope="col">What happened</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    {formatUkDate(s.date)}
                    {s.startTime ? ` ${s.startTime}` : ''}
                  </td>
                  <td>{s.minutes} min</td>
                  <td>
                    {SESSION_MODE_LABELS[s.mode]}
                    {s.where ? `, ${s.where}` : ''}
                  </td>
                  <td>{SESSION_OUTCOME_LABELS[s.outcome]}</td>
                  <td>
                    {s.note}
                    {s.privateNote ? <span className="tag">Private note</span> : null}
                  </td>
                  <td>
                    <RowActions label={`session of ${formatUkDate(s.date)}`} onEdit={() => setEditing({ session: s })} onDelete={() => setDeleting(s)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <SessionDialog
          detail={detail}
          {...(editing.session ? { session: editing.session } : {})}
          onCancel={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            onSaved(next, editing.session ? 'Session saved.' : `Session logged: ${next.counter}.`);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog title="Delete this session?" confirmLabel="Delete session" danger busy={busy} onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            The session of {formatUkDate(deleting.date)} ({SESSION_OUTCOME_LABELS[deleting.outcome].toLowerCase()}) will be removed from the log and the count.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
