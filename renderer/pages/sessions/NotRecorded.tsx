import { useEffect, useRef, useState } from 'react';
import type { SessionListItem } from '../../../shared/api';
import { formatUkDate, formatUkDateLong } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api, errorMessage } from '../../lib/api';
import { canMarkNotRecorded } from './session-text';

/**
 * "Not recorded" on the register page: what it means for this session, and the way to mark
 * it or take the mark off. Taking the register below is always still possible, and counts.
 * The two buttons swap places, so each takes focus when the other is pressed.
 */

const MARK_ID = 'mark-not-recorded';
const UNDO_ID = 'undo-not-recorded';

function useFocusOnChange(session: SessionListItem) {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const target = pending.current;
    pending.current = null;
    if (target) document.getElementById(target)?.focus();
  }, [session]);
  return pending;
}

interface Props {
  session: SessionListItem;
  today: string;
  onChange: (session: SessionListItem) => void;
}

/** At the top of the page: says the session is not recorded, with Undo for a mark made by hand. */
export function NotRecordedNotice({ session, onChange }: Omit<Props, 'today'>) {
  const [error, setError] = useState<string | null>(null);
  const focusNext = useFocusOnChange(session);
  const n = session.notRecorded;
  if (!n || session.register) return null;
  const undo = () =>
    void api.sessions.undoNotRecorded({ sessionId: session.id }).then(
      (item) => {
        setError(null);
        focusNext.current = MARK_ID;
        onChange(item);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <div className="notice" id="not-recorded-notice">
      <ErrorNotice message={error} />
      {n.why === 'before-registers' ? (
        <p>
          <strong>Not recorded.</strong> This meeting is before {formatUkDateLong(n.registersFrom)}, when this group’s registers start on Peer Desk, so it is not asked for and not
          counted in reports. Save a register below only if you want it counted.
        </p>
      ) : (
        <>
          <p>
            <strong>Marked as not recorded</strong>
            {n.reason ? ` (${n.reason})` : ''}: it is not asked for and not counted in reports. Save a register below to count it after all.
          </p>
          <button type="button" id={UNDO_ID} className="button button--secondary" onClick={undo}>
            Undo not recorded
          </button>
        </>
      )}
    </div>
  );
}

/** Below the register: for a past session whose register will never come. */
export function MarkNotRecorded({ session, today, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const focusNext = useFocusOnChange(session);
  if (!canMarkNotRecorded(session, today)) return null;
  const mark = () =>
    void api.sessions.markNotRecorded({ sessionId: session.id }).then(
      (item) => {
        setError(null);
        focusNext.current = UNDO_ID;
        onChange(item);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <section className="card card--spaced" aria-labelledby="not-recorded-title">
      <h2 id="not-recorded-title">No register for this meeting?</h2>
      <ErrorNotice message={error} />
      <p>
        If no register was kept on {formatUkDate(session.date)} and none will be (for example, the group met before it came onto Peer Desk), mark it as not recorded. It leaves the
        registers to take, and reports leave it out. You can undo this, or take the register later.
      </p>
      <button type="button" id={MARK_ID} className="button button--secondary" onClick={mark}>
        Mark as not recorded
      </button>
    </section>
  );
}
