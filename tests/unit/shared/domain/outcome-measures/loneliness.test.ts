import { describe, expect, it } from 'vitest';
import { compareScores, measureById, ONS_LONELY_ITEM_ID, scoreAnswers } from '../../../../../shared/domain/outcome-measures';
import { answersFor } from './answers-for';

const UCLA = measureById('ucla-3', [])!;
// Item order: lack companionship, left out, isolated (1 hardly ever or never, 2 some of the time,
// 3 often), then the ONS direct question (1 often/always … 5 never).
const score = (values: (number | null)[]) => scoreAnswers(UCLA, answersFor(UCLA, values));

describe('UCLA 3-item loneliness scoring', () => {
  it('adds the three UCLA answers, 3 to 9', () => {
    expect(score([1, 1, 1, 5])).toMatchObject({ scored: true, score: 3 });
    // 2 + 3 + 1 = 6
    expect(score([2, 3, 1, 3])).toMatchObject({ scored: true, score: 6 });
    expect(score([3, 3, 3, 1])).toMatchObject({ scored: true, score: 9 });
  });

  it('never adds the ONS direct question to the total', () => {
    // Same UCLA answers, direct question "Never" (5) vs "Often/always" (1): total stays 2 + 2 + 2 = 6.
    expect(score([2, 2, 2, 5]).score).toBe(6);
    expect(score([2, 2, 2, 1]).score).toBe(6);
  });

  it('reports the direct question by its answer', () => {
    expect(score([2, 2, 2, 1]).perItem?.[ONS_LONELY_ITEM_ID]).toEqual({ value: 1, band: 'Often/always' });
    expect(score([2, 2, 2, 3]).perItem?.[ONS_LONELY_ITEM_ID]).toEqual({ value: 3, band: 'Occasionally' });
  });

  it('is not scored with a UCLA answer missing, but still reports the direct question', () => {
    const s = score([2, null, 2, 4]);
    expect(s).toMatchObject({ scored: false, reason: 'Not scored: all three answers are needed' });
    expect(s.perItem?.[ONS_LONELY_ITEM_ID]).toEqual({ value: 4, band: 'Hardly ever' });
  });

  it('scores the UCLA total when only the direct question is blank', () => {
    expect(score([1, 2, 1, null])).toMatchObject({ scored: true, score: 4 });
  });

  it('refuses 4 on a UCLA question and 6 on the direct question', () => {
    expect(score([4, 1, 1, 1]).scored).toBe(false);
    expect(score([1, 1, 1, 6]).reason).toMatch(/How often do you feel lonely\?.*1 to 5/);
  });
});

describe('UCLA change', () => {
  it('needs the total to move by 2 or more; lower is better', () => {
    // 7 → 5 is −2: improved. 7 → 6 is −1: no reliable change. 5 → 7 is +2: worse.
    expect(compareScores(UCLA, score([3, 2, 2, 2]), score([2, 2, 1, 2]))).toMatchObject({ change: -2, direction: 'improved' });
    expect(compareScores(UCLA, score([3, 2, 2, 2]), score([2, 2, 2, 2]))).toMatchObject({ change: -1, direction: 'no-reliable-change' });
    expect(compareScores(UCLA, score([2, 2, 1, 2]), score([3, 2, 2, 2]))).toMatchObject({ change: 2, direction: 'worse' });
  });

  it('compares the direct question on its own: a step towards "Never" is better', () => {
    // "Some of the time" (2) → "Hardly ever" (4): +2 steps, less lonely.
    expect(compareScores(UCLA, score([2, 2, 2, 2]), score([2, 2, 2, 4])).perItem).toEqual({
      [ONS_LONELY_ITEM_ID]: { change: 2, direction: 'improved' },
    });
    // "Occasionally" (3) → "Often/always" (1): worse.
    expect(compareScores(UCLA, score([2, 2, 2, 3]), score([2, 2, 2, 1])).perItem?.[ONS_LONELY_ITEM_ID]).toEqual({ change: -2, direction: 'worse' });
    // One step, "Occasionally" → "Hardly ever", counts: the answers are coarse.
    expect(compareScores(UCLA, score([2, 2, 2, 3]), score([2, 2, 2, 4])).perItem?.[ONS_LONELY_ITEM_ID]?.direction).toBe('improved');
  });

  it('still compares the direct question when a UCLA total is missing', () => {
    const c = compareScores(UCLA, score([2, null, 2, 2]), score([1, 1, 1, 5]));
    expect(c.direction).toBe('not-comparable');
    expect(c.perItem?.[ONS_LONELY_ITEM_ID]).toEqual({ change: 3, direction: 'improved' });
  });
});
