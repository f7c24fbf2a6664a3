import { Suspense, useId, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { ProgrammeAttention, SessionListItem } from '../../../shared/api';
import { formatUkDate, formatUkDateFull, formatUkDateLong, formatUkDateTime } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { lazyPage } from '../../components/LazyPage';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { waitText } from '../referrals/referral-text';
import { describeCounts } from '../settings/backup-text';
import { canTakeRegister, sessionStatusText } from '../sessions/session-text';

// Shown only sometimes, so their code is fetched only when they show: Home's first screen is
// counted to the byte (tests/e2e/first-screen-size.spec.ts).
const SetUpChecklist = lazyPage(() => import('./SetUpChecklist').then((m) => m.SetUpChecklist));
const BreachesToReport = lazyPage(() => import('./BreachesToReport').then((m) => m.BreachesToReport));

/** A Home card: a heading, then its list, or a quiet line when there is nothing to do. */
function ListCard<T>({ title, empty, items, children }: { title: string; empty: string; items: readonly T[]; children: (item: T) => ReactNode }) {
  // A generated id rather than one per card: Home's first screen is counted to the byte.
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="lede">{empty}</p> : <ul>{items.map(children)}</ul>}
    </section>
  );
}

/** "Amira Haddad (Peer coaching): why", shared by two cards to keep Home's first screen small. */
const memberLine = (p: ProgrammeAttention) => (
  <li key={p.id}>
    <Link href={p.href}>{p.memberName}</Link> ({p.kindName}): {p.why}
  </li>
);

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
                    <button type="button" className={s.notRecorded && !s.register ? 'button button--secondary' : 'button'} onClick={() => navigate(`/sessions/${encodeURIComponent(s.id)}/register`)}>
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
        <>
          <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.sessions.printWeekSignInSheets({ weekStart: data.weekStart }), flash)}>
            Print this week&apos;s sign-in sheets
          </button>
          <BackUpNow />
        </>
      }
    >
      <ErrorNotice message={error} />
      {/* Its own boundary: while a card's code loads, the rest of Home stays on screen and keeps focus. */}
      <Suspense fallback={null}>
        {data.setUp ? <SetUpChecklist steps={data.setUp} /> : null}
        {data.breachesToReport.length > 0 ? <BreachesToReport breaches={data.breachesToReport} /> : null}
      </Suspense>
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
        {/* Only while one is waiting: a request must be answered within a calendar month. */}
        {data.subjectAccessDue[0] ? (
          <ListCard title="Subject access requests" empty="" items={data.subjectAccessDue}>
            {memberLine}
          </ListCard>
        ) : null}
        <ListCard title="Referrals over the target wait" empty="None: every open referral is within its target." items={data.referralsOverTarget}>
          {(r) => (
            <li key={r.id}>
              <Link href={`/referrals/${r.id}`}>{r.name}</Link>: {waitText(r)}
            </li>
          )}
        </ListCard>
        <ListCard title="One-to-one programmes" empty="No programme needs you now." items={data.programmesNeedingAction}>
          {memberLine}
        </ListCard>
        <ListCard title="Questionnaires due" empty="No one is due one." items={data.questionnairesDue}>
          {memberLine}
        </ListCard>
        <section className="card" aria-labelledby="compliance-title">
          <h2 id="compliance-title">Volunteer compliance</h2>
          <p>
            {data.complianceNeedsAction === 0
              ? 'No volunteer needs a DBS check, training or supervision in the next 30 days.'
              : `${data.complianceNeedsAction} ${data.complianceNeedsAction === 1 ? 'volunteer needs' : 'volunteers need'} a DBS check, training or supervision in the next 30 days.`}
          </p>
          <Link href="/compliance">Open Compliance</Link>
        </section>
        <ListCard title="Devices overdue" empty="No devices overdue." items={data.devicesOverdue}>
          {(l) => (
            <li key={l.loanId}>
              {/* The profile has no address for its Device loans tab, so the link opens the profile. */}
              <Link href={`/members/${l.memberId}`}>{l.memberName}</Link>: {l.item}, due back {formatUkDate(l.due)} — {l.daysOverdue} {l.daysOverdue === 1 ? 'day' : 'days'} overdue
            </li>
          )}
        </ListCard>
        <ListCard title="Places to offer" empty="No group has both a free place and a waiting list." items={data.placesToOffer}>
          {(g) => (
            <li key={g.id}>
              <Link href={`/groups/${g.id}`}>{g.name}</Link>: {g.freePlaces} free, {g.waitingCount} waiting
            </li>
          )}
        </ListCard>
      </div>
    </Page>
  );
}

/** "Back up now" from Home, as Settings → Data & backups offers it. */
function BackUpNow() {
  const { flash } = useFlash();
  const [busy, setBusy] = useState(false);
  async function backUp() {
    setBusy(true);
    try {
      const info = await api.backups.create();
      flash(`Backup made: ${formatUkDateTime(info.createdAt)} (${describeCounts(info.counts)})`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="button button--secondary" disabled={busy} onClick={() => void backUp()}>
      {busy ? 'Backing up…' : 'Back up now'}
    </button>
  );
}
