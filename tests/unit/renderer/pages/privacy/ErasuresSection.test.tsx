// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErasureLog } from '../../../../../shared/api';
import { ErasuresSection } from '../../../../../renderer/pages/privacy/ErasuresSection';
import { announcePrivacyChange } from '../../../../../renderer/pages/privacy/privacy-changes';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const LOG: ErasureLog = {
  erasures: [
    {
      id: 'e1',
      erasedAt: '2026-11-20T10:00:00.000Z',
      kind: 'member',
      personId: 'p1',
      reason: 'They asked by email',
      placeholder: 'Erased person P1',
      backups: { count: 0, keptUntilDeleted: 0 },
    },
  ],
  backupsHolding: 0,
  damagedFiles: [{ name: 'members.corrupt-20250101-090000.json', setAsideAt: '2025-01-01T09:00:00.000Z' }],
};

function show(log: ErasureLog = LOG) {
  let held = log;
  return renderAt('/privacy', { '/privacy': <ErasuresSection openId={undefined} /> }, (name) => {
    if (name === 'erasures.list') return held;
    if (name === 'erasures.deleteDamagedFiles') {
      held = { ...held, damagedFiles: [] };
      return { deleted: 1 };
    }
    throw new Error(`unexpected ${name}`);
  });
}

describe('the erasure log', () => {
  it('says files set aside as damaged may hold erased details, and deletes them after a confirmation naming them', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    const section = await screen.findByRole('region', { name: 'Erasures (1)' });
    expect(within(section).getByText(/^1 file in the data folder was set aside as damaged and may still hold an erased person’s details\./)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Delete damaged files' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete 1 file set aside as damaged?' });
    expect(within(dialog).getByText('members.corrupt-20250101-090000.json')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Delete damaged files' }));
    expect(callsTo(calls, 'erasures.deleteDamagedFiles')).toHaveLength(1);
    expect(await screen.findByText('Deleted 1 file set aside as damaged.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Delete damaged files' })).toBeNull();
  });

  it('loads again when another section of the Privacy page erases someone', async () => {
    const { calls } = show({ ...LOG, damagedFiles: [] });
    await screen.findByRole('region', { name: 'Erasures (1)' });
    expect(callsTo(calls, 'erasures.list')).toHaveLength(1);
    await act(async () => {
      announcePrivacyChange();
      await Promise.resolve();
    });
    expect(callsTo(calls, 'erasures.list')).toHaveLength(2);
  });
});
