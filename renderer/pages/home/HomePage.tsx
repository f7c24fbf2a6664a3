import { Link, useLocation } from 'wouter';
import type { SessionListItem } from '../../../shared/api';
import { formatUkDate, formatUkDateFull, formatUkDateLong } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { waitText } from '../referrals/referral-text';
import { canTakeRegister, sessionStatusText } from '../sessions/session-text';

function SessionRows({ caption, sessions, today, showDate, canPrint = true }: { caption: string; sessions: SessionListItem[]; today: string; showDate: boolean; canPrint?: boolean }) {
  const [, navigate] = useLocation();
  const { flash } = useFlash();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {showDate ? <th scope="col">Date</th> : null}
            <th scope="col">Time</th>
            <th scope="col">Group</th>
            <th scope="col">Where</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              {showDate ? <td className="nowrap">{formatUkDateLong(s.date)}</td> : null}
              <td className="nowrap">
                {s.startTime}–{s.endTime}
              </td>
              <td>
                <Link href={`/groups/${s.groupId}`}>{s.groupName}</Link>
                {s.expected > 0 ? <div className="lede">{s.expected} on the roster</div> : null}
              </td>
              <td>{s.venueName ?? ''}</td>
              <td>{sessionStatusText(s, today)}</td>
              <td>
                <div className="row-actions">
                  {canTakeRegister(s, today) ? (
                    <button type="button" className="button" onClick={() => navigate(`/sessions/${encodeURIComponent(s.id)}/register`)}>
                      {s.register ? 'Change register' : 'Take register'}
                      <span className="visually-hidden">
                        {' '}
                        for {s.groupName}, {formatUkDate(s.date)}
                      </span>
                    </button>
                  ) : null}
                  {canPrint && !s.cancelled ? (
                    <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.sessions.printSignInSheet({ sessionId: s.id }), flash)}>
                      Print sign-in sheet
                      <span className="visually-hidden">
                        {' '}
                        for {s.groupName}, {formatUkDate(s.date)}
                      </span>
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HomePage() {
  const { flash } = useFlash();
  const { data, error } = useLoad(() => api.home.thisWeek(), []);
  if (!data) {
    return (
      <Page title="This week">
        <ErrorNotice message={error} />
        {!error ? <p role="status">Loading…</p> : null}
      </Page>
    );
  }
  return (
    <Page
      title="This week"
      lede={`Today is ${formatUkDateFull(data.today)}.`}
      actions={
        <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.sessions.printWeekSignInSheets({ weekStart: data.weekStart }), flash)}>
          Print this week&apos;s sign-in sheets
        </button>
      }
    >
      <ErrorNotice message={error} />
      <h2>Today</h2>
      {data.sessionsToday.length === 0 ? <p className="lede">No sessions today.</p> : <SessionRows caption="Today's sessions" sessions={data.sessionsToday} today={data.today} showDate={false} />}

      <h2>Rest of this week</h2>
      {data.sessionsThisWeek.length === 0 ? (
        <p className="lede">No other sessions this week.</p>
      ) : (
        <SessionRows caption="This week's other sessions" sessions={data.sessionsThisWeek} today={data.today} showDate />
      )}

      <h2>Registers to take</h2>
      {data.registersDue.length === 0 ? (
        <p className="lede">Every register from the last 8 weeks is in.</p>
      ) : (
        <SessionRows caption="Past sessions with no register yet" sessions={data.registersDue} today={data.today} showDate canPrint={false} />
      )}

      <div className="cards cards--spaced">
        <section className="card" aria-labelledby="over-target-title">
          <h2 id="over-target-title">Referrals over the target wait</h2>
          {data.referralsOverTarget.length === 0 ? (
            <p className="lede">None: every open referral is within its target.</p>
          ) : (
            <ul>
              {data.referralsOverTarget.map((r) => (
                <li key={r.id}>
                  <Link href={`/referrals/${r.id}`}>{r.name}</Link>: {waitText(r)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="compliance-title">
          <h2 id="compliance-title">Volunteer compliance</h2>
          <p>
            {data.complianceNeedsAction === 0
              ? 'No volunteer needs a DBS check, training or supervision in the next 30 days.'
              : `${data.complianceNeedsAction} ${data.complianceNeedsAction === 1 ? 'volunteer needs' : 'volunteers need'} a DBS check, training or supervision in the next 30 days.`}
          </p>
          <Link href="/compliance">Open Compliance</Link>
        </section>
        <section className="card" aria-labelledby="places-title">
          <h2 id="places-title">Places to offer</h2>
          {data.placesToOffer.length === 0 ? (
            <p className="lede">No group has both a free place and a waiting list.</p>
          ) : (
            <ul>
              {data.placesToOffer.map((g) => (
                <li key={g.id}>
                  <Link href={`/groups/${g.id}`}>{g.name}</Link>: {g.freePlaces} free, {g.waitingCount} waiting
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Page>
  );
}
