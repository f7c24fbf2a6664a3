import { describe, expect, it } from 'vitest';
import { consentFormSchema, consentInputSchema, consentReviewDue, reviewedEveryTwoYears, suggestedReviewDate } from '../../../../shared/domain/consents';

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

describe('consents reviewed every two years (sample data)', () => {
  it('rolls the review on two years at a time until it is at most 20 days overdue, keeping when it was last checked', () => {
    expect(reviewedEveryTwoYears('2025-06-01', '2026-12-07')).toEqual({ review: '2027-06-01' });
    expect(reviewedEveryTwoYears('2020-03-10', '2026-12-07')).toEqual({ review: '2028-03-10', reviewed: '2026-03-10' });
    // 20 days overdue is left due; 21 days rolls on.
    expect(reviewedEveryTwoYears('2024-11-17', '2026-12-07')).toEqual({ review: '2026-11-17' });
    expect(reviewedEveryTwoYears('2024-11-16', '2026-12-07')).toEqual({ review: '2028-11-16', reviewed: '2026-11-16' });
  });
});
