import { parseUkDate } from '../../../shared/dates';
import { roleIdFromText } from '../../../shared/domain/roles';
import type { Migration } from '../types';

/**
 * v0 is the shape the first prototype wrote, before documents carried a schemaVersion:
 * a flat record copied from the charity's spreadsheet (postcode on the record, roles as one
 * "a; b" string, UK dates as typed) and no status history. v1 is the first released shape.
 * Frozen when written: do not import live schemas or defaults here.
 */
interface V0Volunteer {
  [key: string]: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const isoFrom = (v: unknown): string | undefined => {
  const t = text(v);
  return t === undefined ? undefined : (parseUkDate(t) ?? undefined);
};
const STATUSES_V1 = ['enquiry', 'applied', 'interviewed', 'references', 'dbs', 'training', 'active', 'paused', 'left'];

function migrateVolunteer(v: V0Volunteer, index: number): Record<string, unknown> {
  const createdAt = text(v.createdAt) ?? '2020-01-01T00:00:00.000Z';
  const status = STATUSES_V1.includes(String(v.status)) ? String(v.status) : 'enquiry';
  const startDate = isoFrom(v.startDate);
  const roles = (text(v.roles) ?? '')
    .split(/[;,]/)
    .map((r) => roleIdFromText(r) ?? r.trim())
    .filter((r) => r !== '');
  const out: Record<string, unknown> = {
    id: text(v.id) ?? `v0-${index + 1}`,
    createdAt,
    updatedAt: text(v.updatedAt) ?? createdAt,
    firstName: text(v.firstName) ?? '',
    lastName: text(v.lastName) ?? '',
    email: text(v.email),
    phone: text(v.phone),
    address: { line1: text(v.address), town: text(v.town), postcode: text(v.postcode) },
    dateOfBirth: isoFrom(v.dateOfBirth),
    emergencyContact: {},
    workforceType: 'voluntary',
    roles,
    languages: [],
    availability: [],
    interests: [],
    startDate,
    notes: text(v.notes),
    contactPreferences: [],
    status,
    statusHistory: [
      {
        status,
        date: startDate ?? createdAt.slice(0, 10),
        note: 'Status at the time history began to be kept',
        recordedAt: createdAt,
      },
    ],
  };
  // JSON has no undefined: drop absent fields so the document validates as it will be saved.
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

export const volunteersV0ToV1: Migration = {
  from: 0,
  description: 'Prototype volunteer records: add status history, address, split roles, ISO dates',
  apply(doc) {
    const d = (doc ?? {}) as { volunteers?: unknown };
    const list = Array.isArray(d.volunteers) ? (d.volunteers as V0Volunteer[]) : [];
    return { schemaVersion: 1, volunteers: list.map(migrateVolunteer) };
  },
};
