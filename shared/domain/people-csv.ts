import { z } from 'zod';
import { phoneForExcel } from '../csv/export';
import type { CsvExportColumn } from '../csv/export';
import type { CsvField, CsvRowIssue } from '../csv/types';
import { formatUkDate } from '../dates';
import type { Steps } from '../csv/steps';
import { findDuplicatePeople, personNameKey, type DuplicateCandidate, type DuplicateReason } from './people-changes';
import type { Address } from './person';

/**
 * CSV pieces every kind of person shares (volunteers, members): the columns for names,
 * contact details, address, date of birth and emergency contact, and the helpers that read
 * text cells back into API input. A kind lists these, then its own columns.
 */

/** The person's own columns, in the order they are written and read. */
export const PERSON_CSV_FIELDS: readonly CsvField[] = [
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
];

export const NOTES_CSV_FIELD: CsvField = { key: 'notes', label: 'Notes', aliases: ['comments'] };

interface PersonColumnsSource {
  firstName: string;
  lastName: string;
  preferredName?: string | undefined;
  pronouns?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  address: Address;
  dateOfBirth?: string | undefined;
  emergencyContact: { name?: string | undefined; relationship?: string | undefined; phone?: string | undefined };
}

/** Export columns matching PERSON_CSV_FIELDS: phones kept as text in Excel, dates as dd/mm/yyyy. */
export function personCsvColumns<P extends PersonColumnsSource>(): CsvExportColumn<P>[] {
  return [
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
  ];
}

// People compared between steps of the duplicate check.
const ROWS_PER_STEP = 1000;

/** Lists in one cell ("Welsh; English"): a semicolon, because names and places hold commas. */
export const LIST_SEPARATOR = '; ';

/** "Large-Print " → "large print": how a typed choice is compared with its id and label. */
export const words = (t: string): string => t.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A choice written as its label ("On a break") or its id ("on-break"); blank gives `fallback` when there is one. */
export function pickFromLabels<T extends string>(what: string, options: readonly T[], labels: Record<T, string>, fallback?: T) {
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

/** An optional choice written as its label or id; blank, or the label of no answer ("No preference"), gives none. */
export function optionalPickFromLabels<T extends string>(what: string, options: readonly T[], labels: Record<T, string>, noneLabel: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx): T | undefined => {
      const t = words(text ?? '');
      if (t === '' || t === words(noneLabel)) return undefined;
      const found = options.find((o) => words(o) === t || words(labels[o]) === t);
      if (found === undefined) {
        ctx.addIssue({ code: 'custom', message: `${what} must be one of: ${[noneLabel, ...options.map((o) => labels[o])].join(', ')}` });
        return z.NEVER;
      }
      return found;
    });
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** A yes/no cell; blank means not recorded. */
export function yesNoFromText(what: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = words(text ?? '');
      if (t === '') return undefined;
      if (YES.has(t)) return true;
      if (NO.has(t)) return false;
      ctx.addIssue({ code: 'custom', message: `Write Yes or No for ${what}` });
      return z.NEVER;
    });
}

export function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'Yes' : 'No';
}

/** Flat "address.postcode" keys from the column mapping → the nested shape the schema reads. */
export function rowToNestedInput(values: Record<string, string>): unknown {
  const out: Record<string, unknown> = { address: {}, emergencyContact: {} };
  for (const [key, value] of Object.entries(values)) {
    const [head, tail] = key.split('.');
    if (tail !== undefined && head !== undefined) {
      const group = (out[head] ??= {}) as Record<string, string>;
      group[tail] = value;
    } else out[key] = value;
  }
  return out;
}

function reasonWords(reasons: readonly DuplicateReason[]): string {
  const names: Record<DuplicateReason, string> = { email: 'email', phone: 'phone', dateOfBirth: 'date of birth' };
  return reasons.map((r) => names[r]).join(', ');
}

/**
 * Rows that look like someone already on record, or like another row in the same file.
 * People are grouped by name first (a duplicate always has the same name), so a file of
 * 100,000 rows is compared in one pass rather than each row with every other; the work is
 * done in steps (csv/steps.ts).
 */
export function duplicateImportWarnings<Row extends DuplicateCandidate>(existing: readonly (DuplicateCandidate & { id: string; preferredName?: string | undefined })[]) {
  return function* (rows: readonly { line: number; input: Row }[]): Steps<CsvRowIssue[]> {
    const onRecordByName = new Map<string, (typeof existing)[number][]>();
    for (const [n, person] of existing.entries()) {
      const key = personNameKey(person);
      const same = onRecordByName.get(key);
      if (same) same.push(person);
      else onRecordByName.set(key, [person]);
      if (n % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    }

    const issues: CsvRowIssue[] = [];
    const seenByName = new Map<string, (DuplicateCandidate & { id: string; line: number })[]>();
    for (const [n, row] of rows.entries()) {
      const key = personNameKey(row.input);
      const onRecord = findDuplicatePeople(onRecordByName.get(key) ?? [], row.input);
      if (onRecord.length > 0) {
        issues.push({ line: row.line, message: `May already be on record as ${onRecord.map((m) => m.name).join(', ')} (same name and ${reasonWords(onRecord[0]!.reasons)})` });
      }
      const seen = seenByName.get(key) ?? [];
      const inFile = findDuplicatePeople(seen, row.input);
      if (inFile.length > 0) {
        const first = seen.find((s) => s.id === inFile[0]!.id);
        issues.push({ line: row.line, message: `Looks like the same person as row ${first?.line ?? '?'} (same name and ${reasonWords(inFile[0]!.reasons)})` });
      }
      seen.push({ ...row.input, id: `line-${row.line}`, line: row.line });
      if (seen.length === 1) seenByName.set(key, seen);
      if (n % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    }
    return issues;
  };
}
