import { describe, expect, it } from 'vitest';
import { compareScores, measureById, scoreAnswers, SWEMWBS_METRIC } from '../../../../../shared/domain/outcome-measures';
import { answersFor } from './answers-for';

const SWEMWBS = measureById('swemwbs', [])!;

// Warwick's table as printed in product.md "Domain facts", typed again here by hand so that a
// slip in the source table fails the test rather than being copied into it.
const PUBLISHED: [raw: number, metric: number][] = [
  [7, 7.0], [8, 9.51], [9, 11.25], [10, 12.4], [11, 13.33], [12, 14.08], [13, 14.75], [14, 15.32],
  [15, 15.84], [16, 16.36], [17, 16.88], [18, 17.43], [19, 17.98], [20, 18.59], [21, 19.25],
  [22, 19.98], [23, 20.73], [24, 21.54], [25, 22.35], [26, 23.21], [27, 24.11], [28, 25.03],
  [29, 26.02], [30, 27.03], [31, 28.13], [32, 29.31], [33, 30.7], [34, 32.55], [35, 35.0],
];

/** Seven answers adding up to `raw`: as many 5s as fit, the rest 1s, one answer taking the remainder. */
function answersTotalling(raw: number): number[] {
  const values = [1, 1, 1, 1, 1, 1, 1];
  let left = raw - 7;
  for (let i = 0; i < 7 && left > 0; i++) {
    const add = Math.min(4, left);
    values[i] = 1 + add;
    left -= add;
  }
  return values;
}

describe('SWEMWBS scoring', () => {
  it('has all 29 rows of the conversion table, 7 to 35', () => {
    expect(Object.keys(SWEMWBS_METRIC).map(Number)).toEqual(PUBLISHED.map(([raw]) => raw));
  });

  it.each(PUBLISHED)('raw %i converts to metric %d', (raw, metric) => {
    const values = answersTotalling(raw);
    expect(values.reduce((a, b) => a + b, 0)).toBe(raw);
    const score = scoreAnswers(SWEMWBS, answersFor(SWEMWBS, values));
    expect(score).toMatchObject({ scored: true, score: raw, metric });
  });

  it('adds the seven answers as ticked (no reversed items)', () => {
    // 1+2+3+4+5+4+3 = 22 → 19.98
    const score = scoreAnswers(SWEMWBS, answersFor(SWEMWBS, [1, 2, 3, 4, 5, 4, 3]));
    expect(score).toMatchObject({ scored: true, score: 22, metric: 19.98 });
    expect(score.perItem?.['relaxed']).toEqual({ value: 3 });
  });

  it('is not scored with any answer missing, and says why', () => {
    const score = scoreAnswers(SWEMWBS, answersFor(SWEMWBS, [5, 5, 5, 5, 5, 5, null]));
    expect(score).toEqual(expect.objectContaining({ scored: false, reason: 'Not scored: all seven answers are needed' }));
    expect(score.score).toBeUndefined();
    expect(score.metric).toBeUndefined();
  });

  it('treats an item left out of the answers altogether as missing', () => {
    const answers = answersFor(SWEMWBS, [3, 3, 3, 3, 3, 3, 3]);
    delete answers['own-mind'];
    expect(scoreAnswers(SWEMWBS, answers).scored).toBe(false);
  });

  it('refuses an answer the scale does not offer rather than scoring it', () => {
    // 6 is not on the 1–5 scale; 0 is not either.
    expect(scoreAnswers(SWEMWBS, answersFor(SWEMWBS, [6, 3, 3, 3, 3, 3, 3]))).toMatchObject({ scored: false });
    expect(scoreAnswers(SWEMWBS, answersFor(SWEMWBS, [0, 3, 3, 3, 3, 3, 3])).reason).toMatch(/whole number from 1 to 5/);
  });
});

describe('SWEMWBS change', () => {
  const at = (raw: number) => scoreAnswers(SWEMWBS, answersFor(SWEMWBS, answersTotalling(raw)));

  it('counts a rise of exactly 3 metric points as improved', () => {
    // raw 20 (18.59) → raw 24 (21.54) is +2.95: not enough; → raw 25 (22.35) is +3.76.
    expect(compareScores(SWEMWBS, at(20), at(24))).toEqual({ change: 2.95, direction: 'no-reliable-change' });
    expect(compareScores(SWEMWBS, at(20), at(25))).toEqual({ change: 3.76, direction: 'improved' });
  });

  it('measures change on the metric score, not the raw total', () => {
    // raw 7 (7.00) → raw 8 (9.51): one raw point but 2.51 metric points, still under 3.
    expect(compareScores(SWEMWBS, at(7), at(8))).toEqual({ change: 2.51, direction: 'no-reliable-change' });
    // raw 33 (30.70) → raw 34 (32.55) → raw 35 (35.00): 33 → 35 is +4.30.
    expect(compareScores(SWEMWBS, at(33), at(35))).toEqual({ change: 4.3, direction: 'improved' });
  });

  it('counts a fall of 3 or more as worse', () => {
    // raw 9 (11.25) → raw 7 (7.00) is −4.25.
    expect(compareScores(SWEMWBS, at(9), at(7))).toEqual({ change: -4.25, direction: 'worse' });
    // raw 30 (27.03) → raw 28 (25.03) is −2.00.
    expect(compareScores(SWEMWBS, at(30), at(28))).toEqual({ change: -2, direction: 'no-reliable-change' });
  });

  it('keeps exactly 3.00 as meaningful despite floating point', () => {
    // Two metric scores exactly 3 apart are not in the table, so fake them: 12.4 → 15.4.
    const before = { scored: true, score: 10, metric: 12.4 };
    const after = { scored: true, score: 14, metric: 15.4 };
    expect(compareScores(SWEMWBS, before, after)).toEqual({ change: 3, direction: 'improved' });
    expect(compareScores(SWEMWBS, after, before)).toEqual({ change: -3, direction: 'worse' });
  });

  it('is not comparable when either completion was not scored', () => {
    const unscored = scoreAnswers(SWEMWBS, answersFor(SWEMWBS, [null, 3, 3, 3, 3, 3, 3]));
    expect(compareScores(SWEMWBS, unscored, at(30))).toEqual({ change: null, direction: 'not-comparable' });
    expect(compareScores(SWEMWBS, at(30), unscored)).toEqual({ change: null, direction: 'not-comparable' });
  });
});
