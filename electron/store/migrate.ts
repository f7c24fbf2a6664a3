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
  let current = doc;
  for (const migration of kind.migrations.slice(from)) {
    try {
      current = migration.apply(current);
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : '';
      throw new UnreadableDocumentError(`Upgrading the file from data version ${migration.from} failed${detail}`);
    }
  }
  return { doc: current, from };
}
