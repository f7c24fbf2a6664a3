// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneToOneSettings } from '../../../../../renderer/pages/settings/OneToOneSettings';
import { DEFAULT_SETTINGS, settingsInputSchema } from '../../../../../shared/domain/settings';
import { fieldErrorsFromIssues } from '../../../../../shared/errors';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const TRAVEL = 'Travel time added to each one-to-one session (minutes)';
const NO_CONTACT = 'Days without a session before "no contact"';

/** Settings → Programme kinds, under the kinds; the main process checks with settingsInputSchema, as it does. */
function open() {
  const { calls } = renderAt('/settings/programme-kinds', { '/settings/:section': <OneToOneSettings /> }, (name, input) => {
    if (name === 'settings.get') return { ...DEFAULT_SETTINGS, noContactDays: 28 };
    if (name === 'settings.update') return { ...DEFAULT_SETTINGS, ...(input as object) };
    throw new Error(`unexpected ${name}`);
  });
  // The real check's words come back beside the field, as the API's do.
  const answer = window.peerDesk!.call;
  window.peerDesk = {
    call: (name: string, input: unknown) => {
      const checked = name === 'settings.update' ? settingsInputSchema.safeParse(input) : undefined;
      if (checked && !checked.success) return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted field.', fields: fieldErrorsFromIssues(checked.error.issues) } });
      return answer(name, input);
    },
  };
  return calls;
}

describe('Settings → Programme kinds: hours and contact', () => {
  it('shows the travel time (0 unless set) and the no-contact days on file', async () => {
    open();
    expect((await screen.findByLabelText<HTMLInputElement>(TRAVEL)).value).toBe('0');
    expect(screen.getByLabelText<HTMLInputElement>(NO_CONTACT).value).toBe('28');
    expect(screen.getByRole('region', { name: 'Hours and contact' })).toBeTruthy();
  });

  it('refuses what is not a whole number before sending, and says what the main process allows, keeping what was typed', async () => {
    const user = userEvent.setup();
    const calls = open();
    const travel = await screen.findByLabelText<HTMLInputElement>(TRAVEL);
    await user.clear(travel);
    await user.type(travel, 'half an hour');
    await user.click(screen.getByRole('button', { name: 'Save hours and contact' }));
    expect(await screen.findByText('Enter a whole number')).toBeTruthy();
    expect(callsTo(calls, 'settings.update')).toEqual([]);

    await user.clear(travel);
    await user.type(travel, '300');
    await user.click(screen.getByRole('button', { name: 'Save hours and contact' }));
    expect(await screen.findByText('Enter 240 minutes (4 hours) or fewer')).toBeTruthy();
    expect(travel.value).toBe('300');
  });

  it('saves both through the settings save', async () => {
    const user = userEvent.setup();
    const calls = open();
    const travel = await screen.findByLabelText<HTMLInputElement>(TRAVEL);
    await user.clear(travel);
    await user.type(travel, '20');
    await user.click(screen.getByRole('button', { name: 'Save hours and contact' }));
    await vi.waitFor(() => expect(callsTo(calls, 'settings.update')).toEqual([{ oneToOneTravelMinutes: 20, noContactDays: 28 }]));
    expect(await screen.findByText('Settings saved')).toBeTruthy();
  });
});
