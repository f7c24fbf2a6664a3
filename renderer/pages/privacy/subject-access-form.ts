import { z } from 'zod';
import { formatUkDate, parseUkDate } from '../../../shared/dates';
import { firstDueDate, subjectAccessFields, type SubjectAccessRequest } from '../../../shared/domain/subject-access';
import { requiredUkDate } from '../../../shared/fields';

/**
 * The request dialog as typed: the date received as dd/mm/yyyy. Everything else is checked by
 * the rules the server uses (shared/domain/subject-access.ts).
 */
export const subjectAccessFormSchema = z
  .object({ ...subjectAccessFields, receivedDate: requiredUkDate('the date the request was received') })
  .superRefine((v, ctx) => {
    if (v.requester === 'on-their-behalf' && !v.requesterDetails) {
      ctx.addIssue({ code: 'custom', path: ['requesterDetails'], message: 'Say who asked and what authority they have, for example "Jo Smith, solicitor, signed authority seen"' });
    }
  })
  .transform((v) => (v.requester === 'on-their-behalf' ? v : { ...v, requesterDetails: undefined }));
export type SubjectAccessFormValues = z.input<typeof subjectAccessFormSchema>;
export type SubjectAccessFormOutput = z.output<typeof subjectAccessFormSchema>;

export function subjectAccessFormValues(request: SubjectAccessRequest | undefined, today: string): Partial<SubjectAccessFormValues> {
  return {
    receivedDate: formatUkDate(request?.receivedDate ?? today),
    ...(request ? { method: request.method, requester: request.requester } : { requester: 'the-person' as const }),
    requesterDetails: request?.requesterDetails ?? '',
    notes: request?.notes ?? '',
  };
}

/** "Due Thu 4 Feb 2027" for the date typed so far, or nothing while it is not a real date. */
export function typedDueDate(typed: string | undefined): string | undefined {
  const iso = typed ? parseUkDate(typed) : null;
  return iso ? firstDueDate(iso) : undefined;
}
