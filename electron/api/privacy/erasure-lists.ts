import type { RecordLists } from '../../../shared/domain/erasure';
import { APP_COLLECTIONS } from '../../documents';
import type { Collection, StoredRecord } from '../../store';
import type { RestoredDocument } from '../../store/backup-rewrite';
import type { Store } from '../../store/types';

/**
 * Between documents and the plain lists erasure.ts works on (collection name → every record,
 * all years together): from the open store, and from a backup's documents and back.
 */

/** The erasure log is never erased from: it is the record that an erasure happened. */
const SKIPPED = new Set(['erasures']);

export const ERASABLE_COLLECTIONS: readonly Collection<StoredRecord>[] = APP_COLLECTIONS.filter((t): t is Collection<StoredRecord> => t.type === 'collection' && !SKIPPED.has(t.name));

const byName = new Map(ERASABLE_COLLECTIONS.map((c) => [c.name, c]));

export function collectionNamed(name: string): Collection<StoredRecord> {
  const c = byName.get(name);
  if (!c) throw new Error(`No collection called ${name}`);
  return c;
}

function field(doc: object, name: string): readonly StoredRecord[] {
  return ((doc as Record<string, unknown>)[name] ?? []) as readonly StoredRecord[];
}

/** Every record the store holds, every year read. */
export function listsFromStore(store: Store): RecordLists {
  const out: Record<string, readonly object[]> = {};
  for (const c of ERASABLE_COLLECTIONS) {
    const keys = c.kind.partitioned ? store.keys(c.kind) : [undefined];
    out[c.name] = keys.flatMap((key) => field(store.get(c.kind, key) as object, c.field));
  }
  return out;
}

export function listsFromDocuments(documents: readonly RestoredDocument[]): RecordLists {
  const out: Record<string, object[]> = {};
  for (const c of ERASABLE_COLLECTIONS) {
    out[c.name] = documents.filter((d) => d.kind.name === c.kind.name).flatMap((d) => field(d.doc, c.field));
  }
  return out;
}

/** The documents with each changed record put where it was (same id, same document). */
export function documentsWith(documents: readonly RestoredDocument[], changed: readonly { collection: string; record: object }[]): RestoredDocument[] {
  const byCollection = new Map<string, Map<string, object>>();
  for (const { collection, record } of changed) {
    const m = byCollection.get(collection) ?? new Map<string, object>();
    m.set((record as StoredRecord).id, record);
    byCollection.set(collection, m);
  }
  return documents.map((d) => {
    let doc = d.doc;
    for (const c of ERASABLE_COLLECTIONS) {
      const replacements = byCollection.get(c.name);
      if (c.kind.name !== d.kind.name || !replacements) continue;
      const list = field(doc, c.field);
      if (!list.some((r) => replacements.has(r.id))) continue;
      doc = { ...doc, [c.field]: list.map((r) => replacements.get(r.id) ?? r) };
    }
    return doc === d.doc ? d : { ...d, doc };
  });
}
