import type { MeasureDefinition } from './types';

/**
 * CORE-10 (Barkham et al. 2013), from the CORE System.
 *
 * Items VERIFIED against three reproductions that agree word for word: softoutcomes.org
 * ("Clinical Outcomes in Routine Evaluation 10", which also marks items 2 and 3 reverse scored),
 * helpineedsomebody.org/c-o-r-e-10-results and novopsych/measurely summaries. The CORE System
 * Trust's own PDF could not be read, so the flag stays false because of:
 *  - the form's opening instructions: only "Please read each statement and think how often you
 *    felt that way last week" was found (softoutcomes.org); the rest of the header is not used;
 *  - the fifth answer: "Most or all of the time" (CORE IMS description, measurely.com.au,
 *    CamCOPS) but "Most or all the time" on softoutcomes.org and socasresourcehub.com;
 *  - the copyright line exactly as printed on the form. The licence itself is checked: CORE
 *    System Trust, free to reproduce unchanged, not commercially, under CC BY-NC-ND 4.0
 *    (coresystemtrust.org.uk home page, 16/08/2019).
 * Answers are stored as ticked (0 = Not at all … 4 = Most or all of the time) for every item;
 * items 2 and 3 are reversed when scoring, never when storing.
 */
export const CORE10: MeasureDefinition = {
  id: 'core-10',
  name: 'CORE-10',
  shortName: 'CORE-10',
  instructions: 'Please read each statement and think how often you felt that way last week.',
  recallPeriod: 'over the last week',
  items: [
    { id: 'tense', text: 'I have felt tense, anxious or nervous' },
    { id: 'support', text: 'I have felt I have someone to turn to for support when needed', reverse: true },
    { id: 'cope', text: 'I have felt able to cope when things go wrong', reverse: true },
    { id: 'talking', text: 'Talking to people has felt too much for me' },
    { id: 'panic', text: 'I have felt panic or terror' },
    { id: 'plans-end-life', text: 'I made plans to end my life', risk: true },
    { id: 'sleep', text: 'I have had difficulty getting to sleep or staying asleep' },
    { id: 'despairing', text: 'I have felt despairing or hopeless' },
    { id: 'unhappy', text: 'I have felt unhappy' },
    { id: 'images', text: 'Unwanted images or memories have been distressing me' },
  ],
  answers: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Only occasionally' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Often' },
    { value: 4, label: 'Most or all of the time' },
  ],
  source: 'Barkham M. et al. (2013), Counselling and Psychotherapy Research 13(1):3–13. CORE System Trust.',
  licence:
    '© CORE System Trust (coresystemtrust.org.uk). Reproduced unchanged for non-commercial use under the Creative Commons licence CC BY-NC-ND 4.0.',
  builtIn: true,
  wordingVerified: false,
  wordingNote:
    'The ten statements match published copies, but the form’s full instructions, the last answer (“Most or all of the time”) and the exact copyright line could not be checked against the CORE System Trust’s own form.',
  higherIsBetter: false,
  rules: { kind: 'core-10' },
};

/**
 * A clinical score at or above this is in the clinical range; a change of 6 or more is reliable
 * (Barkham et al. 2013, as given by clientforms.app, trybloom and socasresourcehub.com).
 */
export const CORE10_CUT_OFF = 11;
export const CORE10_RELIABLE_CHANGE = 6;

/**
 * Severity band of a clinical score (0–40), as CORE bands the CORE-10 (socasresourcehub.com
 * "Scoring the CORE-10 measure"; the same edges as product.md): 10 or less healthy or low-level,
 * 11–14 mild, 15–19 moderate, 20–24 moderate to severe, 25 or more severe. Some sources split
 * 0–5 "healthy" from 6–10 "low level"; one band is kept below the cut-off because this is shown
 * to coordinators, not used to treat. A pro-rated 10.9 is below 11, so below the cut-off.
 */
export function core10Band(score: number): string {
  if (score < 11) return 'Healthy or low-level problems';
  if (score < 15) return 'Mild psychological distress';
  if (score < 20) return 'Moderate psychological distress';
  if (score < 25) return 'Moderate-to-severe psychological distress';
  return 'Severe psychological distress';
}
