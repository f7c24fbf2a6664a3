import { describe, expect, it } from 'vitest';
import { consentReviewsDue, type ConsentHolder } from '../../../../shared/domain/consent-reviews';
import type { Consent } from '../../../../shared/domain/consents';

const consent = (id: string, review: string | undefined, extra: Partial<Consent> = {}): Consent => ({ id, what: `Consent ${id}`, date: '2024-01-10', how: 'written', ...(review ? { review } : {}), ...extra });
const person = (id: string, consents: Consent[], extra: Partial<ConsentHolder> = {}): ConsentHolder => ({ kind: 'member', id, firstName: 'Person', lastName: id, consents, ...extra });

describe('consents due for review', () => {
  const today = '2026-12-07';

  it('lists what is past its review date or within 30 days, soonest first, and nothing further off', () => {
    const rows = consentReviewsDue([person('a', [consent('late', '2026-12-06'), consent('today', '2026-12-07'), consent('edge', '2027-01-06'), consent('beyond', '2027-01-07')])], today);
    expect(rows.map((r) => [r.consentId, r.overdue])).toEqual([
      ['late', true],
      ['today', false],
      ['edge', false],
    ]);
  });

  it('leaves out withdrawn consents, consents with no review date, and erased people', () => {
    const rows = consentReviewsDue(
      [
        person('a', [consent('withdrawn', '2026-01-01', { withdrawn: '2025-05-01' }), consent('undated', undefined)]),
        person('b', [consent('erased', '2026-01-01')], { erasedAt: '2026-11-01T10:00:00.000Z' }),
        person('c', [consent('kept', '2026-01-01')], { kind: 'volunteer', preferredName: 'Cat' }),
      ],
      today,
    );
    expect(rows).toEqual([{ kind: 'volunteer', personId: 'c', name: 'Cat c', consentId: 'kept', what: 'Consent kept', given: '2024-01-10', review: '2026-01-01', overdue: true }]);
  });
});
