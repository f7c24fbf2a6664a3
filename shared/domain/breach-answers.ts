/**
 * The answers a breach record takes — how likely it is to harm, whether it was reported to
 * the ICO, whether the people affected were told — and their words. Apart from the schemas
 * (breaches.ts) so that Home's countdown loads no form rules.
 */

/** How likely the breach is to harm the people whose data it was, in the ICO's three steps. */
export const BREACH_RISKS = ['low', 'could-harm', 'likely-high-harm'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];
export const BREACH_RISK_LABELS: Record<BreachRisk, string> = {
  low: 'Low',
  'could-harm': 'Could harm',
  'likely-high-harm': 'Likely high harm',
};
/** What each level means for the coordinator, as the ICO's guidance puts it. */
export const BREACH_RISK_HINTS: Record<BreachRisk, string> = {
  low: 'Unlikely to harm anyone. You may decide not to report it to the ICO: write down why.',
  'could-harm': 'A risk to people’s rights, safety or wellbeing. Report it to the ICO within 72 hours of finding it.',
  'likely-high-harm': 'Report it to the ICO within 72 hours, and tell the people affected without delay.',
};

/** Whether it was reported to the ICO. "Not yet" keeps the 72-hour countdown on Home. */
export const ICO_DECISIONS = ['not-yet', 'reported', 'not-reporting'] as const;
export type IcoDecision = (typeof ICO_DECISIONS)[number];
export const ICO_DECISION_LABELS: Record<IcoDecision, string> = {
  'not-yet': 'Not yet',
  reported: 'Yes, reported',
  'not-reporting': 'Decided not to report',
};

/** Whether the people whose data it was have been told. */
export const PEOPLE_TOLD = ['not-yet', 'yes', 'no'] as const;
export type PeopleTold = (typeof PEOPLE_TOLD)[number];
export const PEOPLE_TOLD_LABELS: Record<PeopleTold, string> = {
  'not-yet': 'Not yet',
  yes: 'Yes, told',
  no: 'Decided not to tell them',
};
