// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartSuggestions } from '../../../../../shared/contracts/programmes';
import { DEFAULT_PROGRAMME_KINDS } from '../../../../../shared/domain/programmes';
import { todayIso } from '../../../../../shared/dates';
import { StartProgrammeDialog, type StartFrom } from '../../../../../renderer/pages/programmes/StartProgrammeDialog';
import { callsTo, renderAt } from '../../support/render';
import { detail, SUGGESTIONS } from './fixtures';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const NOT_A_MEMBER = 'Amira Haddad is not a member yet, so there is nothing to match on.';

function show({ from = { memberId: 'm-1' }, found = { canSuggest: true, suggestions: SUGGESTIONS } }: { from?: StartFrom; found?: StartSuggestions } = {}) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const started = detail();
  const { calls } = renderAt('/r', { '/r': <StartProgrammeDialog from={from} name="Amira Haddad" onDone={onDone} onCancel={onCancel} /> }, (name) => {
    if (name === 'programmes.kinds') return [...DEFAULT_PROGRAMME_KINDS, { ...DEFAULT_PROGRAMME_KINDS[1]!, id: 'old', name: 'Befriending', archived: true }];
    if (name === 'programmes.suggestForStart') return found;
    if (name === 'programmes.start') return started;
    throw new Error(`unexpected ${name}`);
  });
  return { calls, onDone, onCancel, started, dialog: screen.getByRole('dialog', { name: 'Start a programme for Amira Haddad' }) };
}

async function chooseKind(dialog: HTMLElement, user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(await within(dialog).findByRole('radio', { name: label }));
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
  expect(await within(dialog).findByText('Step 2 of 3: the volunteer')).toBeTruthy();
}

describe('Start a programme', () => {
  it('goes kind → volunteer → dates, and starts it matched in one call only at the end', async () => {
    const user = userEvent.setup();
    const { calls, onDone, started, dialog } = show();
    expect(dialog.textContent).toContain('Step 1 of 3: the kind of programme');
    await within(dialog).findByRole('radio', { name: 'Peer coaching (10 sessions)' });
    // Archived kinds are not offered for new programmes.
    expect(within(dialog).queryByRole('radio', { name: /Befriending/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(await within(dialog).findByText('Choose the kind of programme')).toBeTruthy();

    await chooseKind(dialog, user, 'Peer coaching (10 sessions)');
    // The step's first line has focus: the button that moved on is gone.
    expect(document.activeElement?.textContent).toBe('Step 2 of 3: the volunteer');
    expect(callsTo(calls, 'programmes.suggestForStart')).toEqual([{ memberId: 'm-1', kindId: 'peer-coaching' }]);
    expect(await within(dialog).findByText('Speaks: Polish')).toBeTruthy();
    expect(callsTo(calls, 'programmes.start')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }));

    expect(await within(dialog).findByText('Step 3 of 3: when it starts')).toBeTruthy();
    expect(dialog.textContent).toContain('Peer coaching, with Dorota Nowak.');
    await user.type(within(dialog).getByLabelText('First session (optional)'), '14/12/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Start programme' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(started));
    expect(callsTo(calls, 'programmes.start')).toEqual([{ memberId: 'm-1', kindId: 'peer-coaching', volunteerId: 'v-2', date: todayIso(), firstSessionDate: '2026-12-14' }]);
  });

  it('"Match later" starts it waiting for a match, without a volunteer', async () => {
    const user = userEvent.setup();
    const { calls, onDone, dialog } = show();
    await chooseKind(dialog, user, 'Travel buddy (open-ended)');
    await within(dialog).findByText('Speaks: Polish');
    await user.click(within(dialog).getByRole('button', { name: 'Match later' }));
    expect(dialog.textContent).toContain('Travel buddy, waiting for a match.');
    await user.click(within(dialog).getByRole('button', { name: 'Start programme' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(callsTo(calls, 'programmes.start')).toEqual([{ memberId: 'm-1', kindId: 'travel-buddy', date: todayIso(), firstSessionDate: undefined }]);
  });

  it('from a referral whose person is not a member yet, offers only "Match later" and says why', async () => {
    const user = userEvent.setup();
    const { calls, dialog } = show({ from: { referralId: 'r-1' }, found: { canSuggest: false, why: NOT_A_MEMBER } });
    await chooseKind(dialog, user, 'Peer coaching (10 sessions)');
    expect(await within(dialog).findByText(NOT_A_MEMBER)).toBeTruthy();
    expect(callsTo(calls, 'programmes.suggestForStart')).toEqual([{ referralId: 'r-1', kindId: 'peer-coaching' }]);
    expect(within(dialog).queryByRole('button', { name: /Choose this volunteer/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Match later' }));
    await user.click(within(dialog).getByRole('button', { name: 'Start programme' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.start')).toHaveLength(1));
    expect(callsTo(calls, 'programmes.start')[0]).toMatchObject({ referralId: 'r-1', kindId: 'peer-coaching' });
    expect(callsTo(calls, 'programmes.start')[0]).not.toHaveProperty('volunteerId');
  });

  it('Back goes a step back, and Cancel at any step starts nothing', async () => {
    const user = userEvent.setup();
    const { calls, onCancel, dialog } = show();
    await chooseKind(dialog, user, 'Peer coaching (10 sessions)');
    await user.click(await within(dialog).findByRole('button', { name: 'Choose this volunteer: Ed Jones' }));
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(await within(dialog).findByText('Step 2 of 3: the volunteer')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Peer coaching (10 sessions)' }).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Choose this volunteer: Ed Jones' }));

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    expect(onCancel).toHaveBeenCalled();
    expect(callsTo(calls, 'programmes.start')).toEqual([]);
  });
});
