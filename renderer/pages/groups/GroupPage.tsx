import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { GroupDetail, PersonRef, RosterRow } from '../../../shared/api';
import { formatUkDate, formatUkDateLong, todayIso } from '../../../shared/dates';
import { GROUP_KIND_LABELS, hasRoster } from '../../../shared/domain/groups';
import { registerWanted, type GroupSession } from '../../../shared/domain/group-sessions';
import { accessSummary } from '../../../shared/domain/venues';
import { parseUkDate } from '../../../shared/dates';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { PersonPicker } from '../../components/PersonPicker';
import { Tabs, type TabItem } from '../../components/Tabs';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { printPdf } from '../../lib/print';
import { useLoad } from '../../lib/use-load';
import { canMarkNotRecorded, canTakeRegister, sessionStatusText } from '../sessions/session-text';

type TabId = 'members' | 'waiting' | 'sessions' | 'past';

type DialogState =
  | { kind: 'add-member' }
  | { kind: 'add-waiting' }
  | { kind: 'join'; person: PersonRef; full?: string }
  | { kind: 'leave'; row: RosterRow }
  | { kind: 'roster' }
  | { kind: 'cancel'; session: GroupSession }
  | { kind: 'one-off' }
  | null;

interface SessionActions {
  onCancel: (s: GroupSession) => void;
  onReinstate: (s: GroupSession) => void;
  onPrint: (s: GroupSession) => void;
  onMarkNotRecorded: (s: GroupSession) => void;
  onUndoNotRecorded: (s: GroupSession) => void;
}

/** Ids for the buttons that swap places when a session is marked not recorded or unmarked, so focus can follow. */
const markId = (s: GroupSession) => `mark-not-recorded-${s.id}`;
const undoId = (s: GroupSession) => `undo-not-recorded-${s.id}`;

