// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonRef, SessionDetail } from '../../../../../shared/api';
import { RegisterPage } from '../../../../../renderer/pages/sessions/RegisterPage';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const SIAN: PersonRef = { id: 'm-sian', name: 'Siân ap Gruffudd' };
const ZOE: PersonRef = { id: 'm-zoe', name: 'Zoë Ellis' };
const LUKASZ: PersonRef = { id: 'm-lukasz', name: 'Łukasz Wróbel' };
const CHIDINMA: PersonRef = { id: 'm-chidinma', name: 'Chidinma Okonkwo-Adeyemi' };
const GWENLLIAN: PersonRef = { id: 'v-gwenllian', name: 'Gwenllian ap Llŷr' };

const SESSION_ID = 'g-1--2026-03-03';

/** Today's meeting of a weekly group, register not yet taken, four on the roster in sign-in sheet order. */
const DETAIL: SessionDetail = {
  session: {
    id: SESSION_ID,
    groupId: 'g-1',
    date: '2026-03-03',
    startTime: '10:30',
    endTime: '12:00',
    oneOff: false,
    scheduled: true,
    stored: false,
    groupName: 'Peer Support Plus',
    groupKind: 'peer-group',
    venueName: 'Crookes Community Centre',
    expected: 4,
  },
  roster: [SIAN, ZOE, LUKASZ, CHIDINMA],
  walkIns: [],
  facilitators: [GWENLLIAN],
  facilitatorsPresent: [],
  dropIn: false,
};

function openRegister() {
  return renderAt(`/sessions/${SESSION_ID}/register`, { '/sessions/:id/register': <RegisterPage />, '/groups/:id': <h1>Group</h1> }, (name, input) => {
    if (name === 'sessions.get') return DETAIL;
    if (name === 'volunteers.list') return { total: 0, matched: 0, offset: 0, rows: [] };
    if (name === 'sessions.saveRegister') {
      const { marks } = input as { marks: Record<string, string> };
      return { ...DETAIL, session: { ...DETAIL.session, attendance: Object.values(marks).filter((m) => m === 'present').length } };
    }
    return undefined;
  });
}

const mark = (person: PersonRef, label: 'Present' | 'Apologies' | 'Absent') => screen.getByRole<HTMLInputElement>('radio', { name: `${person.name} ${label}` });
/** The running count under the register, as read out (role=status). */
const counts = () => screen.getAllByRole('status').find((s) => s.textContent.includes(' present, '))?.textContent;
/** Each person's name and what the row says they are marked as. */
const rowStates = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

describe('keying in a register', () => {
  it('marks each person with single keys, moves on by itself, corrects with the arrows, and Enter saves exactly those marks', async () => {
    const user = userEvent.setup();
    const { calls, location } = openRegister();
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });

    // Keying in can start at once: focus is on the first name on the sheet. It moves there in the
    // page's effect, which React may run just after the heading appears, so wait for it.
    await waitFor(() => expect(document.activeElement).toBe(mark(SIAN, 'Present')));
    expect(counts()).toBe('0 present, 0 apologies, 0 absent, 4 not marked yet');

    await user.keyboard('p');
    expect(mark(SIAN, 'Present').checked).toBe(true);
    expect(document.activeElement).toBe(mark(ZOE, 'Present'));
    await user.keyboard('x');
    expect(document.activeElement).toBe(mark(LUKASZ, 'Present'));
    await user.keyboard('A');
    expect(document.activeElement).toBe(mark(CHIDINMA, 'Present'));
    expect(counts()).toBe('1 present, 1 apologies, 1 absent, 1 not marked yet');
    expect(rowStates()).toEqual(['Siân ap GruffuddPresent', 'Zoë EllisAbsent', 'Łukasz WróbelApologies', 'Chidinma Okonkwo-AdeyemiNot marked']);

    // Zoë came in late: up two rows lands on her mark, and P corrects it.
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(mark(ZOE, 'Absent'));
    await user.keyboard('p');
    expect(mark(ZOE, 'Present').checked).toBe(true);
    expect(mark(ZOE, 'Absent').checked).toBe(false);
    expect(document.activeElement).toBe(mark(LUKASZ, 'Apologies'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(mark(CHIDINMA, 'Present'));
    expect(counts()).toBe('2 present, 1 apologies, 0 absent, 1 not marked yet');

    // Chidinma is left unmarked (saved as absent by the main process): Enter saves from the register.
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Group' });
    expect(callsTo(calls, 'sessions.saveRegister')).toEqual([
      { sessionId: SESSION_ID, marks: { [SIAN.id]: 'present', [ZOE.id]: 'present', [LUKASZ.id]: 'apologies' }, walkIns: [], anonymousCount: 0, facilitatorsPresent: [GWENLLIAN.id] },
    ]);
    expect(location.history.at(-1)).toBe('/groups/g-1');
    expect(screen.getByRole('status').textContent).toContain('Register saved for Peer Support Plus, Tuesday 3 March 2026: 2 came.');
  });

  it('takes the number keys too, ignores shortcuts with Ctrl, and stays on the last person', async () => {
    const user = userEvent.setup();
    const { calls } = openRegister();
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });

    await user.keyboard('{Control>}p{/Control}');
    expect(mark(SIAN, 'Present').checked).toBe(false);
    expect(document.activeElement).toBe(mark(SIAN, 'Present'));

    await user.keyboard('1231');
    expect(rowStates()).toEqual(['Siân ap GruffuddPresent', 'Zoë EllisApologies', 'Łukasz WróbelAbsent', 'Chidinma Okonkwo-AdeyemiPresent']);
    expect(document.activeElement).toBe(mark(CHIDINMA, 'Present'));
    // A key too many marks the last person again rather than going anywhere else.
    await user.keyboard('2');
    expect(document.activeElement).toBe(mark(CHIDINMA, 'Apologies'));
    expect(counts()).toBe('1 present, 2 apologies, 1 absent');

    await user.click(screen.getByRole('button', { name: 'Save register' }));
    await screen.findByRole('heading', { level: 1, name: 'Group' });
    expect(callsTo(calls, 'sessions.saveRegister')).toEqual([
      expect.objectContaining({ marks: { [SIAN.id]: 'present', [ZOE.id]: 'apologies', [LUKASZ.id]: 'absent', [CHIDINMA.id]: 'apologies' } }),
    ]);
  });
});

