/**
 * v0 is the shape the first prototype wrote, before documents carried a schemaVersion:
 * a flat record copied from the charity's spreadsheet (postcode on the record, roles as one
 * "a; b" string, UK dates as typed) and no status history. v1 is the first released shape.
 *
 * Frozen when written: it imports nothing (a test checks). What it needs from the rest of
 * the app is copied below as it was when the step was written (the roles, the statuses,
 * how a typed UK date is read), so later changes there can never change what this step
 * does to an old file.
 */

interface V0Volunteer {
  [key: string]: unknown;
}

/** The roles of v1, by id and label, for matching "Travel Buddy" or "travel-buddy". */
const ROLES_V1 = [
  { id: 'group-facilitator', label: 'Peer group facilitator' },
  { id: 'peer-supporter', label: '1-1 peer supporter' },
  { id: 'peer-coach', label: 'Peer coach' },
  { id: 'travel-buddy', label: 'Travel buddy' },
  { id: 'newsletter-helper', label: 'Newsletter helper' },
  { id: 'admin', label: 'Admin volunteer' },
  { id: 'trustee', label: 'Trustee' },
] as const;

const STATUSES_V1 = ['enquiry', 'applied', 'interviewed', 'references', 'dbs', 'training', 'active', 'paused', 'left'];

function roleIdFromText(typed: string): string | null {
  const t = typed.trim().toLowerCase().replace(/[\s_]+/g, '-');
  for (const r of ROLES_V1) {
    if (r.id === t || r.label.toLowerCase().replace(/\s+/g, '-') === t) return r.id;
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day, month, 4-digit year with /, - or . between: what people type and what Excel writes.
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/**
 * A date as typed (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, or yyyy-mm-dd) as ISO, or
 * undefined if it is not a real date; typed years before 1850 are refused as slips.
 */
function isoFromTyped(typed: string): string | undefined {
  const iso = ISO_DATE.exec(typed);
  if (iso) return isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? typed : undefined;
  const uk = UK_DATE.exec(typed);
  if (!uk) return undefined;
  const [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  if (year < 1850 || !isRealDate(year, month, day)) return undefined;
  return `${uk[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const isoFrom = (v: unknown): string | undefined => {
  const t = text(v);
  return t === undefined ? undefined : isoFromTyped(t);
};

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

export const volunteersV0ToV1 = {
  from: 0,
  description: 'Prototype volunteer records: add status history, address, split roles, ISO dates',
  apply(doc: unknown): unknown {
    const d = (doc ?? {}) as { volunteers?: unknown };
    const list = Array.isArray(d.volunteers) ? (d.volunteers as V0Volunteer[]) : [];
    return { schemaVersion: 1, volunteers: list.map(migrateVolunteer) };
  },
};
