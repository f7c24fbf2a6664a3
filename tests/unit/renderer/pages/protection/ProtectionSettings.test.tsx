// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProtectionSettings } from '../../../../../renderer/pages/protection/ProtectionSettings';
import { makeStatus, WithStatus } from '../../bridge';
import { pressEscapeIn } from '../../support/dialog';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { FlashProvider } from '../../../../../renderer/components/Flash';
import { callsTo } from '../../support/render';
import { info, protectionBridge, Refused, WRONG_PASSPHRASE } from './protection-bridge';

const RECOVERY_KEY = '7KQF-2M9X-0A1B-C2D3-E4F5-G6H7-J8K9-M0N1';
const PASSPHRASE = 'kettle orange bicycle meadow';

beforeEach(() => {
  // happy-dom has no blob URLs; saving a file only needs them to exist.
  URL.createObjectURL = vi.fn(() => 'blob:recovery-sheet');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function openSection(answer: (name: string, input: unknown) => unknown) {
  const calls = protectionBridge(answer);
  render(
    <Router hook={memoryLocation({ path: '/settings/protection' }).hook}>
      <FlashProvider>
        <WithStatus initial={makeStatus()}>
          <ProtectionSettings />
        </WithStatus>
      </FlashProvider>
    </Router>,
  );
  return { calls };
}

describe('Settings → Protect with a passphrase', () => {
  it('sets up step by step: the passphrase twice, the warning ticked, then the key shown once until ticked as kept', async () => {
    let state: 'off' | 'unlocked' = 'off';
    const { calls } = openSection((name) => {
      if (name === 'protection.status') return info({ state, since: state === 'off' ? null : '2026-12-07T10:00:00.000Z' });
      if (name === 'protection.turnOn') {
        state = 'unlocked';
        return { recoveryKey: RECOVERY_KEY, info: info({ state }) };
      }
      if (name === 'protection.recoverySheet') return { filename: 'peer-desk-recovery-key.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=' };
      return undefined;
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Protection is off')).toBeTruthy();
    expect(screen.getByText(/A lost or stolen laptop/)).toBeTruthy();
    expect(screen.getByText(/Malware \(viruses or spyware\)/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Protect with a passphrase' }));
    const dialog = screen.getByRole('dialog', { name: 'Protect with a passphrase' });
    const d = within(dialog);
    await user.type(d.getByLabelText('Passphrase'), 'password12');
    expect(d.getByText(/^Weak: this would be easy to guess\./)).toBeTruthy();
    await user.clear(d.getByLabelText('Passphrase'));
    await user.type(d.getByLabelText('Passphrase'), PASSPHRASE);
    expect(d.getByText(/^Strong\./)).toBeTruthy();
    await user.click(d.getByRole('button', { name: 'Next' }));
    expect(d.getByText('Type the passphrase again, to be sure it is what you meant')).toBeTruthy();
    await user.type(d.getByLabelText('Passphrase again'), PASSPHRASE);
    await user.click(d.getByRole('button', { name: 'Next' }));

    expect(d.getByText('If you lose both your passphrase and your recovery key, nobody can get your records back — not even us.')).toBeTruthy();
    await user.click(d.getByRole('button', { name: 'Protect my records' }));
    expect(d.getByText('Tick to confirm you understand')).toBeTruthy();
    expect(callsTo(calls, 'protection.turnOn')).toEqual([]);
    await user.click(d.getByRole('checkbox', { name: /I understand/ }));
    await user.click(d.getByRole('button', { name: 'Protect my records' }));

    expect(await d.findByText('This is your recovery key. It is shown only now.')).toBeTruthy();
    expect(callsTo(calls, 'protection.turnOn')).toEqual([{ passphrase: PASSPHRASE, understood: true }]);
    expect(dialog.querySelector('.recovery-key')?.textContent).toBe(RECOVERY_KEY.replace(/-/g, ''));
    // Escape does not close it: the key could never be shown again.
    pressEscapeIn(dialog);
    expect(screen.getByRole('dialog', { name: 'Protect with a passphrase' })).toBeTruthy();

    await user.click(d.getByRole('button', { name: 'Print recovery sheet' }));
    expect(await d.findByText(/^Saved peer-desk-recovery-key\.pdf\./)).toBeTruthy();
    expect(callsTo(calls, 'protection.recoverySheet')).toEqual([{ recoveryKey: RECOVERY_KEY }]);

    await user.click(d.getByRole('button', { name: 'Done' }));
    expect(d.getByText('Tick the box once you have printed or written down the recovery key. It cannot be shown again.')).toBeTruthy();
    await user.click(d.getByRole('checkbox', { name: 'I have printed or written down the recovery key' }));
    await user.click(d.getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Protected since Mon 7 Dec 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change passphrase' })).toBeTruthy();
  });

  it('changes the passphrase, with a wrong current one told beside its field', async () => {
    let tries = 0;
    const { calls } = openSection((name) => {
      if (name === 'protection.status') return info({ state: 'unlocked' });
      if (name === 'protection.changePassphrase') {
        tries += 1;
        return tries === 1 ? new Refused({ code: 'VALIDATION', message: WRONG_PASSPHRASE, fields: { current: WRONG_PASSPHRASE } }) : info({ state: 'unlocked' });
      }
      return undefined;
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change passphrase' }));
    const d = within(screen.getByRole('dialog', { name: 'Change passphrase' }));
    await user.click(d.getByRole('button', { name: 'Change passphrase' }));
    expect(d.getByText('Enter your current passphrase')).toBeTruthy();
    await user.type(d.getByLabelText('Current passphrase'), 'not the one');
    await user.type(d.getByLabelText('New passphrase'), 'lanterns above a quiet harbour');
    await user.type(d.getByLabelText('New passphrase again'), 'lanterns above a quiet harbour');
    await user.click(d.getByRole('button', { name: 'Change passphrase' }));
    expect(await d.findByText(WRONG_PASSPHRASE)).toBeTruthy();
    await user.clear(d.getByLabelText('Current passphrase'));
    await user.type(d.getByLabelText('Current passphrase'), PASSPHRASE);
    await user.click(d.getByRole('button', { name: 'Change passphrase' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'protection.changePassphrase').at(-1)).toEqual({ current: PASSPHRASE, next: 'lanterns above a quiet harbour' });
    expect(await screen.findByText('Passphrase changed. Use the new one next time you unlock Peer Desk')).toBeTruthy();
  });

  it('saves how soon it locks itself when not in use', async () => {
    const { calls } = openSection((name) => {
      if (name === 'protection.status') return info({ state: 'unlocked', lockAfterIdleMinutes: 15 });
      if (name === 'settings.update') return makeStatus().settings;
      return undefined;
    });
    const user = userEvent.setup();
    const select = await screen.findByLabelText('Lock after');
    expect((select as HTMLSelectElement).value).toBe('15');
    await user.selectOptions(select, '5');
    await vi.waitFor(() => expect(callsTo(calls, 'settings.update')).toEqual([{ lockAfterIdleMinutes: 5 }]));
  });
});
