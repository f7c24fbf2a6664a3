import { z } from 'zod';
import { formatUkDate, parseUkDate } from '../../../shared/dates';
import { deadlineText, icoDeadline, ICO_HOURS } from '../../../shared/domain/breach-clock';
import { breachFields, checkAnswers, keepAnswered, type Breach } from '../../../shared/domain/breaches';
import { optionalUkDate, requiredUkDate } from '../../../shared/fields';

/**
 * The breach dialog as typed: dates as dd/mm/yyyy, the number of people as text. Everything
 * else is checked by the rules the server uses (shared/domain/breaches.ts), so a rule and
 * its message live in one place.
 */

const peopleAffected = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const t = v.replace(/,/g, '');
    if (!/^\d{1,9}$/.test(t)) {
      ctx.addIssue({ code: 'custom', message: t === '' ? 'Enter how many people’s data was involved' : 'Enter the number of people as a whole number, like 12' });
      return z.NEVER;
    }
    return Number(t);
  })
  .pipe(breachFields.peopleAffected);

export const breachFormSchema = z
  .object({
    ...breachFields,
    foundDate: requiredUkDate('the date it was found'),
    peopleAffected,
    icoReportedOn: optionalUkDate('the date you reported it'),
    peopleToldOn: optionalUkDate('the date you told them'),
  })
  .superRefine(checkAnswers)
  .transform(keepAnswered);
export type BreachFormValues = z.input<typeof breachFormSchema>;
export type BreachFormOutput = z.output<typeof breachFormSchema>;

/** A new breach starts at today's date with nothing else filled in; an existing one as it was saved. */
export function breachFormValues(breach: Breach | undefined, today: string): Partial<BreachFormValues> {
  return {
    foundDate: formatUkDate(breach?.foundDate ?? today),
    foundTime: breach?.foundTime ?? '',
    whatHappened: breach?.whatHappened ?? '',
    dataInvolved: breach?.dataInvolved ?? '',
    peopleAffected: breach ? String(breach.peopleAffected) : '',
    // No risk chosen until the coordinator chooses one: a default would be a guess.
    ...(breach ? { risk: breach.risk } : {}),
    containment: breach?.containment ?? '',
    ico: breach?.ico ?? 'not-yet',
    icoReportedOn: formatUkDate(breach?.icoReportedOn),
    icoReason: breach?.icoReason ?? '',
    peopleTold: breach?.peopleTold ?? 'not-yet',
    peopleToldOn: formatUkDate(breach?.peopleToldOn),
    lessons: breach?.lessons ?? '',
  };
}

/** The ICO deadline for what has been typed so far, or undefined while the date or time is not a real one. */
export function typedDeadline(date: string | undefined, time: string | undefined): number | undefined {
  const iso = parseUkDate(date ?? '');
  const t = (time ?? '').trim();
  if (!iso || !/^([01]?\d|2[0-3]):[0-5]\d$/.test(t)) return undefined;
  const deadline = icoDeadline({ foundDate: iso, foundTime: t.padStart(5, '0') });
  return Number.isNaN(deadline) ? undefined : deadline;
}

/** Under "Reported to the ICO?": the deadline for the date and time typed, once they are real ones. */
export function deadlineHint(date: string | undefined, time: string | undefined, now: number): string {
  const deadline = typedDeadline(date, time);
  return deadline === undefined
    ? `Report it within ${ICO_HOURS} hours of finding it, or write down why not.`
    : `Report it within ${ICO_HOURS} hours of finding it: by ${deadlineText(deadline, now)}. Or write down why not.`;
}
