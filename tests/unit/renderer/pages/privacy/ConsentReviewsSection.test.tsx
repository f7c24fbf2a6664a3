// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addMonthsIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { ConsentReviewRow } from '../../../../../shared/domain/consent-reviews';
import { ConsentReviewsSection } from '../../../../../renderer/pages/privacy/ConsentReviewsSection';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const ROWS: ConsentReviewRow[] = [
  { kind: 'member', personId: 'm1', name: 'Siân Llewelyn', consentId: 'c1', what: 'Photos in publicity', given: '2024-11-01', review: '2026-11-01', overdue: true },
  { kind: 'volunteer', personId: 'v1', name: 'Ffion Jones', consentId: 'c2', what: 'Contact by email', given: '2024-12-10', review: '2026-12-10', overdue: false },
];

function show(rows: ConsentReviewRow[] = ROWS) {
  let due = rows;
  return renderAt('/privacy', { '/privacy': <ConsentReviewsSection /> }, (name) => {
    if (name === 'consentReviews.due') return due;
    if (name === 'members.reviewConsent') {
      due = due.filter((r) => r.consentId !== 'c1');
      return { id: 'm1' };
    }
    throw new Error(`unexpected call ${name}`);
  });
}

describe('consents due for review', () => {
  it('lists each consent with its person (linked to their consent log), the dates, and what is past its date; search narrows it', async () => {
    show();
    const table = await screen.findByRole('table', { name: /Consents due for review/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Siân LlewelynMemberPhotos in publicity01/11/202401/11/2026Past the date'),
      expect.stringContaining('Ffion JonesVolunteerContact by email10/12/202410/12/2026'),
    ]);
    expect(within(table).getByRole('link', { name: 'Siân Llewelyn' }).getAttribute('href')).toBe('/members/m1/consents');
    expect(screen.getByRole('heading', { name: 'Consents due for review (2)' })).toBeTruthy();
    await userEvent.type(screen.getByRole('searchbox', { name: /Search consents due for review/ }), 'sian');
    expect(screen.getByText('Showing 1 of 2 consents')).toBeTruthy();
  });

  it('"Mark reviewed" records today and two years on by default, and the consent leaves the list', async () => {
    const { calls } = show();
    await userEvent.click(await screen.findByRole('button', { name: /Mark reviewed.*Siân Llewelyn, Photos in publicity/ }));
    const dialog = screen.getByRole('dialog', { name: 'Photos in publicity: Siân Llewelyn' });
    expect(within(dialog).getByLabelText<HTMLInputElement>(/They said they still agree on/).value).toBe(formatUkDate(todayIso()));
    expect(within(dialog).getByLabelText<HTMLInputElement>(/Ask again on/).value).toBe(formatUkDate(addMonthsIso(todayIso(), 24)));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark reviewed' }));
    expect(await screen.findByText('Recorded that Siân Llewelyn still agrees: Photos in publicity.')).toBeTruthy();
    expect(callsTo(calls, 'members.reviewConsent')).toEqual([{ id: 'm1', consentId: 'c1', review: { on: todayIso(), next: addMonthsIso(todayIso(), 24) } }]);
    expect(screen.queryByRole('link', { name: 'Siân Llewelyn' })).toBeNull();
  });

  it('refuses a next review date that is not after the check, beside the field, without saving', async () => {
    const { calls } = show();
    await userEvent.click(await screen.findByRole('button', { name: /Mark reviewed.*Siân Llewelyn/ }));
    const next = screen.getByLabelText(/Ask again on/);
    await userEvent.clear(next);
    await userEvent.type(next, '01/01/2020');
    await userEvent.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    expect(await screen.findByText('The next review date must be after the date it was checked')).toBeTruthy();
    expect(callsTo(calls, 'members.reviewConsent')).toEqual([]);
  });

  it('says when nothing is due', async () => {
    show([]);
    expect(await screen.findByText('No consents are due for review.')).toBeTruthy();
  });
});
