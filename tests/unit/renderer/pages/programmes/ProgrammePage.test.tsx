// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgrammeDetail } from '../../../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../../../shared/dates';
import { ProgrammePage } from '../../../../../renderer/pages/programmes/ProgrammePage';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';
import { detail, session, SUGGESTIONS } from './fixtures';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

/** The programme page, answering get with `shown` and every change with `after`. */
function show(shown: ProgrammeDetail, after: ProgrammeDetail = shown) {
  return renderAt('/programmes/p-1', { '/programmes/:id': <ProgrammePage /> }, (name) => {
    if (name === 'programmes.get') return shown;
    if (name === 'programmes.suggest') return SUGGESTIONS;
    if (name.startsWith('programmes.')) return after;
    throw new Error(`unexpected ${name}`);
  });
}

describe('the programme page', () => {
  it('shows the member and kind, the counter, the volunteer and the sessions newest first', async () => {
    show(detail({ warnings: ['Age 34 is outside Peer coaching’s 50–75'] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Amira Haddad: Peer coaching' })).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('2 of 10')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Chidi Okafor' })).toBeTruthy();
    expect(summary.textContent).toContain('Age 34 is outside');
    const rows = within(screen.getByRole('region', { name: 'Sessions' })).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('20/11/2026');
    expect(rows[1]!.textContent).toContain('Phone');
  });

  it('logs a session with the kind’s usual length, and asks before Escape throws one away', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail(), detail({ counter: '3 of 10', attended: 3 }));
    await user.click(await screen.findByRole('button', { name: 'Log a session' }));
    let dialog = screen.getByRole('dialog', { name: 'Log a session' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Date').value).toBe(formatUkDate(todayIso()));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Length in minutes').value).toBe('60');
    expect(within(dialog).getByLabelText('Private note (optional)').getAttribute('aria-describedby')).toBeTruthy();
    expect(dialog.textContent).toContain('Never printed, exported or written to the audit log');

    await user.click(within(dialog).getByRole('radio', { name: 'Phone' }));
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Phone' }).checked).toBe(true);

    // Nothing chosen for what happened: said next to the field, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }));
    expect(await within(dialog).findByText('Choose what happened')).toBeTruthy();
    expect(callsTo(calls, 'programmes.logSession')).toEqual([]);

    await user.clear(within(dialog).getByLabelText('Date'));
    await user.type(within(dialog).getByLabelText('Date'), '27/11/2026');
    await user.click(within(dialog).getByRole('radio', { name: 'Did not attend' }));
    await user.click(within(dialog).getByRole('button', { name: 'Log session' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.logSession')).toMatchObject([{ programmeId: 'p-1', session: { date: '2026-11-27', minutes: 60, mode: 'phone', outcome: 'did-not-attend' } }]);
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('3 of 10')).toBeTruthy();

    // Untouched, Escape closes it at once.
    await user.click(screen.getByRole('button', { name: 'Log a session' }));
    dialog = screen.getByRole('dialog', { name: 'Log a session' });
    expect(pressEscapeIn(dialog)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before deleting a session', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail(), detail({ sessions: [session('s-1', '2026-11-13')] }));
    await user.click(await screen.findByRole('button', { name: 'Delete session of 20/11/2026' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete this session?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(callsTo(calls, 'programmes.deleteSession')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete session of 20/11/2026' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete this session?' })).getByRole('button', { name: 'Delete session' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.deleteSession')).toEqual([{ id: 's-2' }]));
  });

  it('suggests volunteers with their reasons and who was left out, and matches the one chosen', async () => {
    const user = userEvent.setup();
    const waiting = detail({ volunteer: undefined, matches: [], counter: '0 of 10', attended: 0, sessions: [] });
    const { calls } = show(waiting, detail());
    await user.click(await screen.findByRole('button', { name: 'Suggest volunteers' }));
    const dialog = screen.getByRole('dialog', { name: 'Suggest volunteers' });
    expect(await within(dialog).findByText('Shares: gardening, football')).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: 'Why Dorota Nowak' }).textContent).toContain('Speaks: Polish');
    expect(within(dialog).getByText('Fay Lamb: DBS overdue since 03/10/2026')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.match')).toEqual([{ id: 'p-1', volunteerId: 'v-2', date: todayIso(), reason: '' }]);
  });

  it('says why a volunteer cannot be chosen when the refusal is about the volunteer, not a field of the form', async () => {
    const user = userEvent.setup();
    const waiting = detail({ volunteer: undefined, matches: [], counter: '0 of 10', attended: 0, sessions: [] });
    show(waiting, detail());
    const answer = window.peerDesk!.call;
    window.peerDesk = {
      call: (name: string, input: unknown) =>
        name === 'programmes.match'
          ? Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted field.', fields: { volunteerId: 'Dorota Nowak has left. Choose a current volunteer.' } } })
          : answer(name, input),
    };
    await user.click(await screen.findByRole('button', { name: 'Suggest volunteers' }));
    const dialog = screen.getByRole('dialog', { name: 'Suggest volunteers' });
    await user.click(await within(dialog).findByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }));
    expect(await within(dialog).findByText('Dorota Nowak has left. Choose a current volunteer.')).toBeTruthy();
    expect(within(dialog).queryByText('Check the highlighted field.')).toBeNull();
  });

  it('changing the volunteer needs a reason', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail());
    await user.click(await screen.findByRole('button', { name: 'Change volunteer' }));
    const dialog = screen.getByRole('dialog', { name: 'Change volunteer' });
    await user.click(await within(dialog).findByRole('button', { name: 'Choose this volunteer: Ed Jones' }));
    expect(await within(dialog).findByText('Say why the volunteer is changing')).toBeTruthy();
    expect(callsTo(calls, 'programmes.match')).toEqual([]);
    await user.type(within(dialog).getByLabelText('Reason for the change'), 'Chidi moved away');
    await user.click(within(dialog).getByRole('button', { name: 'Choose this volunteer: Ed Jones' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.match')).toMatchObject([{ volunteerId: 'v-3', reason: 'Chidi moved away' }]));
  });

  it('at the planned number asks "end or extend?"; ending sends the ending and onward referrals', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail({ counter: '10 of 10', attended: 10, atPlanned: true }), detail({ programme: { ...detail().programme, status: 'ended' } }));
    const notice = await screen.findByText('10 of 10: end or extend?');
    expect(notice).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'End programme' }));
    const dialog = screen.getByRole('dialog', { name: 'End programme' });
    await user.click(within(dialog).getByRole('button', { name: 'End programme' }));
    expect(await within(dialog).findByText('Choose how it ended')).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: 'Completed' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Recovery College' }));
    await user.type(within(dialog).getByLabelText('Other (optional)'), 'Men’s Shed');
    await user.click(within(dialog).getByRole('button', { name: 'End programme' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.end')).toMatchObject([{ id: 'p-1', date: todayIso(), ending: 'completed', onward: ['Recovery College', 'Men’s Shed'] }]);
    expect(await screen.findByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('extending needs a new number above the sessions held and a reason', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail({ counter: '10 of 10', attended: 10, atPlanned: true }));
    await user.click(await screen.findByRole('button', { name: 'Extend programme' }));
    const dialog = screen.getByRole('dialog', { name: 'Extend programme' });
    await user.type(within(dialog).getByLabelText('New planned number of sessions'), '9');
    await user.click(within(dialog).getByRole('button', { name: 'Extend programme' }));
    expect(await within(dialog).findByText('Plan more than the 10 sessions held so far, and 200 or fewer')).toBeTruthy();
    expect(within(dialog).getByText('Say why it is being extended')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('New planned number of sessions'));
    await user.type(within(dialog).getByLabelText('New planned number of sessions'), '12');
    await user.type(within(dialog).getByLabelText('Reason'), 'Two more to finish the CV');
    await user.click(within(dialog).getByRole('button', { name: 'Extend programme' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.extend')).toEqual([{ id: 'p-1', plannedSessions: 12, reason: 'Two more to finish the CV' }]));
  });

  it('adds a goal with its steps one per line, and reviews it', async () => {
    const user = userEvent.setup();
    const goal = { id: 'g-1', text: 'Get back to the allotment', steps: ['Ring the committee', 'Go once with Chidi'], targetDate: '2027-03-01', setOn: '2026-11-01', reviews: [] };
    const { calls } = show(detail(), detail({ goals: [goal] }));
    await user.click(await screen.findByRole('button', { name: 'Add goal' }));
    let dialog = screen.getByRole('dialog', { name: 'Add goal' });
    await user.type(within(dialog).getByLabelText('Goal'), goal.text);
    await user.type(within(dialog).getByLabelText('Small steps (optional)'), 'Ring the committee{Enter}{Enter}Go once with Chidi');
    await user.type(within(dialog).getByLabelText('Target date (optional)'), '01/03/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.saveGoal')).toEqual([{ programmeId: 'p-1', goalId: undefined, text: goal.text, steps: goal.steps, targetDate: '2027-03-01', setOn: todayIso() }]);

    await user.click(screen.getByRole('button', { name: `Review goal: ${goal.text}` }));
    dialog = screen.getByRole('dialog', { name: 'Review goal' });
    await user.click(within(dialog).getByRole('radio', { name: 'Some progress' }));
    await user.type(within(dialog).getByLabelText('Comment (optional)'), 'Rang them');
    await user.click(within(dialog).getByRole('button', { name: 'Save review' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.reviewGoal')).toEqual([{ programmeId: 'p-1', goalId: 'g-1', date: todayIso(), progress: 'some-progress', comment: 'Rang them' }]));
  });

  it('pauses on the date given (today unless changed), keeping it and saying why when refused; an ended one offers only Reopen', async () => {
    const user = userEvent.setup();
    const paused = detail({ programme: { ...detail().programme, status: 'paused' } });
    const { calls } = show(detail(), paused);
    const answer = window.peerDesk!.call;
    // The main process refuses the first date, as it does one before the start.
    let refused = false;
    window.peerDesk = {
      call: (name: string, input: unknown) => {
        if (name !== 'programmes.setStatus' || refused) return answer(name, input);
        refused = true;
        return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted field.', fields: { date: 'Enter a date on or after 01/09/2026, when the programme started' } } });
      },
    };
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause programme' });
    const date = within(dialog).getByLabelText<HTMLInputElement>('Date paused');
    expect(date.value).toBe(formatUkDate(todayIso()));
    await user.clear(date);
    await user.type(date, '31/08/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Pause programme' }));
    expect(await within(dialog).findByText('Enter a date on or after 01/09/2026, when the programme started')).toBeTruthy();
    expect(date.value).toBe('31/08/2026');
    await user.clear(date);
    await user.type(date, '02/11/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Pause programme' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'programmes.setStatus')).toEqual([{ id: 'p-1', status: 'paused', date: '2026-11-02' }]);

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    const resume = screen.getByRole('dialog', { name: 'Resume programme' });
    expect(within(resume).getByLabelText<HTMLInputElement>('Date resumed').value).toBe(formatUkDate(todayIso()));
    await user.click(within(resume).getByRole('button', { name: 'Resume programme' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.setStatus').at(-1)).toEqual({ id: 'p-1', status: 'active', date: todayIso() }));
    cleanup();

    const ended = detail({ programme: { ...detail().programme, status: 'ended', ending: { date: '2026-11-30', ending: 'completed', onward: ['Recovery College'] } } });
    const again = show(ended, detail());
    expect(await screen.findByText('30/11/2026: Completed. Referred on to Recovery College')).toBeTruthy();
    for (const name of ['Log a session', 'Add goal', 'Reopen']) expect(screen.getByRole('button', { name })).toBeTruthy();
    for (const name of ['Pause', 'End programme', 'Extend programme', 'Change volunteer']) expect(screen.queryByRole('button', { name })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    await vi.waitFor(() => expect(callsTo(again.calls, 'programmes.reopen')).toEqual([{ id: 'p-1' }]));
  });
});
