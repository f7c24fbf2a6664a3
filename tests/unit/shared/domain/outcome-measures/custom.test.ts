import { describe, expect, it } from 'vitest';
import {
  compareScores,
  customMeasureDefinition,
  customScaleFromInput,
  customScaleInputSchema,
  measureById,
  scoreAnswers,
  type CustomScale,
  type MeasureScore,
} from '../../../../../shared/domain/outcome-measures';
import { answersFor } from './answers-for';

// "Confidence check": three questions answered 1–5, the second worded the other way round.
const CONFIDENCE: CustomScale = {
  id: 'scale-1',
  name: 'Confidence check',
  items: [
    { id: 'q1', text: 'I feel confident meeting new people', reverse: false },
    { id: 'q2', text: 'I worry about going out on my own', reverse: true },
    { id: 'q3', text: 'I know where to get help', reverse: false },
  ],
  answerMin: 1,
  answerMax: 5,
  labels: [
    { value: 1, label: 'Not at all' },
    { value: 5, label: 'Very much' },
  ],
  higherIsBetter: true,
  meaningfulChange: 3,
  missing: 'none',
};
const measure = (scale: CustomScale = CONFIDENCE) => customMeasureDefinition(scale);
const scored = (total: number): MeasureScore => ({ scored: true, score: total });

describe('custom scale scoring', () => {
  it('reverses reverse-scored items within the scale’s own range', () => {
    // q1 4, q2 answered 2 counts (1 + 5 − 2) = 4, q3 5: 4 + 4 + 5 = 13
    expect(scoreAnswers(measure(), answersFor(measure(), [4, 2, 5]))).toMatchObject({ scored: true, score: 13 });
  });

  it('reverses a 0–10 item as 10 − answer', () => {
    const zeroToTen = measure({ ...CONFIDENCE, answerMin: 0, answerMax: 10, labels: [] });
    // 7 + (0 + 10 − 3) + 0 = 14
    expect(scoreAnswers(zeroToTen, answersFor(zeroToTen, [7, 3, 0]))).toMatchObject({ score: 14 });
  });

  it('needs every answer when the rule is "none missing"', () => {
    expect(scoreAnswers(measure(), answersFor(measure(), [4, null, 5]))).toMatchObject({
      scored: false,
      reason: 'Not scored: all three answers are needed',
    });
  });

  it('fills one missing answer with the mean of the others when allowed, but not two', () => {
    const lenient = measure({ ...CONFIDENCE, missing: 'prorate-one' });
    // q1 4, q2 missing, q3 5: (4 + 5) ÷ 2 × 3 = 13.5
    expect(scoreAnswers(lenient, answersFor(lenient, [4, null, 5]))).toMatchObject({ scored: true, score: 13.5, prorated: true });
    expect(scoreAnswers(lenient, answersFor(lenient, [4, null, null])).scored).toBe(false);
  });

  it('refuses an answer outside the scale’s range', () => {
    expect(scoreAnswers(measure(), answersFor(measure(), [6, 1, 1])).reason).toMatch(/whole number from 1 to 5/);
  });

  it('prints unlabelled answers as the number alone', () => {
    expect(measure().answers.map((a) => a.label)).toEqual(['Not at all', '2', '3', '4', 'Very much']);
  });
});

describe('custom scale change', () => {
  it('uses the scale’s meaningful change, higher is better', () => {
    // 9 → 12 is +3: improved. 9 → 11 is +2: no change. 9 → 6 is −3: worse.
    expect(compareScores(measure(), scored(9), scored(12))).toEqual({ change: 3, direction: 'improved' });
    expect(compareScores(measure(), scored(9), scored(11))).toEqual({ change: 2, direction: 'no-reliable-change' });
    expect(compareScores(measure(), scored(9), scored(6))).toEqual({ change: -3, direction: 'worse' });
  });

  it('turns the direction round when lower is better', () => {
    const distress = measure({ ...CONFIDENCE, higherIsBetter: false });
    // 12 → 9 is −3: improved; 9 → 12 is +3: worse.
    expect(compareScores(distress, scored(12), scored(9))).toEqual({ change: -3, direction: 'improved' });
    expect(compareScores(distress, scored(9), scored(12))).toEqual({ change: 3, direction: 'worse' });
  });

  it('compares pro-rated totals to one decimal place', () => {
    // 13.5 − 10.5 = 3.0 exactly.
    expect(compareScores(measure(), scored(10.5), scored(13.5))).toEqual({ change: 3, direction: 'improved' });
  });
});

describe('custom scale input', () => {
  const valid = {
    name: ' Confidence check ',
    items: [{ text: 'I feel confident meeting new people' }, { text: 'I worry about going out on my own', reverse: true }],
    answerMin: 1,
    answerMax: 5,
    labels: [{ value: 5, label: 'Very much' }, { value: 1, label: 'Not at all' }],
    higherIsBetter: true,
    meaningfulChange: 2,
  };
  const messages = (input: unknown) => {
    const r = customScaleInputSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a scale and fills in the defaults', () => {
    const v = customScaleInputSchema.parse(valid);
    expect(v).toMatchObject({ name: 'Confidence check', missing: 'none' });
    expect(v.items[0]?.reverse).toBe(false);
  });

  it('gives plain-English messages for what is wrong', () => {
    expect(messages({ ...valid, name: '' })).toContain('Enter a name for the scale');
    expect(messages({ ...valid, items: [] })).toContain('Add at least one question');
    expect(messages({ ...valid, answerMax: 1 })).toContain('The highest answer must be more than the lowest');
    expect(messages({ ...valid, answerMin: 0, answerMax: 30 })).toContain('Answers can span at most 20 points, like 0 to 10');
    expect(messages({ ...valid, labels: [{ value: 7, label: 'Lots' }] })).toContain('Label "Lots" is for 7, outside the answers 1 to 5');
    expect(messages({ ...valid, meaningfulChange: 0 })).toContain('A meaningful change must be more than 0 points');
    // Two items of 1–5 span at most 8 points.
    expect(messages({ ...valid, meaningfulChange: 9 })).toContain('A meaningful change cannot be more than 8 points, the whole range of the scale');
    expect(messages({ ...valid, items: [{ text: 'Only one' }], missing: 'prorate-one' })).toContain(
      'A one-question scale cannot fill in a missing answer',
    );
  });

  it('keeps item ids on edit and gives new items new ids', () => {
    let n = 0;
    const newId = () => `id-${++n}`;
    const values = customScaleInputSchema.parse({ ...valid, items: [{ id: 'kept', text: 'Kept question' }, { text: 'New question' }] });
    const scale = customScaleFromInput(values, newId, 'scale-7');
    expect(scale.id).toBe('scale-7');
    expect(scale.items.map((i) => i.id)).toEqual(['kept', 'id-1']);
    // Labels are stored in answer order, whatever order they were typed in.
    expect(scale.labels.map((l) => l.value)).toEqual([1, 5]);
  });

  it('never lets a custom scale take a built-in measure’s id', () => {
    const values = customScaleInputSchema.parse(valid);
    expect(() => customScaleFromInput(values, () => 'x', 'swemwbs')).toThrow(/clashes/);
  });

  it('is found by id alongside the built-in measures', () => {
    expect(measureById('scale-1', [CONFIDENCE])?.name).toBe('Confidence check');
    expect(measureById('scale-2', [CONFIDENCE])).toBeUndefined();
  });
});
