import { z } from 'zod';
import { phoneForExcel } from '../csv/export';
import type { CsvField } from '../csv/types';
import { formatUkDate } from '../dates';
import { DEFAULT_ROLES, roleIdFromText, roleLabel } from './roles';
import { findDuplicates } from './volunteer-changes';
import {
  CONTACT_LABELS,
  CONTACT_METHODS,
  DAY_PARTS,
  STATUS_LABELS,
  VOLUNTEER_STATUSES,
  WEEKDAYS,
  WEEKDAY_LABELS,
  WORKFORCE_LABELS,
  WORKFORCE_TYPES,
  checkAge,
  volunteerTypedFields,
  type AvailabilitySlot,
  type ContactMethod,
  type Volunteer,
  type VolunteerInput,
  type VolunteerStatus,
  type WorkforceType,
} from './volunteers';

/**
 * Volunteers as CSV: the columns written on export are the columns read on import, so a
 * file exported, edited in Excel and imported comes back the same.
 */

export const VOLUNTEER_CSV_FIELDS: readonly CsvField[] = [
  { key: 'firstName', label: 'First name', required: true, aliases: ['forename', 'given name', 'first'] },
  { key: 'lastName', label: 'Last name', required: true, aliases: ['surname', 'family name', 'last'] },
  { key: 'preferredName', label: 'Preferred name', aliases: ['known as', 'nickname'] },
  { key: 'pronouns', label: 'Pronouns' },
  { key: 'email', label: 'Email', aliases: ['email address', 'e-mail', 'e-mail address'] },
  { key: 'phone', label: 'Phone', aliases: ['telephone', 'phone number', 'mobile', 'tel'] },
  { key: 'address.line1', label: 'Address line 1', aliases: ['address', 'address 1', 'street'] },
  { key: 'address.line2', label: 'Address line 2', aliases: ['address 2'] },
  { key: 'address.town', label: 'Town or city', aliases: ['town', 'city'] },
  { key: 'address.postcode', label: 'Postcode', aliases: ['post code', 'zip'] },
  { key: 'dateOfBirth', label: 'Date of birth', aliases: ['dob', 'birth date', 'birthday'] },
  { key: 'emergencyContact.name', label: 'Emergency contact name', aliases: ['emergency contact', 'next of kin'] },
  { key: 'emergencyContact.relationship', label: 'Emergency contact relationship', aliases: ['relationship'] },
  { key: 'emergencyContact.phone', label: 'Emergency contact phone', aliases: ['emergency phone', 'next of kin phone'] },
  { key: 'workforceType', label: 'Workforce type', aliases: ['workforce', 'type'] },
  { key: 'roles', label: 'Roles', aliases: ['role'] },
  { key: 'languages', label: 'Languages', aliases: ['language'] },
  { key: 'availability', label: 'Availability', aliases: ['available'] },
  { key: 'interests', label: 'Interests and skills', aliases: ['interests', 'skills'] },
  { key: 'startDate', label: 'Start date', aliases: ['started', 'date started', 'joined'] },
  { key: 'status', label: 'Status' },
  { key: 'contactPreferences', label: 'Communication preferences', aliases: ['contact preferences', 'contact by'] },
  { key: 'notes', label: 'Notes', aliases: ['comments'] },
];

const LIST_SEPARATOR = '; ';

const slotLabel = (slot: string): string => {
  const [day, part] = slot.split('-') as [keyof typeof WEEKDAY_LABELS, string];
  return `${WEEKDAY_LABELS[day]?.slice(0, 3) ?? day} ${part ?? ''}`.trim();
};

