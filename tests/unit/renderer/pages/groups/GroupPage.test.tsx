// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupDetail } from '../../../../../shared/api';
import { addDaysIso, formatUkDate, formatUkDateLong, todayIso } from '../../../../../shared/dates';
import type { GroupSession } from '../../../../../shared/domain/group-sessions';
import { GroupPage } from '../../../../../renderer/pages/groups/GroupPage';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const today = todayIso();
const session = (date: string): GroupSession => ({ id: `g-1--${date}`, groupId: 'g-1', date, startTime: '10:30', endTime: '12:00', oneOff: false, scheduled: true, stored: false });

/** A weekly group meeting today, with last week's register and the one before still to take. */
function detail(overrides: Partial<GroupDetail> = {}): GroupDetail {
  const lastWeek = addDaysIso(today, -7);
  return {
    group: {
      id: 'g-1',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      name: 'Grŵp Cymorth Cymheiriaid',
      kind: 'peer-group',
      schedule: { frequency: 'weekly', weekday: 'tue', startTime: '10:30', endTime: '12:00', startDate: '2026-01-06', skipDates: [], skipBankHolidays: false },
      facilitatorIds: [],
      eligibility: {},
      roster: [],
      waitingList: [],
      archived: false,
    },
    scheduleInWords: 'Every Tuesday, 10:30–12:00',
    facilitators: [],
    roster: [{ id: 'm-1', name: 'Becky Barker', phone: '07700 900001', joined: '2026-01-06', returning: false }],
    pastMembers: [],
    waitingList: [{ id: 'm-2', name: 'Siân Jones', added: '2026-02-01', position: 1 }],
    upcoming: [session(today)],
    notMeeting: [],
    recent: [session(lastWeek), session(addDaysIso(today, -14))],
    sessionsHeld: 0,
    nextSession: { session: session(today), onRoster: 1 },
    registerDue: { session: session(lastWeek), onRoster: 1, older: 1 },
    ...overrides,
  };
}

function renderGroup(d: GroupDetail) {
  return renderAt('/groups/g-1', { '/groups/:id': <GroupPage />, '/sessions/:id/register': <h1>Register</h1> }, (call) => (call === 'groups.get' ? d : undefined));
}

