// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onLocked } from '../../../../../renderer/lib/api';
import { saveDownload } from '../../../../../renderer/lib/files';
import ProtectionControls from '../../../../../renderer/pages/protection/ProtectionControls';
import { takeWhyLocked } from '../../../../../renderer/pages/protection/protection-events';
import { callsTo } from '../../support/render';
import { info, protectionBridge } from './protection-bridge';

let locked: ReturnType<typeof vi.fn<() => void>>;
beforeEach(() => {
  locked = vi.fn<() => void>();
  onLocked(locked);
  URL.createObjectURL = vi.fn(() => 'blob:file');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  sessionStorage.clear();
  delete window.peerDesk;
});

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Time passing with nobody at the laptop, a second at a time as the countdown runs. */
async function idleFor(seconds: number): Promise<void> {
  for (let i = 0; i < seconds; i++) await settle(1000);
}

describe('the header\'s protection controls', () => {
  it('show nothing while protection is off', async () => {
    protectionBridge(() => info({ state: 'off', since: null }));
    render(<ProtectionControls />);
    await vi.waitFor(() => expect(window.peerDesk?.call).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });

  it('"Lock now" locks in the main process, then shows the unlock screen', async () => {
    const calls = protectionBridge((name) => (name === 'protection.lock' ? info() : info({ state: 'unlocked', lockAfterIdleMinutes: 15 })));
    render(<ProtectionControls />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lock now' }));
    await vi.waitFor(() => expect(locked).toHaveBeenCalledTimes(1));
    expect(callsTo(calls, 'protection.lock')).toEqual([{ reason: 'lock-now' }]);
  });

  it('warns a minute before the idle lock, is kept open by a key press, and locks when the time runs out', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') });
    const calls = protectionBridge((name) => (name === 'protection.lock' ? info() : info({ state: 'unlocked', lockAfterIdleMinutes: 5 })));
    render(<ProtectionControls />);
    await settle();
    expect(screen.getByRole('button', { name: 'Lock now' })).toBeTruthy();

    await idleFor(3 * 60 + 59);
    expect(screen.queryByRole('alert')).toBeNull();
    await idleFor(2);
    expect(screen.getByRole('alert').textContent).toContain('Peer Desk will lock in a minute.');
    expect(screen.getByRole('timer').textContent).toBe('0:59');

    // A key press: the main process hears of it, and the wait starts again.
    const pingsBefore = callsTo(calls, 'protection.stillHere').length;
    fireEvent.keyDown(window, { key: 'a' });
    await settle();
    expect(callsTo(calls, 'protection.stillHere')).toHaveLength(pingsBefore + 1);
    expect(screen.queryByRole('alert')).toBeNull();

    await idleFor(5 * 60);
    await vi.waitFor(() => expect(locked).toHaveBeenCalledTimes(1));
    expect(callsTo(calls, 'protection.lock')).toEqual([{ reason: 'idle' }]);
    expect(takeWhyLocked()).toBe('idle');
  });

  it('shows the one "not protected" notice for any file saved while protected, until closed', async () => {
    protectionBridge(() => info({ state: 'unlocked', lockAfterIdleMinutes: 15 }));
    render(<ProtectionControls />);
    await screen.findByRole('button', { name: 'Lock now' });
    act(() => saveDownload({ filename: 'volunteers-2026-12-07.csv', mimeType: 'text/csv', text: 'a,b' }));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('volunteers-2026-12-07.csv is not protected.');
    expect(notice.textContent).toContain('your passphrase does not protect it');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('status').textContent).toBe('');

    // A backup that stays encrypted says so, and gets no notice.
    act(() => saveDownload({ filename: 'peer-desk-backup.pdbackup', mimeType: 'application/octet-stream', base64: 'AA==' }, { stillProtected: true }));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
