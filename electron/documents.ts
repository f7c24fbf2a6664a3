import { z } from 'zod';
import { auditEntrySchema } from '../shared/domain/audit';
import { DEFAULT_SETTINGS, settingsSchema } from '../shared/domain/settings';
import { volunteerRecordSchema } from '../shared/domain/volunteers';
import { volunteersV0ToV1 } from './store/migrations/volunteers-v0-to-v1';
import type { AnyDocumentKind, DocumentKind } from './store/types';

/**
 * The documents in a data folder. Split by how often they change and how big they grow,
 * so a save rewrites only what it touched: settings rarely, volunteers often, audit entries
 * by calendar year.
 */

/** v0 → v1 for documents whose only change was gaining a schemaVersion. */
function addSchemaVersion(defaults: object = {}) {
  return { from: 0, description: 'Add schemaVersion', apply: (doc: unknown) => ({ ...defaults, ...(doc ?? {}), schemaVersion: 1 }) };
}

const settingsDoc = z.object({ schemaVersion: z.literal(1), settings: settingsSchema });
export type SettingsDoc = z.infer<typeof settingsDoc>;
export const settingsKind: DocumentKind<SettingsDoc> = {
  name: 'settings',
  partitioned: false,
  version: 1,
  schema: settingsDoc,
  migrations: [addSchemaVersion()],
  empty: () => ({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS } }),
};

const volunteersDoc = z.object({ schemaVersion: z.literal(1), volunteers: z.array(volunteerRecordSchema) });
export type VolunteersDoc = z.infer<typeof volunteersDoc>;
export const volunteersKind: DocumentKind<VolunteersDoc> = {
  name: 'volunteers',
  partitioned: false,
  version: 1,
  schema: volunteersDoc,
  migrations: [volunteersV0ToV1],
  empty: () => ({ schemaVersion: 1, volunteers: [] }),
  count: (doc) => ({ volunteers: doc.volunteers.length }),
};

/** Audit entries, one document per calendar year ("audit-2026.json"). */
const auditDoc = z.object({ schemaVersion: z.literal(1), entries: z.array(auditEntrySchema) });
export type AuditDoc = z.infer<typeof auditDoc>;
export const auditKind: DocumentKind<AuditDoc> = {
  name: 'audit',
  partitioned: true,
  version: 1,
  schema: auditDoc,
  migrations: [addSchemaVersion({ entries: [] })],
  empty: () => ({ schemaVersion: 1, entries: [] }),
  count: (doc) => ({ 'audit entries': doc.entries.length }),
};

export const APP_KINDS: readonly AnyDocumentKind[] = [settingsKind, volunteersKind, auditKind];
