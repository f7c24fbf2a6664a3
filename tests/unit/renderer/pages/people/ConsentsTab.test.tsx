// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonthsIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { Volunteer } from '../../../../../shared/domain/volunteers';
import { api } from '../../../../../renderer/lib/api';
import { ConsentsTab } from '../../../../../renderer/pages/people/ConsentsTab';
import { makeVolunteer } from '../../../../factories/volunteers';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

describe("a volunteer's Consents tab", () => {
  it('records a consent through the volunteers API, with a review date two years on unless changed', async () => {
    const user = userEvent.setup();
    const volunteer = makeVolunteer({ id: 'vol-c' });
    const onSaved = vi.fn();
    const { calls } = renderAt('/v', { '/v': <ConsentsTab person={volunteer} area={api.volunteers} onSaved={onSaved} /> }, (name, input) =>
      name === 'volunteers.addConsent' ? { ...volunteer, consents: [{ id: 'c-new', ...(input as { consent: object }).consent }] } : undefined,
    );
    expect(screen.getByText('No consents recorded yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Record consent' }));
    const dialog = screen.getByRole('dialog', { name: 'Record consent' });
    const today = todayIso();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Review by').value).toBe(formatUkDate(addMonthsIso(today, 24)));
    await user.type(within(dialog).getByLabelText('What they agreed to'), 'Contact by email');
    await user.click(within(dialog).getByLabelText('In writing'));
    const review = within(dialog).getByLabelText('Review by');
    await user.clear(review);
    await user.type(review, formatUkDate(today));
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));
    expect(await within(dialog).findByText('The review date must be after the date they agreed')).toBeTruthy();

    await user.clear(review);
    await user.type(review, '01/06/2099');
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(calls, 'volunteers.addConsent')).toEqual([{ id: 'vol-c', consent: { what: 'Contact by email', date: today, how: 'written', review: '2099-06-01' } }]);
    expect(onSaved.mock.calls[0]?.[1]).toBe('Recorded consent: Contact by email');
  });

  it('shows the review date with the status, says when a review is due, and keeps a withdrawn consent with its date', () => {
    const volunteer: Volunteer = makeVolunteer({
      consents: [
        { id: 'c-1', what: 'Photos in publicity', date: '2023-01-05', how: 'verbal', review: '2025-01-05' },
        { id: 'c-2', what: 'Contact by text message', date: '2022-03-01', how: 'written', withdrawn: '2024-02-02' },
        { id: 'c-3', what: 'Contact by email', date: '2024-05-01', how: 'email' },
        { id: 'c-4', what: 'Publishing their story', date: '2022-02-01', how: 'verbal', review: '2099-02-01' },
      ],
    });
    renderAt('/v', { '/v': <ConsentsTab person={volunteer} area={api.volunteers} onSaved={() => undefined} /> }, () => undefined);
    const rows = screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(0, 4).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Contact by email', '01/05/2024', 'By email', 'Given'],
      ['Photos in publicity', '05/01/2023', 'Verbally', 'Given, review due 05/01/2025'],
      ['Contact by text message', '01/03/2022', 'In writing', 'Withdrawn 02/02/2024'],
      ['Publishing their story', '01/02/2022', 'Verbally', 'Given, review by 01/02/2099'],
    ]);
    expect(screen.queryByRole('button', { name: 'Withdraw (Contact by text message)' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Withdraw (Photos in publicity)' })).toBeTruthy();
  });
});
