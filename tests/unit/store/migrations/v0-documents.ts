import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { migrateDocument } from '../../../../electron/store/migrate';
import type { AnyDocumentKind } from '../../../../electron/store/types';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

/**
 * A version 0 document as a file held it: the prototype's own folder (`data-v0/…`) or one
 * document of each later kind written before schemaVersion (`v0-documents/…`). These files
 * are frozen like the migrations: never regenerate them from today's factories. Read afresh
 * on each call, since a migration may reuse the parts of what it is given.
 */
export async function readV0(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(FIXTURES, file), 'utf8')) as unknown;
}

/**
 * Takes a v0 document through every migration the kind has now (this one, and any added
 * later) and checks the result against the kind's current schema, as opening a folder does.
 */
export function expectOpensAsCurrent(kind: AnyDocumentKind, fileName: string, v0: unknown): void {
  const { doc, from } = migrateDocument(kind, fileName, v0);
  expect(from).toBe(0);
  const result = kind.schema.safeParse(doc);
  expect(result.error?.issues ?? []).toEqual([]);
}
