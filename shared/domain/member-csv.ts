import { z } from 'zod';
import type { CsvExportColumn } from '../csv/export';
import type { CsvField } from '../csv/types';
import { formatUkDate } from '../dates';
import { EQUALITY_QUESTIONS, equalityAnswerLabel } from './equality';
import { loansOut } from './member-loans';
import { MEMBER_STATUSES, MEMBER_STATUS_LABELS, NEWSLETTER_LABELS, NEWSLETTER_PREFERENCES, NO_GENDER_PREFERENCE, VOLUNTEER_GENDER_PREFERENCES, VOLUNTEER_GENDER_PREFERENCE_LABELS, checkMemberBirthDate, memberJoinedDate, memberTypedFields, type Member, type MemberStatus, type NewsletterPreference, type VolunteerGenderPreference } from './members';
import { LIST_SEPARATOR, NOTES_CSV_FIELD, PERSON_CSV_FIELDS, optionalPickFromLabels, personCsvColumns, pickFromLabels, yesNo, yesNoFromText } from './people-csv';
import { availabilityFromText, slotLabel } from './volunteer-csv';

/**
 * Members as CSV, through the same engine and person columns as volunteers: the columns
 * written on export are the columns read on import (plus a few written for reading only).
 * Equality answers are special category data (UK GDPR): they are written only when the
 * coordinator asks, and never read from a file.
 */

export const MEMBER_CSV_FIELDS: readonly CsvField[] = [
  ...PERSON_CSV_FIELDS,
  { key: 'joinedDate', label: 'Date joined', aliases: ['joined', 'date referred', 'referral date', 'referred on'] },
  { key: 'status', label: 'Status' },
  { key: 'newsletter', label: 'Newsletter', aliases: ['newsletter preference', 'newsletter by'] },
  { key: 'interests', label: 'Interests', aliases: ['interest', 'hobbies'] },
  { key: 'accessNeeds', label: 'Access needs', aliases: ['access requirements', 'accessibility needs'] },
  { key: 'digital.hasDevice', label: 'Has a device', aliases: ['device', 'has device'] },
  { key: 'digital.hasInternet', label: 'Has internet', aliases: ['internet'] },
  { key: 'digital.needsDeviceLoan', label: 'Needs a device loan', aliases: ['needs device', 'device loan'] },
  { key: 'languages', label: 'Languages', aliases: ['language', 'speaks'] },
  { key: 'availability', label: 'Availability', aliases: ['available', 'free'] },
  { key: 'matchingNotes', label: 'Matching preferences', aliases: ['matching notes', 'preferences'] },
  { key: 'prefersVolunteerGender', label: 'Prefers a volunteer who is', aliases: ['volunteer gender', 'prefers a woman or a man'] },
  { key: 'needsLanguage', label: 'Must speak', aliases: ['needs language', 'volunteer must speak'] },
  NOTES_CSV_FIELD,
];

const EQUALITY_COLUMNS: readonly CsvExportColumn<Member>[] = [
  { header: EQUALITY_QUESTIONS.sex, value: (m) => equalityAnswerLabel('sex', m.equality.sex) },
  { header: EQUALITY_QUESTIONS.genderSameAsSex, value: (m) => equalityAnswerLabel('genderSameAsSex', m.equality.genderSameAsSex) },
  { header: EQUALITY_QUESTIONS.genderIdentity, value: (m) => m.equality.genderIdentity },
  { header: EQUALITY_QUESTIONS.ethnicity, value: (m) => equalityAnswerLabel('ethnicity', m.equality.ethnicity) },
  { header: EQUALITY_QUESTIONS.ethnicityDetail, value: (m) => m.equality.ethnicityDetail },
  { header: EQUALITY_QUESTIONS.disability, value: (m) => equalityAnswerLabel('disability', m.equality.disability) },
  { header: EQUALITY_QUESTIONS.sexualOrientation, value: (m) => equalityAnswerLabel('sexualOrientation', m.equality.sexualOrientation) },
  { header: EQUALITY_QUESTIONS.religion, value: (m) => equalityAnswerLabel('religion', m.equality.religion) },
];

/** One row per member, in the order of MEMBER_CSV_FIELDS, then columns for reading only. */
export function memberCsvColumns(options: { contactNames: ReadonlyMap<string, string>; includeEquality: boolean }): CsvExportColumn<Member>[] {
  const columns: CsvExportColumn<Member>[] = [
    ...personCsvColumns<Member>(),
    { header: 'Date joined', value: (m) => formatUkDate(memberJoinedDate(m)) },
    { header: 'Status', value: (m) => MEMBER_STATUS_LABELS[m.status] },
    { header: 'Newsletter', value: (m) => NEWSLETTER_LABELS[m.newsletter] },
    { header: 'Interests', value: (m) => m.interests.join(LIST_SEPARATOR) },
    { header: 'Access needs', value: (m) => m.accessNeeds },
    { header: 'Has a device', value: (m) => yesNo(m.digital.hasDevice) },
    { header: 'Has internet', value: (m) => yesNo(m.digital.hasInternet) },
    { header: 'Needs a device loan', value: (m) => yesNo(m.digital.needsDeviceLoan) },
    { header: 'Languages', value: (m) => (m.languages ?? []).join(LIST_SEPARATOR) },
    { header: 'Availability', value: (m) => (m.availability ?? []).map(slotLabel).join(LIST_SEPARATOR) },
    { header: 'Matching preferences', value: (m) => m.matchingNotes },
    { header: 'Prefers a volunteer who is', value: (m) => (m.prefersVolunteerGender ? VOLUNTEER_GENDER_PREFERENCE_LABELS[m.prefersVolunteerGender] : '') },
    { header: 'Must speak', value: (m) => m.needsLanguage },
    { header: 'Notes', value: (m) => m.notes },
    { header: 'Key contact', value: (m) => (m.keyContactId ? options.contactNames.get(m.keyContactId) : undefined) },
    { header: 'Devices on loan', value: (m) => loansOut(m).map((l) => l.item).join(LIST_SEPARATOR) },
    { header: 'Left on', value: (m) => formatUkDate(m.leftDate) },
    { header: 'Reason for leaving', value: (m) => m.leftReason },
  ];
  return options.includeEquality ? [...columns, ...EQUALITY_COLUMNS] : columns;
}

/** A CSV row: the form's rules, with choices written as their labels and yes/no as words. */
export const memberImportRowSchema = z
  .object({
    ...memberTypedFields,
    digital: z
      .object({
        hasDevice: yesNoFromText('Has a device'),
        hasInternet: yesNoFromText('Has internet'),
        needsDeviceLoan: yesNoFromText('Needs a device loan'),
      })
      .prefault({}),
    newsletter: pickFromLabels<NewsletterPreference>('Newsletter', NEWSLETTER_PREFERENCES, NEWSLETTER_LABELS, 'none'),
    availability: availabilityFromText.transform((slots) => (slots.length > 0 ? slots : undefined)),
    prefersVolunteerGender: optionalPickFromLabels<VolunteerGenderPreference>('Prefers a volunteer who is', VOLUNTEER_GENDER_PREFERENCES, VOLUNTEER_GENDER_PREFERENCE_LABELS, NO_GENDER_PREFERENCE),
    status: pickFromLabels<MemberStatus>('Status', MEMBER_STATUSES, MEMBER_STATUS_LABELS, 'referred'),
  })
  .superRefine(checkMemberBirthDate);
export type MemberImportRow = z.output<typeof memberImportRowSchema>;