/** One row per volunteer, in the order of VOLUNTEER_CSV_FIELDS, plus when they left. */
export const VOLUNTEER_CSV_COLUMNS: readonly { header: string; value: (v: Volunteer) => string | undefined }[] = [
  { header: 'First name', value: (v) => v.firstName },
  { header: 'Last name', value: (v) => v.lastName },
  { header: 'Preferred name', value: (v) => v.preferredName },
  { header: 'Pronouns', value: (v) => v.pronouns },
  { header: 'Email', value: (v) => v.email },
  { header: 'Phone', value: (v) => (v.phone ? phoneForExcel(v.phone) : undefined) },
  { header: 'Address line 1', value: (v) => v.address.line1 },
  { header: 'Address line 2', value: (v) => v.address.line2 },
  { header: 'Town or city', value: (v) => v.address.town },
  { header: 'Postcode', value: (v) => v.address.postcode },
  { header: 'Date of birth', value: (v) => formatUkDate(v.dateOfBirth) },
  { header: 'Emergency contact name', value: (v) => v.emergencyContact.name },
  { header: 'Emergency contact relationship', value: (v) => v.emergencyContact.relationship },
  { header: 'Emergency contact phone', value: (v) => (v.emergencyContact.phone ? phoneForExcel(v.emergencyContact.phone) : undefined) },
  { header: 'Workforce type', value: (v) => WORKFORCE_LABELS[v.workforceType] },
  { header: 'Roles', value: (v) => v.roles.map(roleLabel).join(LIST_SEPARATOR) },
  { header: 'Languages', value: (v) => v.languages.join(LIST_SEPARATOR) },
  { header: 'Availability', value: (v) => v.availability.map(slotLabel).join(LIST_SEPARATOR) },
  { header: 'Interests and skills', value: (v) => v.interests.join(LIST_SEPARATOR) },
  { header: 'Start date', value: (v) => formatUkDate(v.startDate) },
  { header: 'Status', value: (v) => STATUS_LABELS[v.status] },
  { header: 'Communication preferences', value: (v) => v.contactPreferences.map((c) => CONTACT_LABELS[c]).join(LIST_SEPARATOR) },
  { header: 'Notes', value: (v) => v.notes },
  { header: 'Left on', value: (v) => formatUkDate(v.leftDate) },
  { header: 'Reason for leaving', value: (v) => v.leftReason },
];

// ----- reading text cells back into input -------------------------------------------------

const words = (t: string): string => t.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function pickFromLabels<T extends string>(what: string, options: readonly T[], labels: Record<T, string>, fallback?: T) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = words(text ?? '');
      if (t === '' && fallback !== undefined) return fallback;
      const found = options.find((o) => words(o) === t || words(labels[o]) === t);
      if (found === undefined) {
        ctx.addIssue({ code: 'custom', message: `${what} must be one of: ${options.map((o) => labels[o]).join(', ')}` });
        return z.NEVER;
      }
      return found;
    });
}

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

const availabilityFromText = z
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
    workforceType: pickFromLabels<WorkforceType>('Workforce type', WORKFORCE_TYPES, WORKFORCE_LABELS, 'voluntary'),
    status: pickFromLabels<VolunteerStatus>('Status', VOLUNTEER_STATUSES, STATUS_LABELS, 'enquiry'),
  })
  .superRefine(checkAge);
export type VolunteerImportRow = z.output<typeof volunteerImportRowSchema>;

/** Flat "address.postcode" keys from the mapping → the nested shape the schema reads. */
export function volunteerRowToInput(values: Record<string, string>): unknown {
  const out: Record<string, unknown> = { address: {}, emergencyContact: {} };
  for (const [key, value] of Object.entries(values)) {
    const [head, tail] = key.split('.');
    if (tail !== undefined && head !== undefined) (out[head] as Record<string, string>)[tail] = value;
    else out[key] = value;
  }
  return out;
}

/** Splits an import row into the record's fields and its starting status. */
export function splitImportRow(row: VolunteerImportRow): { volunteer: VolunteerInput; status: VolunteerStatus } {
  const { status, ...volunteer } = row;
  return { volunteer, status };
}

/** Rows that look like someone already on record, or like another row in the same file. */
export function volunteerImportWarnings(existing: readonly Volunteer[]) {
  return (rows: readonly { line: number; input: VolunteerImportRow }[]) => {
    const issues: { line: number; message: string }[] = [];
    const seen: { line: number; input: VolunteerImportRow; asRecord: Volunteer }[] = [];
    for (const row of rows) {
      const onRecord = findDuplicates(existing, row.input);
      if (onRecord.length > 0) {
        issues.push({ line: row.line, message: `May already be on record as ${onRecord.map((m) => m.name).join(', ')} (same name and ${reasonWords(onRecord[0]!.reasons)})` });
      }
      const inFile = findDuplicates(
        seen.map((s) => s.asRecord),
        row.input,
      );
      if (inFile.length > 0) {
        const first = seen.find((s) => s.asRecord.id === inFile[0]!.id);
        issues.push({ line: row.line, message: `Looks like the same person as line ${first?.line ?? '?'} (same name and ${reasonWords(inFile[0]!.reasons)})` });
      }
      seen.push({ line: row.line, input: row.input, asRecord: asLooseRecord(row.input, `line-${row.line}`) });
    }
    return issues;
  };
}

function reasonWords(reasons: readonly string[]): string {
  const words: Record<string, string> = { email: 'email', phone: 'phone', dateOfBirth: 'date of birth' };
  return reasons.map((r) => words[r] ?? r).join(', ');
}

function asLooseRecord(input: VolunteerImportRow, id: string): Volunteer {
  const { status, ...rest } = input;
  return { ...rest, id, createdAt: '', updatedAt: '', status, statusHistory: [] };
}
