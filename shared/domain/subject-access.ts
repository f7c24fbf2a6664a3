import { z } from 'zod';
import { addMonthsIso, daysBetween, formatUkDate, formatUkDateLong } from '../dates';
import { optionalText, requiredIsoDate, requiredText } from '../fields';

/**
 * Subject access requests (UK GDPR article 15): a person asks for a copy of what we hold about
 * them, and the answer is due one calendar month after we receive the request. The ICO counts
 * the month to the same day next month, or the last day of that month when it has no such day
 * (received 31 January: due 28 February, or 29th in a leap year). The time may be extended
 * once, by up to two further months, when the request is complex; the person must be told why.
 */

/** Who the request is about: a member, a volunteer or someone referred who is not yet either. */
export const SUBJECT_TYPES = ['member', 'volunteer', 'referral'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const REQUEST_METHODS = ['email', 'letter', 'in-person', 'phone'] as const;
export type RequestMethod = (typeof REQUEST_METHODS)[number];
export const REQUEST_METHOD_LABELS: Record<RequestMethod, string> = {
  email: 'By email',
  letter: 'By letter',
  'in-person': 'In person',
  phone: 'By phone',
};

/** The person themselves, or someone with their authority (a solicitor, a relative with power of attorney). */
export const REQUESTERS = ['the-person', 'on-their-behalf'] as const;
export type Requester = (typeof REQUESTERS)[number];
export const REQUESTER_LABELS: Record<Requester, string> = {
  'the-person': 'The person themselves',
  'on-their-behalf': 'Someone on their behalf, with their authority',
};

/** The ICO allows up to two further months; never more. */
export const MAX_EXTENSION_MONTHS = 2;

// ----- stored -----------------------------------------------------------------------------

/** An item of the pack kept back, and why: the ICO expects the reason to be kept. */
export const withheldItemSchema = z.object({
  /** The gatherer's id for the item ("session:abc"), stable between one preparation and the next. */
  itemId: z.string(),
  /** What it was, in words, so the log reads without the item: "Supervision on 04/03/2026". */
  label: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type WithheldItem = z.infer<typeof withheldItemSchema>;

/** A line of the request's history: "Withheld Supervision on 04/03/2026: it identifies someone else". */
export const requestLogEntrySchema = z.object({ at: z.string(), by: z.string(), text: z.string() });
export type RequestLogEntry = z.infer<typeof requestLogEntrySchema>;

export const subjectAccessRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  receivedDate: z.string(),
  method: z.enum(REQUEST_METHODS),
  requester: z.enum(REQUESTERS),
  /** requester 'on-their-behalf': who, and their authority ("Jo Smith, solicitor, signed authority seen"). */
  requesterDetails: z.string().optional(),
  notes: z.string().optional(),
  extension: z.object({ months: z.number().int(), reason: z.string(), on: z.string() }).optional(),
  withheld: z.array(withheldItemSchema),
  /** The day the pack was sent: the request is answered. */
  answeredDate: z.string().optional(),
  log: z.array(requestLogEntrySchema),
});
export type SubjectAccessRequest = z.infer<typeof subjectAccessRecordSchema>;

// ----- input ------------------------------------------------------------------------------

export const subjectAccessFields = {
  receivedDate: requiredIsoDate,
  method: z.enum(REQUEST_METHODS, { error: 'Choose how the request came in' }),
  requester: z.enum(REQUESTERS, { error: 'Choose who asked' }),
  requesterDetails: optionalText('who asked and their authority', 500),
  notes: optionalText('notes', 5000),
};

function checkRequester(input: { requester: Requester; requesterDetails?: string | undefined }, ctx: z.RefinementCtx): void {
  if (input.requester === 'on-their-behalf' && !input.requesterDetails) {
    ctx.addIssue({ code: 'custom', path: ['requesterDetails'], message: 'Say who asked and what authority they have, for example "Jo Smith, solicitor, signed authority seen"' });
  }
}

/** Details only go with the answer that needs them: a name kept from an answer since changed would mislead. */
function keepDetails<T extends { requester: Requester; requesterDetails?: string | undefined }>(input: T): T {
  if (input.requester === 'on-their-behalf') return input;
  const { requesterDetails: _dropped, ...rest } = input;
  return rest as T;
}

export const subjectAccessInputSchema = z.object(subjectAccessFields).superRefine(checkRequester).transform(keepDetails);
export type SubjectAccessInput = z.output<typeof subjectAccessInputSchema>;

export const extensionInputSchema = z.object({
  months: z
    .number({ error: 'Choose one or two more months' })
    .int('Choose one or two more months')
    .min(1, 'Choose one or two more months')
    .max(MAX_EXTENSION_MONTHS, 'The time can be extended by two months at most'),
  reason: requiredText('why more time is needed (the person must be told)', 1000),
});
export type ExtensionInput = z.output<typeof extensionInputSchema>;

export const withholdReasonSchema = requiredText('why it is withheld, for example "It identifies someone else"', 500);

// ----- due dates and status ----------------------------------------------------------------

/** One calendar month after receipt: the same day next month, or that month's last day. */
export function firstDueDate(receivedDate: string): string {
  return addMonthsIso(receivedDate, 1);
}

/**
 * The due date with an extension of `months` more. Counted from the day received (three months
 * from 31 January is 30 April), not from the first due date (which would give 28 April).
 */
export function extendedDueDate(receivedDate: string, months: number): string {
  return addMonthsIso(receivedDate, 1 + months);
}

export function dueDate(request: Pick<SubjectAccessRequest, 'receivedDate' | 'extension'>): string {
  return request.extension ? extendedDueDate(request.receivedDate, request.extension.months) : firstDueDate(request.receivedDate);
}

export type RequestStatus = 'open' | 'extended' | 'overdue' | 'answered';
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  open: 'Open',
  extended: 'Extended',
  overdue: 'Overdue',
  answered: 'Answered',
};

export function requestStatus(request: Pick<SubjectAccessRequest, 'receivedDate' | 'extension' | 'answeredDate'>, today: string): RequestStatus {
  if (request.answeredDate) return 'answered';
  if (today > dueDate(request)) return 'overdue';
  return request.extension ? 'extended' : 'open';
}

/** Whether a request still needs answering (open, extended or overdue). */
export function isAwaitingAnswer(request: Pick<SubjectAccessRequest, 'answeredDate'>): boolean {
  return request.answeredDate === undefined;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Fri 8 Jan", with the year only when it is not this year's. */
export function shortDay(iso: string, today: string): string {
  const long = formatUkDateLong(iso);
  return iso.slice(0, 4) === today.slice(0, 4) ? long.replace(/ \d{4}$/, '') : long;
}

/** "due Fri 8 Jan, 32 days left", "due today", "overdue by 3 days", "answered on 04/02/2026". */
export function dueText(request: Pick<SubjectAccessRequest, 'receivedDate' | 'extension' | 'answeredDate'>, today: string): string {
  if (request.answeredDate) return `answered on ${formatUkDate(request.answeredDate)}`;
  const due = dueDate(request);
  const left = daysBetween(today, due);
  if (left < 0) return `overdue by ${days(-left)} (it was due ${shortDay(due, today)})`;
  if (left === 0) return 'due today';
  return `due ${shortDay(due, today)}, ${days(left)} left`;
}

/** Soonest due first, so the most urgent request is at the top of Home and the Privacy page. */
export function byDueDate(a: Pick<SubjectAccessRequest, 'receivedDate' | 'extension'>, b: Pick<SubjectAccessRequest, 'receivedDate' | 'extension'>): number {
  return dueDate(a).localeCompare(dueDate(b));
}
