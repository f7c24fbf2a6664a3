import { z } from 'zod';
import { formatUkDate } from '../dates';
import { optionalIsoDate, optionalText, requiredIsoDate, requiredText } from '../fields';
import { BREACH_RISKS, ICO_DECISION_LABELS, ICO_DECISIONS, PEOPLE_TOLD, PEOPLE_TOLD_LABELS, type IcoDecision, type PeopleTold } from './breach-answers';

/**
 * The breach log (UK GDPR article 33(5)): every personal data breach is written down — what
 * happened, its effects and what was done — whether or not it is reported to the ICO. One
 * record per breach, filled in when it is found and added to later (containment, the ICO
 * decision, lessons). The 72-hour clock is in breach-clock.ts.
 */

export * from './breach-answers';

export const breachRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it was found, on the laptop's clock: ISO date and "hh:mm". The ICO's 72 hours run from here. */
  foundDate: z.string(),
  foundTime: z.string(),
  whatHappened: z.string(),
  /** What kind of personal data: "names and phone numbers of the Tuesday group". */
  dataInvolved: z.string(),
  /** How many people's data, the best count there is. */
  peopleAffected: z.number().int(),
  risk: z.enum(BREACH_RISKS),
  /** What was done to stop it and limit the harm. */
  containment: z.string().optional(),
  ico: z.enum(ICO_DECISIONS),
  /** ico 'reported': the day it was reported. */
  icoReportedOn: z.string().optional(),
  /** ico 'not-reporting': why, which the ICO expects to be kept. */
  icoReason: z.string().optional(),
  peopleTold: z.enum(PEOPLE_TOLD),
  /** peopleTold 'yes': the day they were told. */
  peopleToldOn: z.string().optional(),
  lessons: z.string().optional(),
});
export type Breach = z.infer<typeof breachRecordSchema>;

// ----- input ------------------------------------------------------------------------------------

const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const foundTime = z
  .string({ error: 'Enter the time it was found, like 09:30' })
  .trim()
  .refine((t) => t !== '', 'Enter the time it was found, like 09:30')
  .refine((t) => t === '' || HH_MM.test(t), 'Enter the time as hh:mm (24-hour), like 09:30 or 14:15')
  .transform((t) => t.padStart(5, '0'));

/** The fields as the API takes them; the form swaps in typed dates and numbers (renderer/pages/privacy/breach-form.ts). */
export const breachFields = {
  foundDate: requiredIsoDate,
  foundTime,
  whatHappened: requiredText('what happened', 5000),
  dataInvolved: requiredText('what data was involved', 2000),
  peopleAffected: z
    .number({ error: 'Enter how many people’s data was involved' })
    .int('Enter a whole number of people')
    .min(1, 'Enter how many people’s data was involved: 1 or more')
    .max(10_000_000, 'Enter 10,000,000 people or fewer'),
  risk: z.enum(BREACH_RISKS, { error: 'Choose how likely it is to harm people' }),
  containment: optionalText('what was done to contain it', 5000),
  ico: z.enum(ICO_DECISIONS, { error: 'Choose whether it was reported to the ICO' }).default('not-yet'),
  icoReportedOn: optionalIsoDate,
  icoReason: optionalText('the reason for not reporting it', 2000),
  peopleTold: z.enum(PEOPLE_TOLD, { error: 'Choose whether the people affected were told' }).default('not-yet'),
  peopleToldOn: optionalIsoDate,
  lessons: optionalText('lessons learned', 5000),
};

/** What the answers to "reported to the ICO?" and "people told?" need beside them. */
interface Answers {
  ico: IcoDecision;
  icoReportedOn?: string | undefined;
  icoReason?: string | undefined;
  peopleTold: PeopleTold;
  peopleToldOn?: string | undefined;
}

export function checkAnswers(input: Answers, ctx: z.RefinementCtx): void {
  if (input.ico === 'reported' && !input.icoReportedOn) ctx.addIssue({ code: 'custom', path: ['icoReportedOn'], message: 'Enter the date you reported it to the ICO' });
  if (input.ico === 'not-reporting' && !input.icoReason) ctx.addIssue({ code: 'custom', path: ['icoReason'], message: 'Say why you decided not to report it: the ICO expects the reason to be kept' });
  if (input.peopleTold === 'yes' && !input.peopleToldOn) ctx.addIssue({ code: 'custom', path: ['peopleToldOn'], message: 'Enter the date you told them' });
}

