// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnlockPage } from '../../../../../renderer/pages/protection/UnlockPage';
import { rememberWhyLocked } from '../../../../../renderer/pages/protection/protection-events';
import { info, protectionBridge, Refused, WRONG_PASSPHRASE } from './protection-bridge';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  sessionStorage.clear();
  delete window.peerDesk;
});

const PASSPHRASE = 'kettle orange bicycle meadow';

/** Seconds going by one at a time, as the countdown re-renders each second. */
async function seconds(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
  }
}

describe('the unlock screen', () => {
  it('asks only for the passphrase, says plainly when it is wrong, and unlocks with the right one', async () => {
    let wrongTries = 0;
    const calls = protectionBridge((name, input) => {
      if (name === 'protection.status') return info({ wrongTries });
      if (name === 'protection.unlock') {
        if ((input as { passphrase: string }).passphrase === PASSPHRASE) return info({ state: 'unlocked' });
        wrongTries += 1;
        return new Refused({ code: 'VALIDATION', message: WRONG_PASSPHRASE, fields: { passphrase: WRONG_PASSPHRASE } });
      }
      throw new Error(`not expected while locked: ${name}`);
    });
    const onUnlocked = vi.fn();
    const user = userEvent.setup();
    render(<UnlockPage onUnlocked={onUnlocked} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Peer Desk is locked' })).toBeTruthy();
    expect(document.title).toBe('Unlock – Peer Desk');

    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter your passphrase')).toBeTruthy();

    await user.type(screen.getByLabelText('Passphrase'), 'kettle orange bicycle marsh');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(WRONG_PASSPHRASE)).toBeTruthy();
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('');
    expect(onUnlocked).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    // Nothing but protection calls while locked: no records, no organisation name, no counts.
    expect(calls.mock.calls.map(([name]) => name).every((name) => name.startsWith('protection.'))).toBe(true);
  });

  it('counts down the wait after too many wrong tries, with Unlock unavailable until it ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false, now: new Date('2026-12-07T10:00:00Z') });
    let waitMs = 30_000;
    protectionBridge((name) => (name === 'protection.status' ? info({ wrongTries: 5, waitMs }) : undefined));
    render(<UnlockPage onUnlocked={() => undefined} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('Too many wrong tries. Wait 30 seconds, then try again.')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('0:30');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Unlock' }).disabled).toBe(true);

    await seconds(12);
    expect(screen.getByRole('timer').textContent).toBe('0:18');

    waitMs = 0;
    await seconds(18);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Unlock' }).disabled).toBe(false);
  });

  it('takes the recovery key instead, then offers a new passphrase, checked before it is sent', async () => {
    const calls = protectionBridge((name) => {
      if (name === 'protection.status') return info();
      if (name === 'protection.unlock') return info({ state: 'unlocked', unlockedWithRecoveryKey: true });
      return info({ state: 'unlocked' });
    });
    const onUnlocked = vi.fn();
    const user = userEvent.setup();
    render(<UnlockPage onUnlocked={onUnlocked} />);
    await user.click(screen.getByRole('button', { name: 'Use the recovery key instead' }));
    const field = screen.getByLabelText('Recovery key');
    await vi.waitFor(() => expect(document.activeElement).toBe(field));
    await user.type(field, '7kqf 2m9x 0000 1111 2222 3333 4444 5555');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(calls.mock.calls.find(([name]) => name === 'protection.unlock')?.[1]).toEqual({ recoveryKey: '7kqf 2m9x 0000 1111 2222 3333 4444 5555' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeTruthy();
    await user.type(screen.getByLabelText('New passphrase'), 'lanterns above a quiet harbour');
    await user.type(screen.getByLabelText('New passphrase again'), 'lanterns above a harbour');
    await user.click(screen.getByRole('button', { name: 'Save new passphrase' }));
    expect(screen.getByText('The two passphrases are not the same. Type it again')).toBeTruthy();
    expect(calls.mock.calls.some(([name]) => name === 'protection.setNewPassphrase')).toBe(false);

    await user.clear(screen.getByLabelText('New passphrase again'));
    await user.type(screen.getByLabelText('New passphrase again'), 'lanterns above a quiet harbour');
    await user.click(screen.getByRole('button', { name: 'Save new passphrase' }));
    await vi.waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    expect(calls.mock.calls.find(([name]) => name === 'protection.setNewPassphrase')?.[1]).toEqual({ next: 'lanterns above a quiet harbour' });
  });

  it('says when it locked itself for want of use, and that unsaved typing was lost', () => {
    protectionBridge(() => info());
    rememberWhyLocked('idle-unsaved');
    render(<UnlockPage onUnlocked={() => undefined} />);
    expect(screen.getByText(/Peer Desk locked itself because it was not used for a while\. Changes that had been typed but not saved could not be kept\./)).toBeTruthy();
    cleanup();
    // Said once: the next lock (Lock now) has no such note.
    render(<UnlockPage onUnlocked={() => undefined} />);
    expect(screen.queryByText(/locked itself/)).toBeNull();
  });
});