describe('adding walk-ins', () => {
  it('empties the search after adding someone, says who was added and is ready for the next name', async () => {
    const user = userEvent.setup();
    const VAL: PersonRef = { id: 'm-val', name: 'Val Clarke', phone: '07700 900123' };
    const { calls } = renderAt(`/sessions/${SESSION_ID}/register`, { '/sessions/:id/register': <RegisterPage />, '/groups/:id': <h1>Group</h1> }, (name, input) => {
      if (name === 'sessions.get') return DETAIL;
      if (name === 'volunteers.list') return { total: 0, matched: 0, offset: 0, rows: [] };
      if (name === 'sessions.findPeople') return (input as { query: string }).query.toLowerCase().startsWith('val') ? [VAL] : [];
      if (name === 'sessions.saveRegister') return DETAIL;
      return undefined;
    });
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });

    const search = screen.getByRole('searchbox', { name: 'Find a member' });
    await user.type(search, 'Val Cl');
    await user.click(await screen.findByRole('button', { name: 'Add Val Clarke' }));

    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Val Clarke added')).toBe(true);
    expect(screen.queryByText('No members found.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Val Clarke' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save register' }));
    expect((callsTo(calls, 'sessions.saveRegister')[0] as { walkIns: string[] }).walkIns).toEqual(['m-val']);
  });
});

describe('a session that will have no register', () => {
  function openWith(detail: SessionDetail) {
    return renderAt(`/sessions/${SESSION_ID}/register`, { '/sessions/:id/register': <RegisterPage /> }, (name) => {
      if (name === 'sessions.get') return detail;
      if (name === 'volunteers.list') return { total: 0, matched: 0, offset: 0, rows: [] };
      if (name === 'sessions.markNotRecorded') return { ...detail.session, stored: true, notRecorded: { why: 'marked', at: '2026-03-10T09:00:00.000Z' } };
      if (name === 'sessions.undoNotRecorded') return { ...detail.session, stored: false };
      return undefined;
    });
  }

  it('is marked as not recorded from below the register; Undo then leads the page, with focus, and puts it back', async () => {
    const user = userEvent.setup();
    const { calls } = openWith(DETAIL);
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });
    await user.click(screen.getByRole('button', { name: 'Mark as not recorded' }));
    expect(callsTo(calls, 'sessions.markNotRecorded')).toEqual([{ sessionId: SESSION_ID }]);

    const undo = await screen.findByRole('button', { name: 'Undo not recorded' });
    expect(document.activeElement).toBe(undo);
    expect(screen.getByText(/Marked as not recorded/).closest('.notice')?.textContent).toContain('not counted in reports');
    // The register can still be taken, and then it counts.
    expect(screen.getByRole('button', { name: 'Save register' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as not recorded' })).toBeNull();

    await user.click(undo);
    expect(callsTo(calls, 'sessions.undoNotRecorded')).toEqual([{ sessionId: SESSION_ID }]);
    const markAgain = await screen.findByRole('button', { name: 'Mark as not recorded' });
    expect(document.activeElement).toBe(markAgain);
    expect(screen.queryByText(/Marked as not recorded/)).toBeNull();
  });

  it('before the group’s registers start, says so, offers no mark or undo, and keeps the register open', async () => {
    openWith({ ...DETAIL, session: { ...DETAIL.session, notRecorded: { why: 'before-registers', registersFrom: '2026-04-01' } } });
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });
    expect(screen.getByText(/This meeting is before Wed 1 Apr 2026, when this group’s registers start on Peer Desk/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Undo not recorded|Mark as not recorded/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save register' })).toBeTruthy();
  });

  it('offers nothing for a session with its register taken', async () => {
    openWith({ ...DETAIL, session: { ...DETAIL.session, stored: true, register: { takenAt: '2026-03-03T13:00:00.000Z', marks: {}, walkIns: [], anonymousCount: 2, facilitatorsPresent: [] } } });
    await screen.findByRole('heading', { level: 1, name: 'Register: Peer Support Plus' });
    expect(screen.queryByRole('button', { name: 'Mark as not recorded' })).toBeNull();
  });
});
