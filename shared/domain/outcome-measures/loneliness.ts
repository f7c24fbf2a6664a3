import type { MeasureDefinition } from './types';

/** The ONS direct question, an extra item of the loneliness measure, never added to the UCLA total. */
export const ONS_LONELY_ITEM_ID = 'ons-lonely';

/**
 * UCLA 3-item loneliness scale (Hughes et al. 2004) with the ONS direct question, the four
 * questions ONS recommends asking together for adults.
 *
 * Wording VERIFIED against the GSS loneliness harmonised standard
 * (gss.civilservice.gov.uk/policy-store/loneliness-indicators/, 13/05/2020): the introduction,
 * the three UCLA questions and their answers "Hardly ever or never / Some of the time / Often",
 * and the direct question. Its answers are as ONS gives them in the table the Campaign to End
 * Loneliness reproduces (campaigntoendloneliness.org/evaluation): "Often/always, Some of the
 * time, Occasionally, Hardly ever, Never" (the GSS page spells the first "Often or Always").
 * Scoring 1–3 per UCLA answer, total 3–9, is Hughes et al.'s; ONS reports the direct question by
 * answer, never added to the total.
 */
export const UCLA3: MeasureDefinition = {
  id: 'ucla-3',
  name: 'Loneliness: UCLA 3-item scale and the ONS direct question',
  shortName: 'UCLA loneliness',
  instructions:
    'The next four questions are about relationships with others. For each one, please say how often (if at all) you feel that way.',
  recallPeriod: '',
  items: [
    { id: 'companionship', text: 'How often do you feel that you lack companionship?', higherIsBetter: false },
    { id: 'left-out', text: 'How often do you feel left out?', higherIsBetter: false },
    { id: 'isolated', text: 'How often do you feel isolated from others?', higherIsBetter: false },
    {
      id: ONS_LONELY_ITEM_ID,
      text: 'How often do you feel lonely?',
      inTotal: false,
      // In the order ONS prints them; 1 is the loneliest answer, so a higher answer is better.
      answers: [
        { value: 1, label: 'Often/always' },
        { value: 2, label: 'Some of the time' },
        { value: 3, label: 'Occasionally' },
        { value: 4, label: 'Hardly ever' },
        { value: 5, label: 'Never' },
      ],
      higherIsBetter: true,
    },
  ],
  answers: [
    { value: 1, label: 'Hardly ever or never' },
    { value: 2, label: 'Some of the time' },
    { value: 3, label: 'Often' },
  ],
  source:
    'Hughes M.E. et al. (2004), Research on Aging 26(6):655–672; Office for National Statistics, national indicators of loneliness (2018).',
  licence: 'Source: Office for National Statistics, licensed under the Open Government Licence v3.0.',
  builtIn: true,
  wordingVerified: true,
  higherIsBetter: false,
  rules: { kind: 'ucla-3' },
};
