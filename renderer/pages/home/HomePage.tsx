import { useId, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { ProgrammeAttention, SessionListItem, SetUpSteps } from '../../../shared/api';
import { formatUkDate, formatUkDateFull, formatUkDateLong, formatUkDateTime } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { waitText } from '../referrals/referral-text';
import { describeCounts } from '../settings/backup-text';
import { settingsHref } from '../settings/settings-href';
import { canTakeRegister, sessionStatusText } from '../sessions/session-text';

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
      {data.setUp ? <SetUpChecklist steps={data.setUp} /> : null}
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

/** The first steps of a new Peer Desk, each a link to where it is done; gone once all are done. */
function SetUpChecklist({ steps }: { steps: SetUpSteps }) {
  const items: { done: boolean; text: string; href: string; action: string }[] = [
    { done: steps.yourName, text: 'Your name, for the audit log', href: settingsHref('organisation'), action: 'Add it in Settings' },
    { done: steps.organisation, text: 'Your organisation’s name, for the paper you print', href: settingsHref('organisation'), action: 'Add it in Settings' },
    { done: steps.venue, text: 'The first venue where a group meets', href: '/venues/new', action: 'Add a venue' },
    { done: steps.group, text: 'The first group', href: '/groups/new', action: 'Add a group' },
    { done: steps.people, text: 'Your volunteers or members', href: '/volunteers/import', action: 'Import them from a spreadsheet' },
  ];
  const left = items.filter((i) => !i.done).length;
  return (
    <section className="card setup-checklist" aria-labelledby="setup-title">
      <h2 id="setup-title">Getting started: {left === 1 ? '1 step' : `${left} steps`} to go</h2>
      <ul>
        {items.map((i) => (
          <li key={i.text} className={i.done ? 'setup-checklist__done' : undefined}>
            <span aria-hidden="true">{i.done ? '✓' : '○'}</span> {i.text}
            {i.done ? <span className="visually-hidden"> (done)</span> : <> — <Link href={i.href}>{i.action}</Link></>}
          </li>
        ))}
      </ul>
    </section>
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