/** Only the detail that goes with the answer given: a date kept from an answer since changed would mislead. */
export function keepAnswered<T extends Answers>(input: T): T {
  const { icoReportedOn, icoReason, peopleToldOn, ...rest } = input;
  return {
    ...rest,
    ...(input.ico === 'reported' && icoReportedOn ? { icoReportedOn } : {}),
    ...(input.ico === 'not-reporting' && icoReason ? { icoReason } : {}),
    ...(input.peopleTold === 'yes' && peopleToldOn ? { peopleToldOn } : {}),
  } as T;
}

export const breachInputSchema = z.object(breachFields).superRefine(checkAnswers).transform(keepAnswered);
export type BreachInput = z.output<typeof breachInputSchema>;

/**
 * Rules that need today's date: nothing found in the future, nothing reported or told before
 * it was found or after today. Field → message, empty when all is well.
 */
export function breachDateProblems(input: Pick<BreachInput, 'foundDate' | 'foundTime' | 'icoReportedOn' | 'peopleToldOn'>, today: string, timeNow: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (input.foundDate > today) problems['foundDate'] = 'The date it was found can’t be in the future';
  else if (input.foundDate === today && input.foundTime > timeNow) problems['foundTime'] = 'That time has not come yet today';
  const laterDate = (field: 'icoReportedOn' | 'peopleToldOn') => {
    const date = input[field];
    if (!date) return;
    if (date > today) problems[field] = 'The date can’t be in the future';
    else if (date < input.foundDate) problems[field] = `Enter a date on or after ${formatUkDate(input.foundDate)}, when the breach was found`;
  };
  laterDate('icoReportedOn');
  laterDate('peopleToldOn');
  return problems;
}

/** Each field's name, for the audit log's list of what changed (never the values) and the printout. */
export const BREACH_FIELD_LABELS: Record<keyof BreachInput, string> = {
  foundDate: 'Date found',
  foundTime: 'Time found',
  whatHappened: 'What happened',
  dataInvolved: 'Data involved',
  peopleAffected: 'People affected',
  risk: 'Risk',
  containment: 'Containment',
  ico: 'Reported to the ICO',
  icoReportedOn: 'Date reported to the ICO',
  icoReason: 'Reason for not reporting',
  peopleTold: 'People told',
  peopleToldOn: 'Date people were told',
  lessons: 'Lessons learned',
};

/** The names of the fields that differ between two versions of a breach, in the form's order. */
export function changedBreachFields(before: Partial<BreachInput>, after: Partial<BreachInput>): string[] {
  const keys = Object.keys(BREACH_FIELD_LABELS) as (keyof BreachInput)[];
  return keys.filter((k) => before[k] !== after[k]).map((k) => BREACH_FIELD_LABELS[k]);
}

/** Still waiting for the ICO question to be answered: Home counts down until it is. */
export function awaitsIcoDecision(breach: Pick<Breach, 'ico'>): boolean {
  return breach.ico === 'not-yet';
}

/** "Reported on 08/12/2026", "Decided not to report", "Not yet". */
export function icoAnswerText(breach: Pick<Breach, 'ico' | 'icoReportedOn'>): string {
  if (breach.ico === 'reported') return breach.icoReportedOn ? `Reported on ${formatUkDate(breach.icoReportedOn)}` : 'Reported';
  return ICO_DECISION_LABELS[breach.ico];
}

/** "Told on 09/12/2026", "Decided not to tell them", "Not yet". */
export function peopleToldText(breach: Pick<Breach, 'peopleTold' | 'peopleToldOn'>): string {
  if (breach.peopleTold === 'yes') return breach.peopleToldOn ? `Told on ${formatUkDate(breach.peopleToldOn)}` : 'Told';
  return PEOPLE_TOLD_LABELS[breach.peopleTold];
}
