import fs from 'node:fs/promises';
import path from 'node:path';
import type { StoreProblem } from '../../shared/api';
import { removeStaleTempFiles } from './atomic-write';
import { pruneAutomaticBackups, writeBackup } from './backups';
import { plainCodec } from './codec';
import { moveAside } from './corrupt';
import { DecodeError, DocumentFile } from './document-file';
import { DocumentState } from './document-state';
import { assertValidKindName, parseDocumentFileName, type DocumentFileRef } from './file-names';
import { interpretDocument, type Interpreted } from './interpret';
import { LocalStore, mergeCounts, type StoreContext } from './local-store';
import { acquireLock } from './lock';
import { assertMigrationsInOrder } from './migrate';
import type { AnyDocumentKind, OpenStoreOptions, Store } from './types';

function assertKindsUsable(kinds: readonly AnyDocumentKind[]): void {
  const names = new Set<string>();
  for (const kind of kinds) {
    assertValidKindName(kind.name);
    if (names.has(kind.name)) throw new Error(`Document kind "${kind.name}" is registered twice`);
    names.add(kind.name);
    assertMigrationsInOrder(kind);
  }
}

interface FoundDocument extends DocumentFileRef {
  fileName: string;
  text: string | null;
  result: Interpreted;
}

/**
 * Reads and interprets every document file without changing anything, so that a document
 * from a newer version (NewerVersionError) can stop the open with the folder untouched.
 */
async function readDocuments(ctx: StoreContext): Promise<FoundDocument[]> {
  const entries = await fs.readdir(ctx.dataDir, { withFileTypes: true });
  const found: FoundDocument[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const ref = entry.isFile() ? parseDocumentFileName(entry.name, ctx.kinds) : null;
    if (!ref) continue;
    let text: string | null;
    try {
      text = await new DocumentFile(path.join(ctx.dataDir, entry.name), ctx.codec).readText();
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      found.push({ ...ref, fileName: entry.name, text: null, result: { ok: false, reason: error.message } });
      continue;
    }
    if (text === null) continue;
    found.push({ ...ref, fileName: entry.name, text, result: interpretDocument(ref.kind, entry.name, text) });
  }
  return found;
}

function bestEffortCounts(found: readonly FoundDocument[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of found) {
    if (!f.result.ok || !f.kind.count) continue;
    try {
      mergeCounts(counts, f.kind.count(f.result.doc));
    } catch {
      // Counts only label the backup in a listing; a document they cannot describe still gets backed up.
    }
  }
  return counts;
}

async function loadDocuments(ctx: StoreContext): Promise<{ docs: DocumentState[]; problems: StoreProblem[] }> {
  const found = await readDocuments(ctx);
  const good = found.filter((f) => f.result.ok);

  if (good.some((f) => f.result.ok && f.result.migratedFrom !== null)) {
    // Damaged files are left out: they are kept beside the data as *.corrupt-*.json, and
    // including them would make this backup impossible to restore.
    const entries = good.map((f) => ({ file: f.fileName, text: f.text ?? '' }));
    const content = { reason: 'before-migration' as const, createdAt: ctx.now(), appVersion: ctx.appVersion, counts: bestEffortCounts(good), entries };
    await writeBackup(ctx.backupsDir, content, ctx.codec);
    await pruneAutomaticBackups(ctx.backupsDir, ctx.keepAutomaticBackups);
  }

  const docs: DocumentState[] = [];
  const problems: StoreProblem[] = [];
  for (const f of found) {
    if (!f.result.ok) {
      const movedTo = await moveAside(ctx.dataDir, f.fileName, ctx.now());
      problems.push({ file: f.fileName, movedTo, reason: f.result.reason });
      docs.push(new DocumentState(f.kind, f.key, ctx.dataDir, ctx.codec, undefined, false));
      continue;
    }
    const doc = new DocumentState(f.kind, f.key, ctx.dataDir, ctx.codec, f.result.doc, true);
    if (f.result.migratedFrom !== null) await doc.low.write();
    docs.push(doc);
  }
  return { docs, problems };
}

/**
 * Opens a data folder: takes the single-instance lock, sweeps temp files left by a crash,
 * loads every document (migrating and validating it, moving damaged ones aside), and returns
 * the store. Throws AlreadyOpenError or NewerVersionError with the folder unchanged.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  assertKindsUsable(options.kinds);
  const dataDir = path.resolve(options.dataDir);
  const ctx: StoreContext = {
    dataDir,
    backupsDir: path.join(dataDir, 'backups'),
    kinds: options.kinds,
    appVersion: options.appVersion,
    codec: options.codec ?? plainCodec,
    now: options.now ?? (() => new Date()),
    keepAutomaticBackups: options.keepAutomaticBackups ?? 14,
  };
  await fs.mkdir(dataDir, { recursive: true });
  const lock = await acquireLock(dataDir, ctx.appVersion);
  try {
    await removeStaleTempFiles(dataDir);
    await removeStaleTempFiles(ctx.backupsDir);
    const { docs, problems } = await loadDocuments(ctx);
    return new LocalStore(ctx, lock, docs, problems);
  } catch (error) {
    await lock.release();
    throw error;
  }
}
