import type { MeasureDefinition } from './types';

/**
 * Short Warwick-Edinburgh Mental Wellbeing Scale.
 *
 * Wording VERIFIED: instructions, all seven items and the five answer labels match the scale as
 * reproduced on the What Works Centre for Wellbeing measures bank
 * (https://measure.whatworkswellbeing.org/measures-bank/swemwbs/) and the items and labels on
 * Humber Recovery and Wellbeing College's page (humberrecoverycollege.nhs.uk, 16/10/2024). Warwick's
 * own form sits behind its registration, so it was not read directly.
 * Licence line VERIFIED: the reproduction line CORC (corc.uk.net) says must be on every copy.
 * Missing answers: Warwick's public scoring pages describe summing all seven items then
 * converting; they give no rule for missing items, so every answer is required.
 */
export const SWEMWBS: MeasureDefinition = {
  id: 'swemwbs',
  name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)',
  shortName: 'SWEMWBS',
  instructions:
    'Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks.',
  recallPeriod: 'over the last 2 weeks',
  items: [
    { id: 'optimistic', text: 'I’ve been feeling optimistic about the future' },
    { id: 'useful', text: 'I’ve been feeling useful' },
    { id: 'relaxed', text: 'I’ve been feeling relaxed' },
    { id: 'problems', text: 'I’ve been dealing with problems well' },
    { id: 'thinking', text: 'I’ve been thinking clearly' },
    { id: 'close', text: 'I’ve been feeling close to other people' },
    { id: 'own-mind', text: 'I’ve been able to make up my own mind about things' },
  ],
  answers: [
    { value: 1, label: 'None of the time' },
    { value: 2, label: 'Rarely' },
    { value: 3, label: 'Some of the time' },
    { value: 4, label: 'Often' },
    { value: 5, label: 'All of the time' },
  ],
  source:
    'Stewart-Brown S. et al. (2009), Health and Quality of Life Outcomes 7:15. Warwick Medical School, University of Warwick; free to use once the organisation has registered.',
  licence:
    'Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
  builtIn: true,
  wordingVerified: true,
  higherIsBetter: true,
  rules: { kind: 'swemwbs' },
};

/**
 * Raw total (7–35) → metric score, Warwick's conversion table as given in product.md "Domain
 * facts". All 29 values match the table in an independent published analysis script (found with
 * the code search, 2025); Warwick's own copy sits behind its registration and was not read. The metric
 * score puts the short scale on an interval scale; it is what change is measured on.
 */
export const SWEMWBS_METRIC: Readonly<Record<number, number>> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32,
  15: 15.84, 16: 16.36, 17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25,
  22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21, 27: 24.11, 28: 25.03,
  29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

/** A change of this many metric points or more (either way) is meaningful for a person. */
export const SWEMWBS_MEANINGFUL_CHANGE = 3;
