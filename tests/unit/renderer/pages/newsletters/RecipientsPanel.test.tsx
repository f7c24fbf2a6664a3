// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NewsletterRecipients } from '../../../../../shared/api';
import { RecipientsPanel } from '../../../../../renderer/pages/newsletters/RecipientsPanel';

afterEach(cleanup);

function recipients(unasked: NewsletterRecipients['volunteersWithoutEmailConsent']): NewsletterRecipients {
  return { counts: { email: 2, post: 1, 'large-print': 0 }, total: 3, recipients: [], excluded: [], excludedCounts: {}, emailListCount: 2, volunteersWithoutEmailConsent: unasked };
}

describe('who gets the newsletter', () => {
  it('says how many current volunteers have no email consent on record, so none drops off the email list unseen', () => {
    render(<RecipientsPanel recipients={recipients({ total: 4, choseEmail: 3 })} />);
    expect(screen.getByText(/4 current volunteers have no consent to email on record/).closest('p')?.textContent).toBe(
      "4 current volunteers have no consent to email on record, 3 of them chose email as a way to contact them. A contact preference is not consent: record it on the volunteer's Consents tab when they agree, and they join the email list.",
    );
  });

  it('says nothing about it once every current volunteer has been asked', () => {
    render(<RecipientsPanel recipients={recipients({ total: 0, choseEmail: 0 })} />);
    expect(screen.getByText(/The email list has 2 addresses/)).toBeTruthy();
    expect(screen.queryByText(/no consent to email on record/)).toBeNull();
  });
});
