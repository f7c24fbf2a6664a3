// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROGRAMME_KINDS } from '../../../../../shared/domain/programmes';
import { todayIso } from '../../../../../shared/dates';
import { StartProgrammeDialog } from '../../../../../renderer/pages/programmes/StartProgrammeDialog';
import { callsTo, renderAt } from '../../support/render';
import { detail, SUGGESTIONS } from './fixtures';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function show(onDone = vi.fn()) {
  const waiting = detail({ volunteer: undefined, matches: [], sessions: [], counter: '0 of 10', attended: 0 });
  const { calls } = renderAt('/r', { '/r': <StartProgrammeDialog from={{ referralId: 'r-1' }} name="Amira Haddad" onDone={onDone} onCancel={() => undefined} /> }, (name) => {
    if (name === 'programmes.kinds') return [...DEFAULT_PROGRAMME_KINDS, { ...DEFAULT_PROGRAMME_KINDS[1]!, id: 'old', name: 'Befriending', archived: true }];
    if (name === 'programmes.start') return waiting;
    if (name === 'programmes.suggest') return SUGGESTIONS;
    if (name === 'programmes.match') return detail();
    throw new Error(`unexpected ${name}`);
  });
  return { calls, onDone, waiting };
}

describe('Start a programme', () => {
  it('goes kind → dates → volunteer, starting it before the suggestions', async () => {
    const user = userEvent.setup();
    const { calls, onDone } = show();
    let dialog = screen.getByRole('dialog', { name: 'Start a programme for Amira Haddad' });
    expect(dialog.textContent).toContain('Step 1 of 3');
    await within(dialog).findByRole('radio', { name: 'Peer coaching (10 sessions)' });
    // Archived kinds are not offered for new programmes.
    expect(within(dialog).queryByRole('radio', { name: /Befriending/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(await within(dialog).findByText('Choose the kind of programme')).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: 'Peer coaching (10 sessions)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(await within(dialog).findByText(/Step 2 of 3/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('First session (optional)'), '14/12/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Start programme' }));

    dialog = await screen.findByRole('dialog', { name: 'Amira Haddad: Peer coaching' });
    expect(callsTo(calls, 'programmes.start')).toEqual([{ referralId: 'r-1', kindId: 'peer-coaching', date: todayIso(), firstSessionDate: '2026-12-14' }]);
    expect(dialog.textContent).toContain('Step 3 of 3');
    expect(await within(dialog).findByText('Speaks: Polish')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(callsTo(calls, 'programmes.match')).toEqual([{ id: 'p-1', volunteerId: 'v-2', date: '2026-09-01' }]);
  });

  it('"Match later" leaves it waiting for a match', async () => {
    const user = userEvent.setup();
    const { calls, onDone, waiting } = show();
    const dialog = screen.getByRole('dialog', { name: 'Start a programme for Amira Haddad' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Travel buddy (open-ended)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Start programme' }));
    await user.click(await screen.findByRole('button', { name: 'Match later' }));
    expect(onDone).toHaveBeenCalledWith(waiting);
    expect(callsTo(calls, 'programmes.match')).toEqual([]);
  });
});
