import { describe, expect, it } from 'vitest';
import { consentFormSchema, consentInputSchema, consentReviewDue, suggestedReviewDate } from '../../../../shared/domain/consents';

describe('consents', () => {
  it('suggest a review two years on, the last day of February standing in for the 29th', () => {
    expect(suggestedReviewDate('2026-11-23')).toBe('2028-11-23');
    expect(suggestedReviewDate('2024-02-29')).toBe('2026-02-28');
  });

  it('are due for review from their review date, unless withdrawn or never given one', () => {
    expect(consentReviewDue({ review: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(consentReviewDue({ review: '2026-11-24' }, '2026-11-23')).toBe(false);
    expect(consentReviewDue({ review: '2026-01-01', withdrawn: '2026-02-01' }, '2026-11-23')).toBe(false);
    expect(consentReviewDue({}, '2026-11-23')).toBe(false);
  });

  it('take a review date after the date given, or none; typed as dd/mm/yyyy on the form', () => {
    expect(consentInputSchema.parse({ what: 'Contact by email', date: '2026-01-02', how: 'written', review: '' })).toEqual({ what: 'Contact by email', date: '2026-01-02', how: 'written', review: undefined });
    const early = consentInputSchema.safeParse({ what: 'Photos in publicity', date: '2026-01-02', how: 'verbal', review: '2026-01-02' });
    expect(early.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['review', 'The review date must be after the date they agreed']]);
    expect(consentFormSchema.parse({ what: 'Photos', date: '02/01/2026', how: 'verbal', review: '02/01/2028' })).toMatchObject({ date: '2026-01-02', review: '2028-01-02' });
  });
});
