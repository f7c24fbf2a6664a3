import { NewerVersionError } from './errors';
import type { AnyDocumentKind } from './kinds';

/**
 * A kind's migrations are data; checking their order once on open turns a mistake in a
 * release (a missing or misnumbered step) into a loud start-up failure, not damaged files.
 */
export function assertMigrationsInOrder(kind: AnyDocumentKind): void {
  if (!Number.isInteger(kind.version) || kind.version < 0) {
    throw new Error(`Document kind "${kind.name}": version must be a whole number, got ${kind.version}`);
  }
  if (kind.migrations.length !== kind.version) {
    throw new Error(`Document kind "${kind.name}" is at version ${kind.version} but has ${kind.migrations.length} migrations`);
  }
  kind.migrations.forEach((m, i) => {
    if (m.from !== i) throw new Error(`Document kind "${kind.name}": migrations[${i}].from is ${m.from}, expected ${i}`);
  });
}

/** Thrown for a document this app cannot read as any version; the file is moved aside. */
export class UnreadableDocumentError extends Error {}

/** Documents written before schemaVersion existed are version 0. */
export function documentVersion(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new UnreadableDocumentError('The file does not hold Peer Desk data');
  }
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new UnreadableDocumentError('The file has a data version that is not a whole number');
  }
  return version;
}

/**
 * Brings a parsed document up to the kind's current version. Pure: the input is not changed
 * on purpose, but migrations may reuse its parts, so callers must not reuse `doc` afterwards.
 */
export function migrateDocument(kind: AnyDocumentKind, fileName: string, doc: unknown): { doc: unknown; from: number } {
  const from = documentVersion(doc);
  if (from > kind.version) throw new NewerVersionError(fileName, from, kind.version);
  return { doc: runSteps(kind, doc, from, 'the file'), from };
}

function runSteps(kind: AnyDocumentKind, doc: unknown, from: number, what: string): unknown {
  let current = doc;
  for (const migration of kind.migrations.slice(from)) {
    try {
      current = migration.apply(current);
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : '';
      throw new UnreadableDocumentError(`Upgrading ${what} from data version ${migration.from} failed${detail}`);
    }
  }
  return current;
}

/** Thrown for a change in the journal this version cannot bring up to date; open stops there, as for a damaged line. */
export class UnreadableChangeError extends Error {}

/** A change stamped with a newer data version than this Peer Desk knows stops the replay. */
export function assertReadableVersion(kind: AnyDocumentKind, from: number): void {
  if (from > kind.version) {
    throw new UnreadableChangeError(`A newer version of Peer Desk wrote it: ${kind.name} data version ${from}, and this version understands up to ${kind.version}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A record from the journal, written at data version `from`, brought up to the kind's version
 * so that it joins a document (migrated on load) in the same shape as the rest. Migrations
 * are written for documents, so the record goes through them as a document of one —
 * `{ schemaVersion: from, <field>: [record] }` — and is taken out again. That is right for a
 * step that changes each record on its own, as every step so far does (the test
 * tests/unit/store/migrations/one-record.test.ts checks each kind's). A step that moves a
 * record to another list, splits it, or makes records out of nothing needs the whole document
 * and is refused here, loudly, rather than guessed at.
 */
export function upgradeJournalRecord<R extends { id: string }>(kind: AnyDocumentKind, field: string, record: R, from: number): R {
  assertReadableVersion(kind, from);
  if (from === kind.version) return record;
  const doc = runSteps(kind, { schemaVersion: from, [field]: [record] }, from, `a ${kind.name} record`);
  const list = isObject(doc) ? doc[field] : undefined;
  const [upgraded] = Array.isArray(list) ? (list as unknown[]) : [];
  const othersEmpty = isObject(doc) && Object.entries(doc).every(([k, v]) => k === field || !Array.isArray(v) || v.length === 0);
  if (!Array.isArray(list) || list.length !== 1 || !isObject(upgraded) || upgraded.id !== record.id || !othersEmpty) {
    throw new UnreadableChangeError(`Upgrading a ${kind.name} record from data version ${from} needs the whole document, which a change in the journal does not hold`);
  }
  return upgraded as R;
}

/** A singleton's value from the journal (the settings), brought up to date the same way: as the one field of a document. */
export function upgradeJournalValue(kind: AnyDocumentKind, field: string, value: unknown, from: number): unknown {
  assertReadableVersion(kind, from);
  if (from === kind.version) return value;
  const doc = runSteps(kind, { schemaVersion: from, [field]: value }, from, `the ${kind.name} value`);
  if (!isObject(doc) || !(field in doc)) {
    throw new UnreadableChangeError(`Upgrading the ${kind.name} value from data version ${from} needs the whole document, which a change in the journal does not hold`);
  }
  return doc[field];
}