function SessionsTable({ caption, sessions, today, onCancel, onReinstate, onPrint, onMarkNotRecorded, onUndoNotRecorded }: { caption: string; sessions: GroupSession[]; today: string } & SessionActions) {
  const [, navigate] = useLocation();
  if (sessions.length === 0) return <p className="lede">No sessions.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className="nowrap">
                {formatUkDateLong(s.date)}
                {s.oneOff ? <span className="tag">One-off</span> : null}
              </td>
              <td className="nowrap">
                {s.startTime}–{s.endTime}
              </td>
              <td>{sessionStatusText(s, today)}</td>
              <td>
                <div className="row-actions">
                  {canTakeRegister(s, today) ? (
                    // Only a register still wanted is a primary button: it is the one thing to do.
                    <button type="button" className={registerWanted(s) ? 'button' : 'button button--link'} onClick={() => navigate(`/sessions/${encodeURIComponent(s.id)}/register`)}>
                      {s.register ? 'Change register' : 'Take register'}
                      <span className="visually-hidden"> for {formatUkDate(s.date)}</span>
                    </button>
                  ) : null}
                  {/* Link-style: a table of eight to twenty rows reads as a list of dates, not a wall of buttons. */}
                  {!s.cancelled && !s.notRecorded ? (
                    <button type="button" className="button button--link" onClick={() => onPrint(s)}>
                      Print sign-in sheet<span className="visually-hidden"> for {formatUkDate(s.date)}</span>
                    </button>
                  ) : null}
                  {/* No confirmation: the row's Undo puts it back. */}
                  {canMarkNotRecorded(s, today) ? (
                    <button type="button" id={markId(s)} className="button button--link" onClick={() => onMarkNotRecorded(s)}>
                      Mark as not recorded<span className="visually-hidden"> for {formatUkDate(s.date)}</span>
                    </button>
                  ) : null}
                  {s.notRecorded?.why === 'marked' && !s.register ? (
                    <button type="button" id={undoId(s)} className="button button--link" onClick={() => onUndoNotRecorded(s)}>
                      Undo<span className="visually-hidden"> not recorded for {formatUkDate(s.date)}</span>
                    </button>
                  ) : null}
                  {s.cancelled ? (
                    <button type="button" className="button button--link" onClick={() => onReinstate(s)}>
                      Reinstate<span className="visually-hidden"> the session on {formatUkDate(s.date)}</span>
                    </button>
                  ) : !s.register && !s.notRecorded ? (
                    <button type="button" className="button button--link" onClick={() => onCancel(s)}>
                      Cancel session<span className="visually-hidden"> on {formatUkDate(s.date)}</span>
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

/** Enough registers missing to suggest the group was set up part way through, not a few forgotten. */
const MANY_OLDER = 3;

/** "Mon 30 Nov": the year is left out, as these dates are all within a few weeks of today. */
const shortDate = (iso: string): string => formatUkDateLong(iso).replace(/ \d{4}$/, '');

/**
 * The card the page leads with: the next meeting (when, where, how many on its roster) with
 * its sign-in sheet and, on the day, its register; and the newest past meeting whose register
 * is still to key in. Its buttons name the date in words ("for Mon 30 Nov 2026"), so they are
 * told apart from the same buttons in the sessions table, which name it as dd/mm/yyyy.
 */
function NextSessionCard({ detail, today, roster, onPrint, onShowSessions }: { detail: GroupDetail; today: string; roster: boolean; onPrint: (s: GroupSession) => void; onShowSessions: () => void }) {
  const [, navigate] = useLocation();
  const next = detail.nextSession;
  const due = detail.registerDue;
  const takeRegister = (s: GroupSession) => navigate(`/sessions/${encodeURIComponent(s.id)}/register`);
  const where = detail.venue ? detail.venue.name : detail.group.kind === 'online' || detail.group.onlineDetails ? 'Online' : 'No venue chosen yet';
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  return (
    <section className="card next-session" aria-labelledby="next-session-title">
      <h2 id="next-session-title">Next session</h2>
      {next ? (
        <div className="next-session__body">
          <dl className="details">
            <dt>When</dt>
            <dd>
              <strong>
                {next.session.date === today ? 'Today, ' : ''}
                {formatUkDateLong(next.session.date)}
              </strong>
              , {next.session.startTime}–{next.session.endTime}
            </dd>
            <dt>Where</dt>
            <dd>{where}</dd>
            {roster ? (
              <>
                <dt>On the roster</dt>
                <dd>{people(next.onRoster)}</dd>
              </>
            ) : null}
            {next.session.register ? (
              <>
                <dt>Register</dt>
                <dd>{sessionStatusText(next.session, today)}</dd>
              </>
            ) : null}
          </dl>
          <div className="button-row">
            {canTakeRegister(next.session, today) ? (
              <button type="button" className="button" onClick={() => takeRegister(next.session)}>
                {next.session.register ? 'Change register' : 'Take register'}
                <span className="visually-hidden"> for {formatUkDateLong(next.session.date)}</span>
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={() => onPrint(next.session)}>
              Print sign-in sheet<span className="visually-hidden"> for {formatUkDateLong(next.session.date)}</span>
            </button>
          </div>
        </div>
      ) : (
        <p>{detail.group.schedule.frequency === 'once' ? 'The event has been held; there are no more sessions.' : 'No sessions in the next 8 weeks.'}</p>
      )}
      {due ? (
        <div className="notice notice--warning next-session__due">
          <p>
            <strong>Register due for {shortDate(due.session.date)}</strong>
            {roster ? ` (${people(due.onRoster)} on the roster)` : ''}
            {due.older > 0 ? `. ${due.older} older ${due.older === 1 ? 'session has' : 'sessions have'} no register either.` : ''}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => takeRegister(due.session)}>
              Take register<span className="visually-hidden"> for {formatUkDateLong(due.session.date)}</span>
            </button>
            {due.older > 0 ? (
              <button type="button" className="button button--link" onClick={onShowSessions}>
                See all sessions
              </button>
            ) : null}
          </div>
          {due.older >= MANY_OLDER && detail.group.registersFrom === undefined ? (
            <p className="next-session__hint">
              Did the group meet before it came onto Peer Desk? <Link href={`/groups/${detail.group.id}/edit`}>Set the date its registers start from</Link>, and earlier meetings are not asked for.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function GroupPage() {
  const { id } = useParams<{ id: string }>();
  const [, navigate] = useLocation();
  const { flash } = useFlash();
  const { data, error, reload, setData } = useLoad(() => api.groups.get({ id }), [id]);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [date, setDate] = useState(formatUkDate(todayIso()));
  const [text, setText] = useState('');
  const [times, setTimes] = useState({ start: '', end: '' });
  const [withEmergency, setWithEmergency] = useState(false);
  // Members first: who is in the group is what people come to the page for most.
  const [tab, setTab] = useState<TabId>('members');
  const today = todayIso();

  function open(next: DialogState) {
    setDialogError(null);
    setDate(formatUkDate(todayIso()));
    setText('');
    setDialog(next);
  }

  const focusAfterLoad = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfterLoad.current;
    if (!target) return;
    focusAfterLoad.current = null;
    document.getElementById(target)?.focus();
  }, [data]);

  const refocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending) return;
    refocus.current = null;
    const other = pending.direction === 'up' ? 'down' : 'up';
    const target = [`move-${pending.direction}-${pending.id}`, `move-${other}-${pending.id}`]
      .map((key) => document.getElementById(key))
      .find((b): b is HTMLButtonElement => b instanceof HTMLButtonElement && !b.disabled);
    target?.focus();
  }, [data]);

  async function act(run: () => Promise<GroupDetail | { detail: GroupDetail; warnings: string[] }>, success: string) {
    setDialogError(null);
    try {
      const result = await run();
      const detail = 'detail' in result ? result.detail : result;
      setData(detail);
      setDialog(null);
      const warnings = 'warnings' in result && result.warnings.length > 0 ? ` Note: ${result.warnings.join(' ')}` : '';
      flash(`${success}${warnings}`, warnings ? 'info' : 'success');
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT' && dialog?.kind === 'join') setDialog({ ...dialog, full: e.message });
      else setDialogError(e instanceof ApiCallError && Object.keys(e.fields).length > 0 ? Object.values(e.fields).join(' ') : errorMessage(e));
    }
  }

  /**
   * Moves someone on the waiting list and keeps focus on them: on the same button, or on the
   * other one when they reach the top or bottom and the pressed button becomes disabled
   * (a disabled button drops focus to the page).
   */
  async function move(person: { id: string; name: string }, direction: 'up' | 'down') {
    refocus.current = { id: person.id, direction };
    await act(() => api.groups.moveOnWaitingList({ groupId: id, memberId: person.id, direction }), `${person.name} moved ${direction}`);
  }

  const isoDate = (): string | null => {
    const iso = parseUkDate(date);
    if (!iso) setDialogError('Enter the date as dd/mm/yyyy, like 23/11/2026');
    return iso;
  };

  if (error && !data) {
    return (
      <Page title="Group not found">
        <ErrorNotice message={error} />
        <Link href="/groups">Back to groups</Link>
      </Page>
    );
  }
  if (!data) return <p role="status">Loading…</p>;

  const { group, venue } = data;
  const roster = hasRoster(group.kind);
  const printSheet = (s: GroupSession) => void printPdf(() => api.sessions.printSignInSheet({ sessionId: s.id }), flash);
  // The row's other button takes focus when the page comes back: the one just pressed is gone.
  const notRecordedAction = (s: GroupSession, run: () => Promise<unknown>, done: string, focusOn: string) =>
    void run().then(
      () => {
        focusAfterLoad.current = focusOn;
        flash(done);
        void reload();
      },
      (e: unknown) => flash(errorMessage(e), 'error'),
    );
  const sessionActions: SessionActions = {
    onMarkNotRecorded: (s) =>
      notRecordedAction(s, () => api.sessions.markNotRecorded({ sessionId: s.id }), `The session on ${formatUkDate(s.date)} is marked as not recorded: it is not counted in reports.`, undoId(s)),
    onUndoNotRecorded: (s) =>
      notRecordedAction(s, () => api.sessions.undoNotRecorded({ sessionId: s.id }), `The session on ${formatUkDate(s.date)} is waiting for its register again.`, markId(s)),
    onCancel: (s: GroupSession) => open({ kind: 'cancel', session: s }),
    onReinstate: (s: GroupSession) =>
      void api.sessions.reinstate({ sessionId: s.id }).then(
        () => {
          flash(`The session on ${formatUkDate(s.date)} is back on`);
          void reload();
        },
        (e: unknown) => flash(errorMessage(e), 'error'),
      ),
    onPrint: printSheet,
  };

  const sessionsContent = (
    <>
      <div className="section-head">
        <h2>Next 8 weeks</h2>
        <button type="button" className="button button--secondary" onClick={() => { setTimes({ start: group.schedule.startTime, end: group.schedule.endTime }); open({ kind: 'one-off' }); }}>
          Add a one-off session
        </button>
      </div>
      <SessionsTable caption="Sessions in the next 8 weeks" sessions={data.upcoming} today={today} {...sessionActions} />
      {data.notMeeting.length > 0 ? (
        <ul className="not-meeting" aria-label="Dates with no meeting">
          {data.notMeeting.map((n) => (
            <li key={n.date}>
              No meeting {formatUkDateLong(n.date)}: {n.why}
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Last 12 weeks</h2>
      {group.registersFrom ? (
        <p className="lede">
          Registers start from {formatUkDateLong(group.registersFrom)}: earlier meetings are not recorded and not counted in reports.
        </p>
      ) : null}
      <SessionsTable caption="Sessions in the last 12 weeks, newest first" sessions={data.recent} today={today} {...sessionActions} />
    </>
  );
  const tabs: TabItem<TabId>[] = [
    {
      id: 'members',
      label: `Members (${data.roster.length})`,
      content: (
        <>
          <div className="section-head">
            <h2>Members</h2>
            <button type="button" className="button button--secondary" onClick={() => open({ kind: 'add-member' })}>
              Add member
            </button>
          </div>
          {data.roster.length === 0 ? (
            <p className="lede">Nobody in the group yet.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Members of {group.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Phone</th>
                    <th scope="col">Joined</th>
                    <th scope="col">Notes</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.roster.map((r) => (
                    <tr key={`${r.id}-${r.joined}`}>
                      <td>
                        <Link href={`/members/${r.id}`}>{r.name}</Link>
                      </td>
                      <td className="nowrap">{r.phone}</td>
                      <td className="nowrap">{formatUkDate(r.joined)}</td>
                      <td>
                        {r.returning ? 'Came back to the group' : ''}
                        {r.ageWarning ? <span className="warning-text">{r.ageWarning}</span> : null}
                      </td>
                      <td>
                        <button type="button" className="button button--link" onClick={() => open({ kind: 'leave', row: r })}>
                          Leave group<span className="visually-hidden"> ({r.name})</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

        </>
      ),
    },
    {
      id: 'waiting',
      label: `Waiting list (${data.waitingList.length})`,
      content: (
        <>
          <div className="section-head">
            <h2>Waiting list</h2>
            <button type="button" className="button button--secondary" onClick={() => open({ kind: 'add-waiting' })}>
              Add to waiting list
            </button>
          </div>
          {data.waitingList.length === 0 ? (
            <p className="lede">Nobody is waiting.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Waiting list, first in line at the top</caption>
                <thead>
                  <tr>
                    <th scope="col">Place in line</th>
                    <th scope="col">Name</th>
                    <th scope="col">Waiting since</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.waitingList.map((w, i) => (
                    <tr key={w.id}>
                      <td>{w.position}</td>
                      <td>
                        <Link href={`/members/${w.id}`}>{w.name}</Link>
                        {w.note ? <div className="lede">{w.note}</div> : null}
                      </td>
                      <td className="nowrap">{formatUkDate(w.added)}</td>
                      <td>
                        <div className="row-actions">
                          <button type="button" id={`move-up-${w.id}`} className="button button--secondary" disabled={i === 0} onClick={() => void move(w, 'up')}>
                            Move up<span className="visually-hidden"> ({w.name})</span>
                          </button>
                          <button type="button" id={`move-down-${w.id}`} className="button button--secondary" disabled={i === data.waitingList.length - 1} onClick={() => void move(w, 'down')}>
                            Move down<span className="visually-hidden"> ({w.name})</span>
                          </button>
                          <button type="button" className="button button--link" onClick={() => void act(() => api.groups.removeFromWaitingList({ groupId: id, memberId: w.id }), `${w.name} is off the waiting list`)}>
                            Remove<span className="visually-hidden"> {w.name} from the waiting list</span>
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ),
    },
    { id: 'sessions', label: 'Sessions', content: sessionsContent },
    {
      id: 'past',
      label: `Past members (${data.pastMembers.length})`,
      content: (
        <>
          <h2>Past members</h2>
          {data.pastMembers.length === 0 ? (
            <p className="lede">Nobody has left the group.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">People who have left the group</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Joined</th>
                    <th scope="col">Left</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {data.pastMembers.map((r) => (
                    <tr key={`${r.id}-${r.joined}`}>
                      <td>
                        <Link href={`/members/${r.id}`}>{r.name}</Link>
                      </td>
                      <td className="nowrap">{formatUkDate(r.joined)}</td>
                      <td className="nowrap">{formatUkDate(r.left)}</td>
                      <td>{r.leftReason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ),
    },
  ];

  return (
    <Page
      title={group.name}
      lede={`${GROUP_KIND_LABELS[group.kind]} · ${data.scheduleInWords}${group.archived ? ' · Archived' : ''}`}
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate(`/groups/${group.id}/edit`)}>
            Edit group
          </button>
          {roster ? (
            <button type="button" className="button button--secondary" onClick={() => open({ kind: 'roster' })}>
              Print roster
            </button>
          ) : null}
        </>
      }
    >
      <p>
        <Link href="/groups">Back to groups</Link>
      </p>
      <ErrorNotice message={error} />
      <NextSessionCard detail={data} today={today} roster={roster} onPrint={printSheet} onShowSessions={() => setTab('sessions')} />
      {data.offerPlaceTo ? (
        <div className="notice notice--warning">
          <p>
            A place is free. <strong>{data.offerPlaceTo.name}</strong> is first on the waiting list.
          </p>
          <button type="button" className="button" onClick={() => open({ kind: 'join', person: data.offerPlaceTo! })}>
            Offer the place to {data.offerPlaceTo.name}
          </button>
        </div>
      ) : null}

      <div className="cards cards--spaced">
        <section className="card" aria-labelledby="where-title">
          <h2 id="where-title">Where</h2>
          {venue ? (
            <dl className="details">
              <dt>Venue</dt>
              <dd>
                <Link href={`/venues/${venue.id}`}>{venue.name}</Link>
                {'\n'}
                {[venue.address.line1, venue.address.town, venue.address.postcode].filter(Boolean).join(', ')}
              </dd>
              <dt>Access</dt>
              <dd>{accessSummary(venue)}</dd>
              {venue.transportNotes ? (
                <>
                  <dt>Getting there</dt>
                  <dd>{venue.transportNotes}</dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p>{group.onlineDetails ?? 'No venue chosen yet.'}</p>
          )}
        </section>
        <section className="card" aria-labelledby="who-title">
          <h2 id="who-title">Who</h2>
          <dl className="details">
            <dt>Facilitators</dt>
            <dd>{data.facilitators.length > 0 ? data.facilitators.map((f) => f.name).join(', ') : 'None chosen'}</dd>
            {roster ? (
              <>
                <dt>Members</dt>
                <dd>
                  {data.roster.length}
                  {group.capacity !== undefined ? ` of ${group.capacity} places` : ''}
                  {data.freePlaces !== undefined ? (data.freePlaces > 0 ? ` (${data.freePlaces} free)` : ' (full)') : ''}
                </dd>
              </>
            ) : null}
            {group.eligibility.note || group.eligibility.minAge !== undefined || group.eligibility.maxAge !== undefined ? (
              <>
                <dt>For</dt>
                <dd>
                  {[group.eligibility.note, group.eligibility.minAge !== undefined || group.eligibility.maxAge !== undefined ? `Ages ${group.eligibility.minAge ?? 0}–${group.eligibility.maxAge ?? 'any'}` : '']
                    .filter(Boolean)
                    .join('. ')}
                </dd>
              </>
            ) : null}
            <dt>Sessions held</dt>
            <dd>{data.sessionsHeld}</dd>
          </dl>
        </section>
      </div>

      {roster ? (
        <Tabs label={`${group.name}: members and sessions`} selected={tab} onSelect={setTab} tabs={tabs} />
      ) : (
        <>
          <div className="notice">
            <p>This is a drop-in: there is no roster. Take the register as people arrive, with walk-ins and a head count.</p>
          </div>
          {sessionsContent}
        </>
      )}

      {dialog?.kind === 'add-member' || dialog?.kind === 'add-waiting' ? (
        <Dialog title={dialog.kind === 'add-member' ? `Add a member to ${group.name}` : `Add to the waiting list for ${group.name}`} onClose={() => setDialog(null)}>
          <ErrorNotice message={dialogError} />
          <PersonPicker
            label="Find a member"
            exclude={[...data.roster.map((r) => r.id), ...(dialog.kind === 'add-waiting' ? data.waitingList.map((w) => w.id) : [])]}
            onChoose={(p) =>
              dialog.kind === 'add-member'
                ? open({ kind: 'join', person: p })
                : void act(() => api.groups.addToWaitingList({ groupId: id, memberId: p.id }), `${p.name} is on the waiting list`)
            }
          />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Cancel
            </button>
          </div>
        </Dialog>
      ) : null}

      {dialog?.kind === 'join' ? (
        <Dialog title={`Add ${dialog.person.name} to ${group.name}`} onClose={() => setDialog(null)}>
          <ErrorNotice message={dialogError} />
          <JoinDateQuestion recent={data.recent} today={today} date={date} setDate={setDate} />
          {dialog.full ? (
            <div className="notice notice--warning">
              <p>{dialog.full}</p>
            </div>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Cancel
            </button>
            {dialog.full ? (
              <>
                <button type="button" className="button button--secondary" onClick={() => void act(() => api.groups.addToWaitingList({ groupId: id, memberId: dialog.person.id }), `${dialog.person.name} is on the waiting list`)}>
                  Add to waiting list
                </button>
                <button type="button" className="button" onClick={() => { const iso = isoDate(); if (iso) void act(() => api.groups.addMember({ groupId: id, memberId: dialog.person.id, joined: iso, overCapacity: true }), `${dialog.person.name} joined ${group.name}`); }}>
                  Add anyway
                </button>
              </>
            ) : (
              <button type="button" className="button" onClick={() => { const iso = isoDate(); if (iso) void act(() => api.groups.addMember({ groupId: id, memberId: dialog.person.id, joined: iso }), `${dialog.person.name} joined ${group.name}`); }}>
                Add to group
              </button>
            )}
          </div>
        </Dialog>
      ) : null}

      {dialog?.kind === 'leave' ? (
        <Dialog title={`${dialog.row.name} leaves ${group.name}`} onClose={() => setDialog(null)}>
          <ErrorNotice message={dialogError} />
          <p>Their time in the group is kept. They can come back later.</p>
          <TextField label="Date they left" hint="dd/mm/yyyy" className="input--short" value={date} onChange={(e) => setDate(e.target.value)} />
          <TextField label="Reason (optional)" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Cancel
            </button>
            <button type="button" className="button" onClick={() => { const iso = isoDate(); if (iso) void act(() => api.groups.removeMember({ groupId: id, memberId: dialog.row.id, date: iso, ...(text ? { reason: text } : {}) }), `${dialog.row.name} has left ${group.name}`); }}>
              Record leaving
            </button>
          </div>
        </Dialog>
      ) : null}

      {dialog?.kind === 'roster' ? (
        <Dialog title={`Print the roster for ${group.name}`} onClose={() => setDialog(null)}>
          <Choice type="checkbox" label="Include emergency contacts" checked={withEmergency} onChange={(e) => setWithEmergency(e.target.checked)} />
          <p className="lede">The roster holds personal details. Keep it safe and shred it after use.</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Cancel
            </button>
            <button type="button" className="button" onClick={() => { setDialog(null); void printPdf(() => api.groups.printRoster({ groupId: id, includeEmergencyContacts: withEmergency }), flash); }}>
              Print roster
            </button>
          </div>
        </Dialog>
      ) : null}

      {dialog?.kind === 'cancel' ? (
        <Dialog title={`Cancel the session on ${formatUkDateLong(dialog.session.date)}?`} onClose={() => setDialog(null)}>
          <ErrorNotice message={dialogError} />
          <p>A cancelled session has no register and is not counted in reports.</p>
          <TextField label="Reason it is cancelled" hint="For example: venue closed, facilitator ill" value={text} onChange={(e) => setText(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Keep the session
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() =>
                void api.sessions.cancel({ sessionId: dialog.session.id, reason: text }).then(
                  () => {
                    setDialog(null);
                    flash(`The session on ${formatUkDate(dialog.session.date)} is cancelled`);
                    void reload();
                  },
                  (e: unknown) => setDialogError(e instanceof ApiCallError && e.fields.reason ? e.fields.reason : errorMessage(e)),
                )
              }
            >
              Cancel session
            </button>
          </div>
        </Dialog>
      ) : null}

      {dialog?.kind === 'one-off' ? (
        <Dialog title={`Add a one-off session of ${group.name}`} onClose={() => setDialog(null)}>
          <ErrorNotice message={dialogError} />
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" value={date} onChange={(e) => setDate(e.target.value)} />
          <div className="form-grid">
            <TextField label="Start time" className="input--short" value={times.start} onChange={(e) => setTimes({ ...times, start: e.target.value })} />
            <TextField label="End time" className="input--short" value={times.end} onChange={(e) => setTimes({ ...times, end: e.target.value })} />
          </div>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDialog(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                const iso = isoDate();
                if (!iso) return;
                void api.sessions.addOneOff({ groupId: id, date: iso, startTime: times.start.trim(), endTime: times.end.trim() }).then(
                  () => {
                    setDialog(null);
                    flash(`Added a one-off session on ${formatUkDate(iso)}`);
                    void reload();
                  },
                  (e: unknown) => setDialogError(e instanceof ApiCallError && Object.keys(e.fields).length > 0 ? Object.values(e.fields).join(' ') : errorMessage(e)),
                );
              }}
            >
              Add session
            </button>
          </div>
        </Dialog>
      ) : null}
    </Page>
  );
}

/**
 * The date someone joins from. Today is usual; but a group set up with past sessions whose
 * registers are still to key in asks, because joining today would leave them off those
 * registers: they can join from the first of those sessions instead, or any date.
 */
function JoinDateQuestion({ recent, today, date, setDate }: { recent: readonly GroupSession[]; today: string; date: string; setDate: (d: string) => void }) {
  const unregistered = recent.filter((s) => registerWanted(s) && s.date < today);
  const first = unregistered.at(-1);
  const [choice, setChoice] = useState<'today' | 'first' | 'other'>('today');
  const field = <TextField label="Date they join" hint="dd/mm/yyyy" className="input--short" value={date} onChange={(e) => setDate(e.target.value)} />;
  if (!first) return field;
  const pick = (next: typeof choice, value: string) => {
    setChoice(next);
    setDate(value);
  };
  return (
    <>
      <ChoiceGroup
        legend="Which date did they join from?"
        hint={`${unregistered.length} past ${unregistered.length === 1 ? 'session has' : 'sessions have'} no register yet. Someone who joined before them can be marked on them.`}
      >
        <Choice type="radio" name="joined-from" label={`Today, ${formatUkDateLong(today)}`} checked={choice === 'today'} onChange={() => pick('today', formatUkDate(today))} />
        <Choice type="radio" name="joined-from" label={`The first session without a register, ${formatUkDateLong(first.date)}`} checked={choice === 'first'} onChange={() => pick('first', formatUkDate(first.date))} />
        <Choice type="radio" name="joined-from" label="Another date" checked={choice === 'other'} onChange={() => pick('other', '')} />
      </ChoiceGroup>
      {choice === 'other' ? field : null}
    </>
  );
}
