// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProtectionInfo } from '../../../../../shared/contracts/protection';
import { SAVED_FILE_EVENT } from '../../../../../renderer/lib/files';
import { BackupsSection } from '../../../../../renderer/pages/settings/BackupsSection';
import { answerCalls, makeStatus, WithStatus } from '../../bridge';

/**
 * "Save a backup to a file" with "Protect with a passphrase" on: the file stays locked unless
 * "Save it unprotected" is ticked, and only an unprotected file brings the "not protected" notice.
 */

const status = (state: ProtectionInfo['state']): ProtectionInfo => ({
  state,
  since: state === 'off' ? null : '2026-12-07T10:00:00.000Z',
  wrongTries: 0,
  waitMs: 0,
  unfinished: null,
  unlockedWithRecoveryKey: false,
  converting: null,
  lockAfterIdleMinutes: 15,
  needsNewRecoveryKey: false,
});

const saved: string[] = [];
const onSaved = (e: Event) => saved.push((e as CustomEvent<string>).detail);
beforeEach(() => {
  saved.length = 0;
  window.addEventListener(SAVED_FILE_EVENT, onSaved);
  // happy-dom has no object URLs; the download link is all that needs them.
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  window.removeEventListener(SAVED_FILE_EVENT, onSaved);
  cleanup();
  delete window.peerDesk;
});

function renderWith(state: ProtectionInfo['state']) {
  const call = answerCalls((name) => {
    if (name === 'backups.list') return [];
    if (name === 'protection.status') return status(state);
    if (name === 'backups.download') return { filename: 'peerdesk-backup.pdbackup', mimeType: 'application/octet-stream', base64: 'AAAA' };
    throw new Error(`unexpected call ${name}`);
  });
  render(
    <WithStatus initial={makeStatus()}>
      <BackupsSection />
    </WithStatus>,
  );
  return call;
}

describe('saving a backup to a file', () => {
  it('keeps a protected folder’s backup locked by default, with no "not protected" notice', async () => {
    const call = renderWith('unlocked');
    await screen.findByLabelText(/Save it unprotected/);
    await userEvent.click(screen.getByRole('button', { name: 'Save a backup to a file' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('backups.download', {}));
    expect(saved).toEqual([]);
  });

  it('saves it plain only when "Save it unprotected" is ticked, and then says the file is not protected', async () => {
    const call = renderWith('unlocked');
    await userEvent.click(await screen.findByLabelText(/Save it unprotected/));
    await userEvent.click(screen.getByRole('button', { name: 'Save a backup to a file' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('backups.download', { unprotected: true }));
    expect(saved).toEqual(['peerdesk-backup.pdbackup']);
  });

  it('offers no tick when the folder is not protected, and the saved file brings the notice', async () => {
    const call = renderWith('off');
    await waitFor(() => expect(call).toHaveBeenCalledWith('protection.status', undefined));
    expect(screen.queryByLabelText(/Save it unprotected/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save a backup to a file' }));
    await waitFor(() => expect(saved).toEqual(['peerdesk-backup.pdbackup']));
  });
});
