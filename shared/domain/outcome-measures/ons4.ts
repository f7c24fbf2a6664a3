import type { AnswerOption, MeasureDefinition } from './types';

/** 0–10 with the ends labelled as the ONS interviewer reads them ("0 = not at all satisfied"). */
function zeroToTen(word: string): AnswerOption[] {
  return Array.from({ length: 11 }, (_, value) => ({
    value,
    label: value === 0 ? `0 Not at all ${word}` : value === 10 ? `10 Completely ${word}` : String(value),
  }));
}

/**
 * ONS personal wellbeing questions (ONS4).
 *
 * Wording VERIFIED against the GSS personal well-being harmonised standard
 * (analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/, 19/05/2020, and
 * gss.civilservice.gov.uk/policy-store/personal-well-being/, 17/04/2019): the introduction and
 * the first three questions exactly; the end labels ("not at all satisfied" … "completely
 * satisfied") are the interviewer instructions there. The anxiety question is the self-completion
 * form, "Overall, how anxious did you feel yesterday?" (ONS first annual results, 24/07/2012;
 * the Labour Force Survey wording reproduced by the Reading Agency); the interview version opens
 * "On a scale where nought is 'not at all anxious'…", which the printed end labels carry here.
 * Thresholds are the ONS ones (0–4 low … 9–10 very high; anxiety 0–1 very low … 6–10 high).
 */
export const ONS4: MeasureDefinition = {
  id: 'ons4',
  name: 'ONS personal wellbeing questions (ONS4)',
  shortName: 'ONS4',
  instructions:
    'Next I would like to ask you four questions about your feelings on aspects of your life. There are no right or wrong answers. For each of these questions I’d like you to give an answer on a scale of 0 to 10, where 0 is “not at all” and 10 is “completely”.',
  recallPeriod: '',
  items: [
    { id: 'life-satisfaction', text: 'Overall, how satisfied are you with your life nowadays?', answers: zeroToTen('satisfied') },
    {
      id: 'worthwhile',
      text: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      answers: zeroToTen('worthwhile'),
    },
    { id: 'happiness', text: 'Overall, how happy did you feel yesterday?', answers: zeroToTen('happy') },
    { id: 'anxiety', text: 'Overall, how anxious did you feel yesterday?', answers: zeroToTen('anxious'), higherIsBetter: false },
  ],
  answers: Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) })),
  source: 'Office for National Statistics, personal well-being questions (ONS4), GSS harmonised standard.',
  licence: 'Source: Office for National Statistics, licensed under the Open Government Licence v3.0.',
  builtIn: true,
  wordingVerified: true,
  higherIsBetter: true,
  rules: { kind: 'ons4' },
};

/** ONS thresholds for life satisfaction, worthwhile and happiness (higher is better). */
export function ons4PositiveBand(value: number): string {
  if (value <= 4) return 'Low';
  if (value <= 6) return 'Medium';
  if (value <= 8) return 'High';
  return 'Very high';
}

/** ONS thresholds for anxiety, which run the other way: lower is better. */
export function ons4AnxietyBand(value: number): string {
  if (value <= 1) return 'Very low';
  if (value <= 3) return 'Low';
  if (value <= 5) return 'Medium';
  return 'High';
}