describe('the group page', () => {
  it('leads with the next session and the register that is due, each with Take register', async () => {
    const user = userEvent.setup();
    const lastWeek = addDaysIso(today, -7);
    const { location } = renderGroup(detail());
    const card = await screen.findByRole('region', { name: 'Next session' });
    expect(card.textContent).toContain(`Today, ${formatUkDateLong(today)}, 10:30–12:00`);
    expect(card.textContent).toContain('1 person');
    expect(card.textContent).toContain(`Register due for ${formatUkDateLong(lastWeek).replace(/ \d{4}$/, '')}`);
    expect(card.textContent).toContain('1 older session has no register either.');
    expect(within(card).getByRole('button', { name: `Print sign-in sheet for ${formatUkDateLong(today)}` })).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: `Take register for ${formatUkDateLong(lastWeek)}` }));
    expect(location.history.at(-1)).toBe(`/sessions/${encodeURIComponent(`g-1--${lastWeek}`)}/register`);
  });

  it('offers no Take register for a session still to come, and says when there is none', async () => {
    const tomorrow = addDaysIso(today, 1);
    renderGroup(detail({ upcoming: [session(tomorrow)], nextSession: { session: session(tomorrow), onRoster: 3 }, recent: [], registerDue: undefined }));
    const card = await screen.findByRole('region', { name: 'Next session' });
    expect(within(card).queryByRole('button', { name: /Take register/ })).toBeNull();
    expect(card.textContent).toContain('3 people');
    expect(card.textContent).not.toContain('Register due');
    cleanup();

    const { group } = detail();
    renderGroup(detail({ group: { ...group, schedule: { ...group.schedule, frequency: 'once' } }, upcoming: [], nextSession: undefined, registerDue: undefined }));
    expect((await screen.findByRole('region', { name: 'Next session' })).textContent).toContain('The event has been held');
  });

  it('shows Members first; the arrow keys move between the tabs; the sessions are on their own tab', async () => {
    const user = userEvent.setup();
    const { location } = renderGroup(detail());
    const members = await screen.findByRole('tab', { name: 'Members (1)' });
    expect(members.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: 'Leave group (Becky Barker)' })).toBeTruthy();
    // Hidden panels are out of the accessibility tree.
    expect(screen.queryByRole('button', { name: 'Move down (Siân Jones)' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Next 8 weeks' })).toBeNull();

    // The page's own effect moves focus to its heading once the title is in; on a busy machine
    // it can run after this point, so wait for it before moving focus ourselves.
    await vi.waitFor(() => expect(document.title).toBe(`${screen.getByRole('heading', { level: 1 }).textContent} – Peer Desk`));
    members.focus();
    await user.keyboard('{ArrowRight}');
    const waiting = screen.getByRole('tab', { name: 'Waiting list (1)' });
    expect(document.activeElement).toBe(waiting);
    expect(waiting.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('button', { name: 'Remove Siân Jones from the waiting list' })).toBeTruthy();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Sessions' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Next 8 weeks' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Last 12 weeks' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Take register for ${formatUkDate(addDaysIso(today, -14))}` }));
    expect(location.history.at(-1)).toBe(`/sessions/${encodeURIComponent(`g-1--${addDaysIso(today, -14)}`)}/register`);
  });

  it('marks a past session as not recorded without asking, then offers Undo in its place, with focus on it', async () => {
    const user = userEvent.setup();
    const lastWeek = addDaysIso(today, -7);
    const twoWeeks = addDaysIso(today, -14);
    let current = detail();
    const marked: GroupSession = { ...session(twoWeeks), stored: true, notRecorded: { why: 'marked', at: `${today}T10:00:00.000Z` } };
    const { calls } = renderAt('/groups/g-1', { '/groups/:id': <GroupPage /> }, (call) => {
      if (call === 'groups.get') return current;
      if (call === 'sessions.markNotRecorded') current = detail({ recent: [session(lastWeek), marked], registerDue: { session: session(lastWeek), onRoster: 1, older: 0 } });
      if (call === 'sessions.undoNotRecorded') current = detail();
      return {};
    });
    await user.click(await screen.findByRole('tab', { name: 'Sessions' }));
    await user.click(screen.getByRole('button', { name: `Mark as not recorded for ${formatUkDate(twoWeeks)}` }));
    expect(callsTo(calls, 'sessions.markNotRecorded')).toEqual([{ sessionId: `g-1--${twoWeeks}` }]);

    const undo = await screen.findByRole('button', { name: `Undo not recorded for ${formatUkDate(twoWeeks)}` });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    const row = undo.closest('tr')!;
    expect(row.textContent).toContain('Not recorded');
    // Not counted, so not cancelled either: no Cancel session; a register can still be taken, as a link.
    expect(within(row).queryByRole('button', { name: /Cancel session/ })).toBeNull();
    expect(within(row).getByRole('button', { name: `Take register for ${formatUkDate(twoWeeks)}` }).className).toBe('button button--link');
    expect(screen.getByRole('status').textContent).toContain(`The session on ${formatUkDate(twoWeeks)} is marked as not recorded`);

    await user.click(undo);
    expect(callsTo(calls, 'sessions.undoNotRecorded')).toEqual([{ sessionId: `g-1--${twoWeeks}` }]);
    const markAgain = await screen.findByRole('button', { name: `Mark as not recorded for ${formatUkDate(twoWeeks)}` });
    await waitFor(() => expect(document.activeElement).toBe(markAgain));
  });

  it('shows meetings before "Registers start from" as not recorded, with nothing to undo on the row, and says when registers start', async () => {
    const user = userEvent.setup();
    const { group } = detail();
    const from = addDaysIso(today, -10);
    const before: GroupSession = { ...session(addDaysIso(today, -14)), notRecorded: { why: 'before-registers', registersFrom: from } };
    renderGroup(detail({ group: { ...group, registersFrom: from }, recent: [session(addDaysIso(today, -7)), before], registerDue: { session: session(addDaysIso(today, -7)), onRoster: 1, older: 0 } }));
    await user.click(await screen.findByRole('tab', { name: 'Sessions' }));
    expect(screen.getByText(`Registers start from ${formatUkDateLong(from)}: earlier meetings are not recorded and not counted in reports.`)).toBeTruthy();
    const row = screen.getByText('Not recorded: before registers started').closest('tr')!;
    expect(within(row).queryByRole('button', { name: /Undo|Mark as not recorded|Cancel session|Print sign-in sheet/ })).toBeNull();
    expect(within(row).getByRole('button', { name: /Take register/ }).className).toBe('button button--link');
  });

  it('after many registers missing, the card suggests setting when registers start; not once a date is set', async () => {
    const { group } = detail();
    renderGroup(detail({ registerDue: { session: session(addDaysIso(today, -7)), onRoster: 1, older: 5 } }));
    const link = await screen.findByRole('link', { name: 'Set the date its registers start from' });
    expect(link.getAttribute('href')).toBe('/groups/g-1/edit');
    cleanup();
    renderGroup(detail({ group: { ...group, registersFrom: addDaysIso(today, -70) }, registerDue: { session: session(addDaysIso(today, -7)), onRoster: 1, older: 5 } }));
    await screen.findByRole('region', { name: 'Next session' });
    expect(screen.queryByRole('link', { name: 'Set the date its registers start from' })).toBeNull();
  });

  it('the card names "See all sessions" when older registers are due, and it opens the Sessions tab', async () => {
    const user = userEvent.setup();
    renderGroup(detail());
    await user.click(await screen.findByRole('button', { name: 'See all sessions' }));
    expect(screen.getByRole('tab', { name: 'Sessions' }).getAttribute('aria-selected')).toBe('true');
  });
});
