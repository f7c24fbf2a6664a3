import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ImportSpec } from '../../../shared/csv/import';
import type { CsvField, CsvRowIssue } from '../../../shared/csv/types';

/**
 * A small record kind that exercises the engine without depending on the volunteer or
 * member schemas: a required name, an email with a format check, a dd/mm/yyyy date turned
 * into ISO, a nested postcode, a ";"-separated list checked against fixed choices.
 */

export const ROLES = ['facilitator', 'coach', 'admin'] as const;

export const toySchema = z.object({
  firstName: z.string().trim().min(1, 'Enter first name').max(50, 'First name must be 50 characters or fewer'),
  lastName: z.string().trim().optional(),
  nickname: z.string().optional(),
  email: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      message: 'Enter an email address in the right format, like name@example.com',
    }),
  phone: z.string().optional(),
  dateOfBirth: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), { message: 'Enter date of birth as dd/mm/yyyy' }),
  address: z.object({
    line1: z.string().optional(),
    postcode: z
      .string()
      .optional()
      .refine((v) => v === undefined || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(v), { message: 'Enter a real postcode' }),
  }),
  // No message of its own: shows the engine's plain-English wording for zod's defaults.
  roles: z.array(z.enum(ROLES)),
  notes: z.string().optional(),
});
export type ToyInput = z.infer<typeof toySchema>;

export const toyFields: CsvField[] = [
  { key: 'firstName', label: 'First name', required: true },
  { key: 'lastName', label: 'Last name' },
  { key: 'nickname', label: 'Nickname' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'dateOfBirth', label: 'Date of birth' },
  { key: 'address.line1', label: 'Address', aliases: ['Address line 1', 'Street'] },
  { key: 'address.postcode', label: 'Postcode' },
  { key: 'roles', label: 'Roles' },
  { key: 'notes', label: 'Notes' },
];

const blank = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);

/** dd/mm/yyyy → yyyy-mm-dd; anything else is passed on as typed so the schema can say why. */
function ukDateToIso(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return text;
  const [, d = '', mo = '', y = ''] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1) return text;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export const toySpec: ImportSpec<ToyInput> = {
  fields: toyFields,
  rowToInput: (v) => ({
    firstName: v.firstName,
    lastName: blank(v.lastName),
    nickname: blank(v.nickname),
    email: blank(v.email),
    phone: blank(v.phone),
    dateOfBirth: v.dateOfBirth ? ukDateToIso(v.dateOfBirth) : undefined,
    address: { line1: blank(v['address.line1']), postcode: blank(v['address.postcode']) },
    roles: (v.roles ?? '')
      .split(';')
      .map((r) => r.trim().toLowerCase())
      .filter((r) => r !== ''),
    notes: blank(v.notes),
  }),
  schema: toySchema,
  warnings: (rows) => {
    const seen = new Map<string, number>();
    const out: CsvRowIssue[] = [];
    for (const { line, input } of rows) {
      const key = input.email?.toLowerCase();
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else out.push({ line, field: 'email', fieldLabel: 'Email', message: `Same email as line ${first}: possibly the same person` });
    }
    return out;
  },
};

const fixtureDir = join(import.meta.dirname, '../../fixtures/csv');
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixtureDir, name)));
}
