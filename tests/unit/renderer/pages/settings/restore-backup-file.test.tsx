// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../../../../../shared/api';
import type { ApiResult } from '../../../../../shared/errors';
import { RecoveryPage } from '../../../../../renderer/pages/recovery/RecoveryPage';
import { useAppStatus } from '../../../../../renderer/lib/app-status';
import { makeStatus, WithStatus } from '../../bridge';

/**
 * Restoring a backup file saved elsewhere, from the page shown when data could not be opened
 * (Settings → Backups uses the same flow): a protected backup asks for the passphrase in use when
 * it was made, says so beside the field when it is wrong, and takes the recovery key instead.
 */

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const NEEDS = 'This backup is protected. Type the passphrase that was in use when it was made, or the recovery key.';
const WRONG = 'That passphrase does not open this backup.';

type Answer = ApiResult<unknown>;
function mainProcess(answers: Answer[]) {
  const call = vi.fn(async (_name: string, _input: unknown): Promise<Answer> => {
    await Promise.resolve();
    return answers.shift() ?? { ok: false, error: { code: 'INTERNAL', message: 'no more answers' } };
  });
  window.peerDesk = { call };
  return call;
}

function Phase() {
  return <p data-testid="phase">{useAppStatus().status.phase}</p>;
}

async function chooseAndConfirm() {
  render(
    <WithStatus initial={makeStatus({ phase: 'needs-recovery', problems: [{ file: 'members.json', reason: 'The file is missing from the data folder' }] })}>
      <Phase />
      <RecoveryPage />
    </WithStatus>,
  );
  const file = new File([new Uint8Array([0x50, 0x44, 0x42, 0x31])], 'peerdesk-2026-06-01-100000-manual.pdbackup');
  await userEvent.upload(screen.getByLabelText(/Choose a backup file/), file);
  await userEvent.click(await screen.findByRole('button', { name: 'Restore backup' }));
}

const restored: Answer = { ok: true, value: makeStatus({ phase: 'ready' }) satisfies AppStatus };

describe('restoring a backup file saved elsewhere', () => {
  it('asks for the passphrase when the backup is protected, shows a wrong one beside the field, and takes the recovery key instead', async () => {
    const call = mainProcess([
      { ok: false, error: { code: 'VALIDATION', message: NEEDS, fields: { passphrase: NEEDS } } },
      { ok: false, error: { code: 'VALIDATION', message: WRONG, fields: { passphrase: WRONG } } },
      restored,
    ]);
    await chooseAndConfirm();
    const dialog = await screen.findByRole('dialog', { name: 'This backup is protected' });
    expect(dialog.textContent).toContain('Type the passphrase that was in use when it was made, or the recovery key');

    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    expect(screen.getByLabelText(/Passphrase/).getAttribute('aria-invalid')).toBe('true');
    expect(call).toHaveBeenCalledTimes(1);

    await userEvent.type(screen.getByLabelText(/Passphrase/), 'an old guess');
    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(dialog.textContent).toContain(WRONG));
    expect(call.mock.calls[1]).toEqual(['backups.restoreFromFile', { file: { name: 'peerdesk-2026-06-01-100000-manual.pdbackup', base64: 'UERCMQ==' }, passphrase: 'an old guess' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Use the recovery key instead' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/Recovery key/)));
    await userEvent.type(screen.getByLabelText(/Recovery key/), 'abcd efgh');
    await userEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(screen.getByTestId('phase').textContent).toBe('ready'));
    expect(call.mock.calls[2]?.[1]).toMatchObject({ recoveryKey: 'abcd efgh' });
    expect(screen.queryByRole('dialog', { name: 'This backup is protected' })).toBeNull();
  });

  it('restores a plain backup without a question, and shows any other refusal on the page', async () => {
    mainProcess([{ ok: false, error: { code: 'BAD_FILE', message: 'This file is not a Peer Desk backup, or it is damaged.' } }, restored]);
    await chooseAndConfirm();
    expect(await screen.findByText('This file is not a Peer Desk backup, or it is damaged.')).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'This backup is protected' })).toBeNull();
    await userEvent.upload(screen.getByLabelText(/Choose a backup file/), new File(['x'], 'plain.pdbackup'));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore backup' }));
    await waitFor(() => expect(screen.getByTestId('phase').textContent).toBe('ready'));
  });
});
