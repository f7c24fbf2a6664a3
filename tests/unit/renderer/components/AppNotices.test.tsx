// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppNotice } from '../../../../shared/api';
import { AppNotices } from '../../../../renderer/components/AppNotices';
import { answerCalls, makeStatus, WithStatus } from '../bridge';

const RESTORED: AppNotice = {
  id: 'restore-finished',
  message: 'Restoring the backup from 03/12/2026 14:05 was interrupted when Peer Desk stopped. It has now been finished: your records are as they were in that backup.',
};
const MANIFEST: AppNotice = { id: 'manifest-damaged', message: 'Peer Desk’s list of your data files was damaged, so every file was checked in full. Nothing was lost.' };

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function showNotices(notices: AppNotice[], focusAfterLast = vi.fn()) {
  let left = [...notices];
  const call = answerCalls((name, input) => {
    expect(name).toBe('system.dismissNotice');
    left = left.filter((n) => n.id !== (input as { id: string }).id);
    return makeStatus({ notices: left });
  });
  render(
    <WithStatus initial={makeStatus({ notices })}>
      <AppNotices focusAfterLast={focusAfterLast} />
      <h1 tabIndex={-1}>This week</h1>
    </WithStatus>,
  );
  return { call, focusAfterLast };
}

describe('notices from opening the data folder', () => {
  it('shows each notice as a status message with a Close button named for it', () => {
    showNotices([RESTORED, MANIFEST]);
    const messages = screen.getAllByRole('status');
    expect(messages.map((m) => m.textContent)).toEqual([expect.stringContaining('It has now been finished'), expect.stringContaining('Nothing was lost')]);
    for (const message of messages) expect(within(message).getByRole('button', { name: 'Close this message' })).toBeTruthy();
  });

  it('closes a notice with the keyboard, tells Peer Desk, and moves focus on rather than losing it', async () => {
    const user = userEvent.setup();
    const { call, focusAfterLast } = showNotices([RESTORED, MANIFEST]);

    await user.tab();
    expect(document.activeElement).toBe(screen.getAllByRole('button', { name: 'Close this message' })[0]);
    await user.keyboard('{Enter}');
    expect(call).toHaveBeenCalledWith('system.dismissNotice', { id: 'restore-finished' });
    await vi.waitFor(() => expect(screen.queryByText(/It has now been finished/)).toBeNull());
    // Focus goes to the Close button of the message that is left…
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close this message' })));

    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryAllByRole('status')).toEqual([]));
    // …and to the page once none is left.
    await vi.waitFor(() => expect(focusAfterLast).toHaveBeenCalledOnce());
  });

  it('shows nothing when there is nothing to tell', () => {
    showNotices([]);
    expect(screen.queryAllByRole('status')).toEqual([]);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so in plain words when closing fails, and keeps the notice', async () => {
    const user = userEvent.setup();
    window.peerDesk = { call: () => Promise.resolve({ ok: false, error: { code: 'STORAGE', message: 'The data folder could not be written.' } }) };
    render(
      <WithStatus initial={makeStatus({ notices: [RESTORED] })}>
        <AppNotices focusAfterLast={() => undefined} />
      </WithStatus>,
    );
    await user.click(screen.getByRole('button', { name: 'Close this message' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The data folder could not be written.');
    expect(screen.getByText(/It has now been finished/)).toBeTruthy();
  });
});
