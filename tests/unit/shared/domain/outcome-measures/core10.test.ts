import { describe, expect, it } from 'vitest';
import { compareScores, core10Band, measureById, riskItemAnswered, scoreAnswers, type MeasureScore } from '../../../../../shared/domain/outcome-measures';
import { answersFor } from './answers-for';

const CORE10 = measureById('core-10', [])!;
const score = (values: (number | null)[]) => scoreAnswers(CORE10, answersFor(CORE10, values));
const scored = (clinical: number): MeasureScore => ({ scored: true, score: clinical });

describe('CORE-10 scoring', () => {
  it('reverses items 2 and 3 only', () => {
    expect(CORE10.items.map((item) => item.reverse === true)).toEqual([false, true, true, false, false, false, false, false, false, false]);
  });

  it('scores a form with every answer "Not at all" as 8: items 2 and 3 count 4 each', () => {
    // 0 + (4−0) + (4−0) + 0×7 = 8
    expect(score([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toMatchObject({ scored: true, score: 8 });
  });

  it('scores the least distressed possible form as 0 and the most as 40', () => {
    // Items 2 and 3 answered 4 ("Most or all of the time" someone to turn to / able to cope) count 0.
    expect(score([0, 4, 4, 0, 0, 0, 0, 0, 0, 0])).toMatchObject({ score: 0, band: 'Healthy or low-level problems' });
    // Everything 4 except items 2 and 3 answered 0, which count 4: 10 × 4 = 40.
    expect(score([4, 0, 0, 4, 4, 4, 4, 4, 4, 4])).toMatchObject({ score: 40, band: 'Severe psychological distress' });
  });

  it('adds a typical form by hand', () => {
    // 3 + (4−1) + (4−2) + 2 + 1 + 0 + 3 + 2 + 3 + 1 = 3+3+2+2+1+0+3+2+3+1 = 20
    expect(score([3, 1, 2, 2, 1, 0, 3, 2, 3, 1])).toMatchObject({ scored: true, score: 20, band: 'Moderate-to-severe psychological distress' });
  });

  it('pro-rates one missing answer: mean of the other nine × 10, one decimal place', () => {
    // Item 10 missing. Others: 3 + (4−1) + (4−2) + 2 + 1 + 0 + 3 + 2 + 3 = 19 over 9 items.
    // 19 ÷ 9 × 10 = 21.111… → 21.1
    expect(score([3, 1, 2, 2, 1, 0, 3, 2, 3, null])).toEqual(
      expect.objectContaining({ scored: true, score: 21.1, prorated: true, band: 'Moderate-to-severe psychological distress' }),
    );
    // Item 2 (reversed) missing. Others: 2+ (4−3) +1+1+0+1+1+1+1 = 9 over 9 → exactly 10, below the cut-off.
    expect(score([2, null, 3, 1, 1, 0, 1, 1, 1, 1])).toMatchObject({ score: 10, prorated: true, band: 'Healthy or low-level problems' });
  });

  it('pro-rates to a score with a decimal that sits on the right side of the cut-off', () => {
    // Item 1 missing; the other nine: (4−4) + (4−4) + 2 + 2 + 2 + 2 + 1 + 1 + 0 = 10.
    // 10 ÷ 9 × 10 = 11.111… → 11.1, over the cut-off of 11.
    const s = score([null, 4, 4, 2, 2, 2, 2, 1, 1, 0]);
    expect(s).toMatchObject({ score: 11.1, band: 'Mild psychological distress' });
    // Item 1 missing; the other nine: 0 + 0 + 2 + 2 + 2 + 1 + 1 + 1 + 0 = 9 → 9 ÷ 9 × 10 = 10, under 11.
    expect(score([null, 4, 4, 2, 2, 2, 1, 1, 1, 0])).toMatchObject({ score: 10 });
  });

  it('refuses to score with two or more answers missing, and says so', () => {
    const two = score([3, 1, 2, 2, 1, 0, 3, 2, null, null]);
    expect(two).toEqual(expect.objectContaining({ scored: false, reason: 'Two answers missing: not scored (only one may be missing)' }));
    expect(two.score).toBeUndefined();
    expect(score([null, null, null, 2, 1, 0, 3, 2, 3, 1]).reason).toBe('Three answers missing: not scored (only one may be missing)');
  });

  it('keeps every answer as ticked in the per-item view', () => {
    // Reversal is for the total only; the form showed "Only occasionally" (1) for item 2.
    expect(score([3, 1, 2, 2, 1, 0, 3, 2, 3, 1]).perItem?.['support']).toEqual({ value: 1 });
  });
});

describe('CORE-10 bands and cut-off', () => {
  it.each([
    [0, 'Healthy or low-level problems'],
    [10, 'Healthy or low-level problems'],
    [10.9, 'Healthy or low-level problems'],
    [11, 'Mild psychological distress'],
    [14, 'Mild psychological distress'],
    [14.9, 'Mild psychological distress'],
    [15, 'Moderate psychological distress'],
    [19, 'Moderate psychological distress'],
    [20, 'Moderate-to-severe psychological distress'],
    [24, 'Moderate-to-severe psychological distress'],
    [25, 'Severe psychological distress'],
    [40, 'Severe psychological distress'],
  ])('a clinical score of %d is "%s"', (clinical, band) => {
    expect(core10Band(clinical)).toBe(band);
  });
});

describe('CORE-10 risk item', () => {
  it('is item 6, "I made plans to end my life", and only that one', () => {
    expect(CORE10.items.filter((item) => item.risk === true).map((item) => [CORE10.items.indexOf(item) + 1, item.text])).toEqual([
      [6, 'I made plans to end my life'],
    ]);
  });

  it.each([
    [0, false],
    [1, true],
    [2, true],
    [4, true],
  ])('item 6 answered %i flags risk: %s', (value, flagged) => {
    const values = [0, 4, 4, 0, 0, value, 0, 0, 0, 0];
    expect(riskItemAnswered(CORE10, answersFor(CORE10, values))).toBe(flagged);
    expect(score(values).riskFlag === true).toBe(flagged);
  });

  it('flags risk whatever the total, even a total under the cut-off', () => {
    // 0 + 0 + 0 + 0 + 0 + 1 + 0… = 1, far below 11, but item 6 was answered "Only occasionally".
    expect(score([0, 4, 4, 0, 0, 1, 0, 0, 0, 0])).toMatchObject({ score: 1, riskFlag: true });
  });

  it('flags risk on a form that cannot be scored', () => {
    expect(score([null, null, null, 0, 0, 3, 0, 0, 0, 0])).toMatchObject({ scored: false, riskFlag: true });
  });

  it('does not flag a blank item 6', () => {
    expect(riskItemAnswered(CORE10, answersFor(CORE10, [0, 4, 4, 0, 0, null, 0, 0, 0, 0]))).toBe(false);
  });
});

describe('CORE-10 change', () => {
  it('counts a drop of 6 as reliable improvement and 5 as no reliable change', () => {
    expect(compareScores(CORE10, scored(20), scored(14))).toEqual(expect.objectContaining({ change: -6, direction: 'improved' }));
    expect(compareScores(CORE10, scored(20), scored(15))).toEqual(expect.objectContaining({ change: -5, direction: 'no-reliable-change' }));
  });

  it('counts a rise of 6 as reliably worse and 5 as no reliable change', () => {
    expect(compareScores(CORE10, scored(8), scored(14))).toEqual(expect.objectContaining({ change: 6, direction: 'worse' }));
    expect(compareScores(CORE10, scored(8), scored(13))).toEqual(expect.objectContaining({ change: 5, direction: 'no-reliable-change' }));
  });

  it('compares pro-rated scores to one decimal place', () => {
    // 21.1 → 15.1 is −6.0 (not −5.999… from floating point).
    expect(compareScores(CORE10, scored(21.1), scored(15.1))).toEqual(expect.objectContaining({ change: -6, direction: 'improved' }));
    // 21.1 → 15.2 is −5.9.
    expect(compareScores(CORE10, scored(21.1), scored(15.2))).toEqual(expect.objectContaining({ change: -5.9, direction: 'no-reliable-change' }));
  });

  it.each([
    // before, after, clinically and reliably improved — worked by hand
    [16, 10, true], // from 16 (≥11) to 10 (<11), drop 6
    [11, 5, true], // from exactly 11 to 5, drop 6
    [16, 11, false], // drop 5 and still at the cut-off
    [15, 10, false], // below 11 now, but the drop is only 5
    [10, 4, false], // drop 6 but started below the cut-off
    [25, 11, false], // drop 14 but ended at 11, still in the clinical range
    [17, 10.9, true], // pro-rated 10.9 is below 11; drop 6.1
  ])('from %d to %d: clinically and reliably improved is %s', (before, after, expected) => {
    expect(compareScores(CORE10, scored(before), scored(after)).clinicallyAndReliablyImproved).toBe(expected);
  });

  it('is not comparable when a completion had two answers missing', () => {
    const unscored = score([null, null, 2, 2, 1, 0, 3, 2, 3, 1]);
    expect(compareScores(CORE10, scored(20), unscored)).toEqual({ change: null, direction: 'not-comparable' });
  });
});
