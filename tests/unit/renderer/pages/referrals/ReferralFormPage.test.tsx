// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Referral } from '../../../../../shared/domain/referrals';
import { ReferralFormPage } from '../../../../../renderer/pages/referrals/ReferralFormPage';
import { ReferralPage } from '../../../../../renderer/pages/referrals/ReferralPage';
import { makeStatus, WithStatus } from '../../bridge';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const REFERRAL: Referral = {
  id: 'ref-1',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  receivedDate: '2026-11-02',
  source: 'gp',
  referrer: { organisation: 'Bridge Street Surgery' },
  person: { firstName: 'Gráinne', lastName: 'Ní Bhriain', phone: '07700 900123' },
  targetWaitDays: 14,
  outcome: 'open',
};

const ROUTES = {
  '/referrals/new': (
    <WithStatus initial={makeStatus()}>
      <ReferralFormPage />
    </WithStatus>
  ),
  '/referrals/:id/edit': (
    <WithStatus initial={makeStatus()}>
      <ReferralFormPage />
    </WithStatus>
  ),
  '/referrals/:id': <ReferralPage />,
  '/referrals': <h1>Referrals</h1>,
};

/** The main process: the referral on file, saved as sent, its list row, and no groups yet. */
function answer(name: string, input: unknown): unknown {
  if (name === 'referrals.get') return REFERRAL;
  if (name === 'referrals.update') return { ...REFERRAL, ...(input as { referral: object }).referral, id: 'ref-1' };
  if (name === 'referrals.list') return { rows: [], openCount: 1, overTargetCount: 0 };
  if (name === 'groups.list') return [];
  if (name === 'referrals.setOutcome') return { referral: { ...REFERRAL, outcome: 'withdrawn', outcomeDate: '2026-11-20' } };
  return undefined;
}

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('leaving the referral form', () => {
  it('asks before Cancel throws away what was typed: Stay keeps the text and focus, Discard leaves', async () => {
    const user = userEvent.setup();
    const { location } = renderAt('/referrals/ref-1/edit', ROUTES, answer);
    const reason = await screen.findByLabelText('Reason for referral');
    await screen.findByDisplayValue('Gráinne');
    await user.type(reason, 'Low mood since her husband died; would like a group near Bridge Street');

    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    await user.click(within(discard()).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cancel);
    expect((reason as HTMLTextAreaElement).value).toBe('Low mood since her husband died; would like a group near Bridge Street');
    expect(location.history.at(-1)).toBe('/referrals/ref-1/edit');

    await user.click(cancel);
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Referral: Gráinne Ní Bhriain' });
    expect(location.history.at(-1)).toBe('/referrals/ref-1');
  });

  it('leaves a new, untouched form at once, and saving never asks', async () => {
    const user = userEvent.setup();
    const first = renderAt('/referrals/new', ROUTES, answer);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'Referrals' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(first.location.history.at(-1)).toBe('/referrals');
    cleanup();

    const { calls } = renderAt('/referrals/ref-1/edit', ROUTES, answer);
    await user.type(await screen.findByLabelText('Reason for referral'), 'Asked for a Welsh-speaking group');
    await screen.findByDisplayValue('Gráinne');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: 'Referral: Gráinne Ní Bhriain' });
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).toBeNull();
    expect(callsTo(calls, 'referrals.update')).toHaveLength(1);
  });
});

describe('recording the outcome of a referral', () => {
  it('asks before Escape or Cancel closes it with something changed; Stay keeps what was typed; saving does not ask', async () => {
    const user = userEvent.setup();
    const { calls } = renderAt('/referrals/ref-1', ROUTES, answer);
    const record = await screen.findByRole('button', { name: 'Record outcome' });

    // Untouched, it closes at once.
    await user.click(record);
    await user.click(within(screen.getByRole('dialog', { name: 'Record the outcome for Gráinne Ní Bhriain' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(record);
    let dialog = screen.getByRole('dialog', { name: 'Record the outcome for Gráinne Ní Bhriain' });
    await user.click(within(dialog).getByLabelText('Withdrawn (they decided not to go ahead)'));
    const reason = within(dialog).getByLabelText('Reason (optional)');
    await user.type(reason, 'Found work on weekdays');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    dialog = screen.getByRole('dialog', { name: 'Record the outcome for Gráinne Ní Bhriain' });
    expect(document.activeElement).toBe(reason);
    expect((reason as HTMLInputElement).value).toBe('Found work on weekdays');

    expect(pressEscapeIn(dialog)).toBe(true);
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(record);
    expect(callsTo(calls, 'referrals.setOutcome')).toEqual([]);

    // Opened again, it starts afresh; saving closes it without asking.
    await user.click(record);
    dialog = screen.getByRole('dialog', { name: 'Record the outcome for Gráinne Ní Bhriain' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Accepted: they become an active member').checked).toBe(true);
    await user.click(within(dialog).getByLabelText('Withdrawn (they decided not to go ahead)'));
    await user.click(within(dialog).getByRole('button', { name: 'Save outcome' }));
    await screen.findByText(/Referral withdrawn/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'referrals.setOutcome')).toEqual([expect.objectContaining({ id: 'ref-1', outcome: 'withdrawn' })]);
  });
});
