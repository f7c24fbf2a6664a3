import { describe, expect, it } from 'vitest';
import type { OutcomeComparison } from '../../../../../shared/contracts/outcomes';
import { compareScores, measureById, scoreAnswers, type Answers, type MeasureDefinition } from '../../../../../shared/domain/outcome-measures';
import { typedAnswer } from '../../../../../renderer/pages/outcomes/answer-typing';
import { changeText, scoreText } from '../../../../../renderer/pages/outcomes/outcome-text';

const SWEMWBS = measureById('swemwbs', [])!;
const CORE10 = measureById('core-10', [])!;
const ONS4 = measureById('ons4', [])!;
const UCLA = measureById('ucla-3', [])!;
const all = (m: MeasureDefinition, value: number): Answers => Object.fromEntries(m.items.map((i) => [i.id, value]));

function compared(measure: MeasureDefinition, before: Answers, after: Answers): OutcomeComparison {
  const b = scoreAnswers(measure, before);
  const a = scoreAnswers(measure, after);
  return {
    measure: { id: measure.id, name: measure.name, shortName: measure.shortName },
    count: 2,
    first: { completionId: '1', date: '2026-09-01', score: b },
    latest: { completionId: '2', date: '2026-11-20', score: a },
    change: compareScores(measure, b, a),
  };
}

describe('scores in words', () => {
  it('says each measure as it is reported: SWEMWBS raw and metric, CORE-10 with its band, ONS4 per question, UCLA with the lonely answer', () => {
    expect(scoreText(SWEMWBS, scoreAnswers(SWEMWBS, all(SWEMWBS, 3)))).toBe('Raw 21, metric 19.25');
    expect(scoreText(CORE10, scoreAnswers(CORE10, { ...all(CORE10, 2), tense: null }))).toBe('Clinical score 20 (one answer missing: pro-rated): Moderate-to-severe psychological distress');
    expect(scoreText(ONS4, scoreAnswers(ONS4, { 'life-satisfaction': 9, worthwhile: 5, happiness: null, anxiety: 1 }))).toBe(
      'Life satisfaction 9 (Very high); Worthwhile 5 (Medium); Happiness not answered; Anxiety 1 (Very low)',
    );
    expect(scoreText(UCLA, scoreAnswers(UCLA, { companionship: 2, 'left-out': 2, isolated: 1, 'ons-lonely': 2 }))).toBe('Total 5; lonely: Some of the time');
  });

  it('always starts an unscored form with "Not scored"', () => {
    expect(scoreText(CORE10, scoreAnswers(CORE10, { ...all(CORE10, 2), tense: null, panic: null }))).toBe('Not scored: Two answers missing (only one may be missing)');
    expect(scoreText(SWEMWBS, scoreAnswers(SWEMWBS, { optimistic: 3 }))).toBe('Not scored: all seven answers are needed');
  });
});

describe('change in words', () => {
  it('names the direction, the size and the rule it was judged by', () => {
    expect(changeText(SWEMWBS, compared(SWEMWBS, all(SWEMWBS, 2), all(SWEMWBS, 3)))).toBe('Improved: up 3.93 (3 or more is a meaningful change)');
    // Raw 21 → 22 is metric 19.25 → 19.98.
    expect(changeText(SWEMWBS, compared(SWEMWBS, all(SWEMWBS, 3), { ...all(SWEMWBS, 3), optimistic: 4 }))).toBe('No meaningful change: up 0.73 (3 or more is a meaningful change)');
    // 20 → 10: down 10, from the clinical range to below 11.
    expect(changeText(CORE10, compared(CORE10, all(CORE10, 2), { ...all(CORE10, 1), support: 3, cope: 3 }))).toBe(
      'Improved: down 10 (6 or more is a reliable change). Clinically and reliably improved: from 11 or more to below 11, down at least 6',
    );
    expect(changeText(CORE10, compared(CORE10, all(CORE10, 1), all(CORE10, 3)))).toMatch(/^Worse: up /);
    // Raw 21 → 25 is metric 19.25 → 22.35: a change of 3.10 keeps its second place, as scores do.
    const raw25 = { ...all(SWEMWBS, 3), optimistic: 4, useful: 4, relaxed: 4, problems: 4 };
    expect(changeText(SWEMWBS, compared(SWEMWBS, all(SWEMWBS, 3), raw25))).toBe('Improved: up 3.10 (3 or more is a meaningful change)');  });

  it('says why two forms could not be compared', () => {
    expect(changeText(SWEMWBS, compared(SWEMWBS, { optimistic: 2 }, all(SWEMWBS, 3)))).toBe('Not compared: all seven answers are needed');
  });
});

describe('typing an answer', () => {
  it('takes only the item’s own answers, lets 1 then 0 make 10 on a 0–10 question, and replaces an answer typed over', () => {
    const oneToFive = [1, 2, 3, 4, 5];
    const zeroToTen = Array.from({ length: 11 }, (_, i) => i);
    expect(typedAnswer('3', oneToFive, null)).toBe(3);
    expect(typedAnswer('34', oneToFive, 3)).toBe(4);
    expect(typedAnswer('9', oneToFive, null)).toBeNull();
    expect(typedAnswer('39', oneToFive, 3)).toBe(3);
    expect(typedAnswer('x', oneToFive, 2)).toBe(2);
    expect(typedAnswer('', oneToFive, 2)).toBeNull();
    expect(typedAnswer('10', zeroToTen, 1)).toBe(10);
    expect(typedAnswer('105', zeroToTen, 10)).toBe(5);
  });
});
