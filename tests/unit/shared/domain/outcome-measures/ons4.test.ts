import { describe, expect, it } from 'vitest';
import { compareScores, measureById, ons4AnxietyBand, ons4PositiveBand, scoreAnswers, type MeasureScore } from '../../../../../shared/domain/outcome-measures';
import { answersFor } from './answers-for';

const ONS4 = measureById('ons4', [])!;
const score = (values: (number | null)[]) => scoreAnswers(ONS4, answersFor(ONS4, values));

describe('ONS4 thresholds', () => {
  it.each([
    [0, 'Low'],
    [4, 'Low'],
    [5, 'Medium'],
    [6, 'Medium'],
    [7, 'High'],
    [8, 'High'],
    [9, 'Very high'],
    [10, 'Very high'],
  ])('life satisfaction, worthwhile and happiness: %i is "%s"', (value, band) => {
    expect(ons4PositiveBand(value)).toBe(band);
  });

  it.each([
    [0, 'Very low'],
    [1, 'Very low'],
    [2, 'Low'],
    [3, 'Low'],
    [4, 'Medium'],
    [5, 'Medium'],
    [6, 'High'],
    [10, 'High'],
  ])('anxiety runs the other way: %i is "%s"', (value, band) => {
    expect(ons4AnxietyBand(value)).toBe(band);
  });
});

describe('ONS4 scoring', () => {
  it('reports each question on its own band and never a total', () => {
    // satisfied 4 (Low), worthwhile 5 (Medium), happy 9 (Very high), anxious 6 (High)
    const s = score([4, 5, 9, 6]);
    expect(s.scored).toBe(true);
    expect(s.score).toBeUndefined();
    expect(s.perItem).toEqual({
      'life-satisfaction': { value: 4, band: 'Low' },
      worthwhile: { value: 5, band: 'Medium' },
      happiness: { value: 9, band: 'Very high' },
      anxiety: { value: 6, band: 'High' },
    });
  });

  it('uses the anxiety thresholds only for the anxiety question', () => {
    // 1 is "Very low" anxiety but "Low" happiness.
    const s = score([1, 1, 1, 1]);
    expect(s.perItem?.['happiness']?.band).toBe('Low');
    expect(s.perItem?.['anxiety']?.band).toBe('Very low');
  });

  it('still reports the questions that were answered when one is blank', () => {
    const s = score([8, null, 7, 2]);
    expect(s.scored).toBe(true);
    expect(s.perItem?.['worthwhile']).toEqual({ value: null });
    expect(s.perItem?.['anxiety']).toEqual({ value: 2, band: 'Low' });
  });

  it('is not scored when nothing was answered', () => {
    expect(score([null, null, null, null])).toEqual({
      scored: false,
      reason: 'No questions answered: not scored',
      perItem: {
        'life-satisfaction': { value: null },
        worthwhile: { value: null },
        happiness: { value: null },
        anxiety: { value: null },
      },
    });
  });

  it('accepts 0 and 10 and refuses 11', () => {
    expect(score([0, 10, 0, 10]).scored).toBe(true);
    expect(score([11, 5, 5, 5]).reason).toMatch(/whole number from 0 to 10/);
  });

  it('labels the ends of each question as ONS does', () => {
    const anxiety = ONS4.items.find((item) => item.id === 'anxiety');
    expect(anxiety?.answers?.[0]?.label).toBe('0 Not at all anxious');
    expect(anxiety?.answers?.[10]?.label).toBe('10 Completely anxious');
  });
});

describe('ONS4 change, question by question', () => {
  it('has no overall change, only per question', () => {
    const c = compareScores(ONS4, score([5, 5, 5, 5]), score([7, 5, 5, 5]));
    expect(c.change).toBeNull();
    expect(c.direction).toBe('not-comparable');
    expect(c.perItem?.['life-satisfaction']).toEqual({ change: 2, direction: 'improved' });
  });

  it('needs a move of 2 points or more either way', () => {
    // satisfied 5→6 (+1, none), worthwhile 5→7 (+2, improved), happy 5→3 (−2, worse), anxious 5→4 (−1, none)
    const c = compareScores(ONS4, score([5, 5, 5, 5]), score([6, 7, 3, 4]));
    expect(c.perItem).toEqual({
      'life-satisfaction': { change: 1, direction: 'no-reliable-change' },
      worthwhile: { change: 2, direction: 'improved' },
      happiness: { change: -2, direction: 'worse' },
      anxiety: { change: -1, direction: 'no-reliable-change' },
    });
  });

  it('counts less anxiety as improvement and more as worse', () => {
    // anxious 7 → 3 is −4: improved. 2 → 6 is +4: worse.
    expect(compareScores(ONS4, score([5, 5, 5, 7]), score([5, 5, 5, 3])).perItem?.['anxiety']).toEqual({ change: -4, direction: 'improved' });
    expect(compareScores(ONS4, score([5, 5, 5, 2]), score([5, 5, 5, 6])).perItem?.['anxiety']).toEqual({ change: 4, direction: 'worse' });
  });

  it('does not compare a question left blank either time', () => {
    const before: MeasureScore = score([5, null, 5, 5]);
    expect(compareScores(ONS4, before, score([8, 8, 8, 8])).perItem?.['worthwhile']).toEqual({ change: null, direction: 'not-comparable' });
  });
});
