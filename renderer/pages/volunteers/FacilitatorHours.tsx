import { Link } from 'wouter';
import { formatUkDate } from '../../../shared/dates';
import { formatDuration } from '../../../shared/duration';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';

/** "12 hours 30 minutes" */
export function hoursText(minutes: number): string {
  // The Hours tab's one wording for time (shared/duration.ts), which this card sits in.
  return formatDuration(minutes);
}

/** Hours counted from the registers of sessions they facilitated (session length plus preparation time). */
export function FacilitatorHours({ volunteerId }: { volunteerId: string }) {
  const { data } = useLoad(() => api.sessions.facilitatorHours({ volunteerId }), [volunteerId]);
  return (
    <section className="card" aria-labelledby="hours-title">
      <h2 id="hours-title">Facilitator hours</h2>
      {!data ? (
        <p role="status">Loading…</p>
      ) : data.sessions.length === 0 ? (
        <p className="lede">No facilitated sessions recorded yet. Hours appear here when they are ticked as a facilitator on a register.</p>
      ) : (
        <>
          <p>
            <strong>{hoursText(data.totalMinutes)}</strong> from {data.sessions.length} {data.sessions.length === 1 ? 'session' : 'sessions'} ({hoursText(data.sessionMinutes)} in sessions and{' '}
            {hoursText(data.prepMinutes)} preparation).
          </p>
          <ul className="timeline">
            {data.sessions.slice(0, 10).map((s) => (
              <li key={s.sessionId}>
                <Link href={`/groups/${s.sessionId.split('--')[0] ?? ''}`}>{s.groupName}</Link> <span className="when">{formatUkDate(s.date)}</span> — {hoursText(s.minutes)}
              </li>
            ))}
          </ul>
          {data.sessions.length > 10 ? <p className="lede">And {data.sessions.length - 10} earlier sessions.</p> : null}
        </>
      )}
    </section>
  );
}
