import { z } from 'zod';
import { defineCollection } from './collections';
import type { DocumentKind } from './kinds';
import { tombstonesV0ToV1 } from './migrations/tombstones-v0-to-v1';

/**
 * A removed record leaves a tombstone: which list it was in, its id, when and in which
 * commit. Never its contents, so erasing a person erases them. Tombstones are what a
 * replica needs to delete its copy (CouchDB's `_deleted` stubs), and show that a record
 * existed even after it is gone.
 */

const tombstoneSchema = z.object({
  /** `<collection>/<record id>`, or `<collection>/<partition>/<record id>`. */
  id: z.string(),
  collection: z.string(),
  recordId: z.string(),
  partition: z.string().optional(),
  deletedAt: z.string(),
  seq: z.number().int().positive(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

const tombstonesDoc = z.object({ schemaVersion: z.literal(1), tombstones: z.array(tombstoneSchema) });
export type TombstonesDoc = z.infer<typeof tombstonesDoc>;

export const tombstonesKind: DocumentKind<TombstonesDoc> = {
  name: 'tombstones',
  partitioned: false,
  version: 1,
  schema: tombstonesDoc,
  migrations: [tombstonesV0ToV1],
  empty: () => ({ schemaVersion: 1, tombstones: [] }),
};

export const tombstones = defineCollection(tombstonesKind, 'tombstones', { name: 'tombstones' });

export function tombstoneId(collection: string, recordId: string, partition: string | undefined): string {
  return partition === undefined ? `${collection}/${recordId}` : `${collection}/${partition}/${recordId}`;
}
