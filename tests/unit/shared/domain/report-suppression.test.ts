import { describe, expect, it } from 'vitest';
import { demographicTables } from '../../../../shared/domain/report-demographics';
import { shownCount } from '../../../../shared/domain/report-suppression';

describe('small numbers in the tables of people', () => {
  it('shows 1 to 4 as "<5" only when suppression is on', () => {
    expect([0, 1, 4, 5, 1234].map((n) => shownCount(n, true))).toEqual(['0', '<5', '<5', '5', '1,234']);
    expect([0, 1, 4, 5].map((n) => shownCount(n, false))).toEqual(['0', '1', '4', '5']);
  });

  it('keeps counts of 5 or more, with their percentage, beside hidden ones', () => {
    const people = [
      ...Array.from({ length: 7 }, () => ({ equality: { sex: 'female' as const } })),
      ...Array.from({ length: 2 }, () => ({ equality: { sex: 'male' as const } })),
      { equality: {} },
    ];
    const [, sex] = demographicTables(people, { ageBands: [{ from: 18 }], ageOn: '2026-03-31', suppress: true });
    expect(sex!.rows.map((r) => [r.label, r.shown, r.percent])).toEqual([
      ['Female', '7', '70%'],
      ['Male', '<5', ''],
      ['Prefer not to say', '0', '0%'],
      ['Not known', '<5', ''],
    ]);
    expect(sex!.total).toBe(10);
  });
});
