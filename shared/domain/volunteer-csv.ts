import { z } from 'zod';
import type { CsvExportColumn } from '../csv/export';
import type { CsvField } from '../csv/types';
import { formatUkDate } from '../dates';
import { LIST_SEPARATOR, NOTES_CSV_FIELD, PERSON_CSV_FIELDS, optionalPickFromLabels, personCsvColumns, pickFromLabels, words } from './people-csv';
import { DEFAULT_ROLES, roleIdFromText, roleLabel } from './roles';
import { CONTACT_LABELS, CONTACT_METHODS, DAY_PARTS, MATCH_GENDERS, MATCH_GENDER_LABELS, NO_GENDER_ANSWER, STATUS_LABELS, VOLUNTEER_STATUSES, WEEKDAYS, WEEKDAY_LABELS, WORKFORCE_LABELS, WORKFORCE_TYPES, checkAge, volunteerTypedFields, type AvailabilitySlot, type ContactMethod, type MatchGender, type Volunteer, type VolunteerStatus, type WorkforceType } from './volunteers';

/**
 * Volunteers as CSV: the columns written on export are the columns read on import, so a
 * file exported, edited in Excel and imported comes back the same.
 */

export const VOLUNTEER_CSV_FIELDS: readonly CsvField[] = [
  ...PERSON_CSV_FIELDS,
  { key: 'workforceType', label: 'Workforce type', aliases: ['workforce', 'type'] },
  { key: 'roles', label: 'Roles', aliases: ['role'] },
  { key: 'languages', label: 'Languages', aliases: ['language'] },
  { key: 'availability', label: 'Availability', aliases: ['available'] },
  { key: 'interests', label: 'Interests and skills', aliases: ['interests', 'skills'] },
  { key: 'startDate', label: 'Start date', aliases: ['started', 'date started', 'joined'] },
  { key: 'status', label: 'Status' },
  { key: 'contactPreferences', label: 'Communication preferences', aliases: ['contact preferences', 'contact by'] },
  { key: 'caseloadLimit', label: 'Caseload limit', aliases: ['caseload', 'how many people can you support at once'] },
  // Not plain "Gender": a spreadsheet's equality column ("Female") is not this answer.
  { key: 'gender', label: 'Gender for matching', aliases: ['gender, for matching', 'matching gender'] },
  NOTES_CSV_FIELD,
];

/** "mon-morning" → "Mon morning", as availability is written in a CSV cell. */
export const slotLabel = (slot: string): string => {
  const [day, part] = slot.split('-') as [keyof typeof WEEKDAY_LABELS, string];
  return `${WEEKDAY_LABELS[day]?.slice(0, 3) ?? day} ${part ?? ''}`.trim();
};

/** One row per volunteer, in the order of VOLUNTEER_CSV_FIELDS, plus when they left. */
export const VOLUNTEER_CSV_COLUMNS: readonly CsvExportColumn<Volunteer>[] = [
  ...personCsvColumns<Volunteer>(),
  { header: 'Workforce type', value: (v) => WORKFORCE_LABELS[v.workforceType] },
  { header: 'Roles', value: (v) => v.roles.map(roleLabel).join(LIST_SEPARATOR) },
  { header: 'Languages', value: (v) => v.languages.join(LIST_SEPARATOR) },
  { header: 'Availability', value: (v) => v.availability.map(slotLabel).join(LIST_SEPARATOR) },
  { header: 'Interests and skills', value: (v) => v.interests.join(LIST_SEPARATOR) },
  { header: 'Start date', value: (v) => formatUkDate(v.startDate) },
  { header: 'Status', value: (v) => STATUS_LABELS[v.status] },
  { header: 'Communication preferences', value: (v) => v.contactPreferences.map((c) => CONTACT_LABELS[c]).join(LIST_SEPARATOR) },
  // Blank: the default caseload, as on the form.
  { header: 'Caseload limit', value: (v) => (v.caseloadLimit === undefined ? '' : String(v.caseloadLimit)) },
  { header: 'Gender for matching', value: (v) => (v.gender ? MATCH_GENDER_LABELS[v.gender] : '') },
  { header: 'Notes', value: (v) => v.notes },
  { header: 'Left on', value: (v) => formatUkDate(v.leftDate) },
  { header: 'Reason for leaving', value: (v) => v.leftReason },
];

// ----- reading text cells back into input -------------------------------------------------

const rolesFromText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const out: string[] = [];
    for (const part of (text ?? '').split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
      const id = roleIdFromText(part);
      if (id === null) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a role Peer Desk knows. Use: ${DEFAULT_ROLES.map((r) => r.label).join(', ')}` });
        return z.NEVER;
      }
      if (!out.includes(id)) out.push(id);
    }
    return out;
  });

const DAY_WORDS = new Map<string, (typeof WEEKDAYS)[number]>(
  WEEKDAYS.flatMap((d) => [
    [d, d],
    [WEEKDAY_LABELS[d].toLowerCase(), d],
  ]),
);

/** "Mon morning; Wed evening" → ['mon-morning', 'wed-evening']. */
export const availabilityFromText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const out: AvailabilitySlot[] = [];
    for (const part of (text ?? '').split(/[;,]/).map((p) => words(p)).filter(Boolean)) {
      const [dayWord, partWord] = part.split(' ');
      const day = DAY_WORDS.get(dayWord ?? '');
      const dayPart = DAY_PARTS.find((p) => p === partWord);
      if (!day || !dayPart) {
        ctx.addIssue({ code: 'custom', message: `Write availability like "Mon morning; Wed evening" ("${part}" was not understood)` });
        return z.NEVER;
      }
      const slot: AvailabilitySlot = `${day}-${dayPart}`;
      if (!out.includes(slot)) out.push(slot);
    }
    return out;
  });

const contactFromText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const out: ContactMethod[] = [];
    for (const part of (text ?? '').split(/[;,]/).map((p) => words(p)).filter(Boolean)) {
      const method = CONTACT_METHODS.find((c) => c === part || words(CONTACT_LABELS[c]) === part);
      if (!method) {
        ctx.addIssue({ code: 'custom', message: `Communication preferences must be from: ${CONTACT_METHODS.map((c) => CONTACT_LABELS[c]).join(', ')}` });
        return z.NEVER;
      }
      if (!out.includes(method)) out.push(method);
    }
    return out;
  });

/** A CSV row: the form's rules, with choices written as their labels. */
export const volunteerImportRowSchema = z
  .object({
    ...volunteerTypedFields,
    roles: rolesFromText,
    availability: availabilityFromText,
    contactPreferences: contactFromText,
    gender: optionalPickFromLabels<MatchGender>('Gender for matching', MATCH_GENDERS, MATCH_GENDER_LABELS, NO_GENDER_ANSWER),
    workforceType: pickFromLabels<WorkforceType>('Workforce type', WORKFORCE_TYPES, WORKFORCE_LABELS, 'voluntary'),
    status: pickFromLabels<VolunteerStatus>('Status', VOLUNTEER_STATUSES, STATUS_LABELS, 'enquiry'),
  })
  .superRefine(checkAge);
export type VolunteerImportRow = z.output<typeof volunteerImportRowSchema>;
