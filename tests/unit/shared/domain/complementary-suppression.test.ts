import { describe, expect, it } from 'vitest';
import { groupCountsShown } from '../../../../shared/domain/complementary-suppression';

const counts = (...values: number[]) => values.map((count) => ({ count }));

describe('hiding a second count beside a lone “<5”', () => {
  it('n 8 as 6 / 2 / 0: the 2 is “<5”, and the 0 is withheld too, or 8 − 6 − 0 would give it away', () => {
    expect(groupCountsShown(counts(6, 2, 0), true)).toEqual(['shown', 'small', 'withheld']);
  });

  it('n 12 as 5 / 4 / 3: two counts are already hidden, so nothing more is', () => {
    expect(groupCountsShown(counts(5, 4, 3), true)).toEqual(['shown', 'small', 'small']);
  });

  it('n 20 as 10 / 6 / 4: the 4 is “<5”, and the smaller of the others, 6, is withheld', () => {
    expect(groupCountsShown(counts(10, 6, 4), true)).toEqual(['shown', 'withheld', 'small']);
  });

  it('every count 5 or more: all shown', () => {
    expect(groupCountsShown(counts(6, 7, 5), true)).toEqual(['shown', 'shown', 'shown']);
  });

  it('all zero but one: nothing to work out when that one is 5 or more; a zero withheld when it is 1 to 4', () => {
    expect(groupCountsShown(counts(8, 0, 0), true)).toEqual(['shown', 'shown', 'shown']);
    expect(groupCountsShown(counts(3, 0, 0), true)).toEqual(['small', 'withheld', 'shown']);
  });

  it('with suppression off, every count is shown', () => {
    expect(groupCountsShown(counts(6, 2, 0), false)).toEqual(['shown', 'shown', 'shown']);
  });

  it('a count not printed but following from the total protects a small one, or is protected when it is small itself', () => {
    // 6 of 8 clinically improved: the 2 who did not follow from n, so the 6 is withheld.
    expect(groupCountsShown([{ count: 6 }, { count: 2, printed: false }], true)[0]).toBe('withheld');
    // 6 of 16: the 10 who did not are not small; nothing to protect.
    expect(groupCountsShown([{ count: 6 }, { count: 10, printed: false }], true)[0]).toBe('shown');
    // 2 of 8: the 2 is "<5" and the 6 who did not are not printed, so the 2 cannot be worked out.
    expect(groupCountsShown([{ count: 2 }, { count: 6, printed: false }], true)[0]).toBe('small');
  });
});
