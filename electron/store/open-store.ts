import fs from 'node:fs/promises';
import path from 'node:path';
import type { StoreProblem } from '../../shared/api';
import { removeStaleTempFiles } from './atomic-write';
import { prepareParts, pruneAutomaticBackups, writeBackup } from './backups';
import { plainCodec } from './codec';
import { collectionRegistry } from './collections';
import { moveAside } from './corrupt';
import { DocumentState, type StoredDoc } from './document-state';
import { FolderUnusableError, UnreadableFileError } from './errors';
import { ApiError } from '../../shared/errors';
import { assertValidKindName, parseDocumentFileName } from './file-names';
import { JOURNAL_DIR, readJournal } from './journal';
import { loadDocument } from './load-document';
import { LocalStore, type OpenedFolder, type StoreContext } from './local-store';
import { acquireLock } from './lock';
import { MANIFEST_FILE, readManifest, type Manifest, type ManifestEntry } from './manifest';
import { assertMigrationsInOrder } from './migrate';
import { finishRestore } from './restore';
import { tombstones, tombstonesKind } from './tombstones';
import type { AnyDocumentKind, OpenStoreOptions, Store, StoreNotice } from './types';

/** Names the store keeps for its own files. */
const RESERVED_KIND_NAMES = new Set(['peerdesk', 'journal', 'backups']);

function assertKindsUsable(kinds: readonly AnyDocumentKind[]): void {
  const names = new Set<string>();
  for (const kind of kinds) {
    assertValidKindName(kind.name);
    if (RESERVED_KIND_NAMES.has(kind.name)) throw new Error(`Document kind name "${kind.name}" is reserved by the store`);
    if (names.has(kind.name)) throw new Error(`Document kind "${kind.name}" is registered twice`);
    names.add(kind.name);
    assertMigrationsInOrder(kind);
  }
}


const fmtCount = (n: number): string => n.toLocaleString('en-GB');

export function emptyManifest(appVersion: string, now: Date, checkpointSeq = 0): Manifest {
  return { format: 'peer-desk-folder', formatVersion: 1, appVersion, writtenAt: now.toISOString(), checkpointSeq, feedFloor: 0, documents: {} };
}

interface FileOnDisk {
  name: string;
  kind: AnyDocumentKind;
  key: string | undefined;
  size: number;
}

async function documentFiles(ctx: StoreContext): Promise<FileOnDisk[]> {
  const entries = await fs.readdir(ctx.dataDir, { withFileTypes: true });
  const files: FileOnDisk[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const ref = entry.isFile() ? parseDocumentFileName(entry.name, ctx.kinds) : null;
    if (!ref) continue;
    const stat = await fs.stat(path.join(ctx.dataDir, entry.name));
    files.push({ name: entry.name, ...ref, size: stat.size });
  }
  return files;
}

async function readBytes(ctx: StoreContext, name: string): Promise<Buffer> {
  try {
    return await fs.readFile(path.join(ctx.dataDir, name));
  } catch (error) {
    throw new UnreadableFileError(name, ctx.dataDir, error);
  }
}

/**
 * Reads the folder without changing any document, so that a document from a newer version
 * (NewerVersionError) stops the open with the data untouched. Damaged documents are moved
 * aside, never overwritten; documents the manifest says held records but that are missing
 * or empty are reported the same way, never opened as empty lists.
 */
async function readFolder(ctx: StoreContext): Promise<OpenedFolder> {
  const notices: StoreNotice[] = [];
  const problems: StoreProblem[] = [];
  const read = await readManifest(ctx.dataDir);
  if (read.state === 'damaged') {
    notices.push({ id: 'manifest-damaged', message: `Peer Desk’s list of your data files (${MANIFEST_FILE}) was damaged, so every file was checked in full and the list made again. Nothing was lost.` });
  }
  const manifest = read.state === 'ok' ? read.manifest : emptyManifest(ctx.appVersion, ctx.now());
  // Only the version that wrote the manifest may skip validating the files it lists.
  const trustable = read.state === 'ok' && manifest.appVersion === ctx.appVersion;
  const expected = (name: string): (ManifestEntry | undefined)[] => [manifest.pending?.documents[name], manifest.documents[name]];
  const today = ctx.now();

  const docs: DocumentState[] = [];
  let rewriteOnOpen = false;
  let migrated = false;
  const files = await documentFiles(ctx);
  for (const file of files) {
    const state = new DocumentState(file.kind, file.key, ctx.dataDir, null, true);
    state.diskSeq = manifest.checkpointSeq;
    const entries = trustable ? expected(file.name).filter((e): e is ManifestEntry => e !== undefined) : [];
    const loadNow = file.kind.loadOnOpen?.(file.key, today) ?? true;
    if (!loadNow && entries.some((e) => e.bytes === file.size && e.schemaVersion === file.kind.version)) {
      // Read on first use; the checksum is checked then.
      state.trustedEntries = entries;
      state.diskEntry = entries.find((e) => e.bytes === file.size) ?? null;
      docs.push(state);
      continue;
    }
    const loaded = loadDocument(file.kind, file.name, await readBytes(ctx, file.name), ctx.codec, entries);
    const held = Math.max(0, ...expected(file.name).map((e) => e?.records ?? 0));
    // A file whose bytes are ones a checkpoint wrote (even by another version of Peer Desk, or
    // the pending half of a checkpoint cut short) is what the coordinator made it, empty or not.
    const ours = loaded.ok && expected(file.name).some((e) => e !== undefined && e.bytes === loaded.entry.bytes && e.crc32 === loaded.entry.crc32);
    if (loaded.ok && !ours && held > 0 && loaded.entry.records === 0) {
      const movedTo = await moveAside(ctx.dataDir, file.name, ctx.now());
      problems.push({ file: file.name, movedTo, reason: `The file holds no records, but it held ${fmtCount(held)} when Peer Desk last saved it` });
      state.markDamaged(file.kind.empty() as StoredDoc);
    } else if (!loaded.ok) {
      const movedTo = await moveAside(ctx.dataDir, file.name, ctx.now());
      problems.push({ file: file.name, movedTo, reason: loaded.reason });
      state.markDamaged(file.kind.empty() as StoredDoc);
    } else {
      state.diskEntry = loaded.entry;
      if (loaded.migratedFrom !== null) migrated = true;
      if (loaded.rewrite) {
        state.rewriteNeeded = true;
        rewriteOnOpen = true;
      }
      // Checked in full because it could not be trusted; a document not needed yet is let go again.
      if (loadNow || loaded.rewrite) state.setData(loaded.doc);
      else state.trustedEntries = [loaded.entry];
    }
    docs.push(state);
  }

  const present = new Set(files.map((f) => f.name));
  for (const [name, entry] of Object.entries(manifest.documents)) {
    const ref = parseDocumentFileName(name, ctx.kinds);
    if (present.has(name) || !ref || entry.records === 0) continue;
    problems.push({ file: name, reason: `The file is missing from the data folder. It held ${fmtCount(entry.records)} records when Peer Desk last saved it` });
    const state = new DocumentState(ref.kind, ref.key, ctx.dataDir, null, false);
    state.markDamaged(ref.kind.empty() as StoredDoc);
    docs.push(state);
  }

  if (migrated) await backupBeforeMigration(ctx, docs);

  const journal = await readJournal(path.join(ctx.dataDir, JOURNAL_DIR), ctx.codec, manifest.checkpointSeq);
  for (const name of journal.emptySegments) await fs.rm(path.join(ctx.dataDir, JOURNAL_DIR, name), { force: true });
  if (journal.damage) problems.push({ file: journal.damage.file, reason: journal.damage.reason });
  return {
    docs,
    problems,
    notices,
    manifest,
    manifestNeedsWrite: !trustable || read.state !== 'ok',
    checkpointSeq: manifest.checkpointSeq,
    commits: journal.commits,
    segments: journal.segments.filter((s) => !journal.emptySegments.includes(s.name)),
    journalBytes: journal.bytes,
    journalDamage: journal.damage,
    rewriteOnOpen,
  };
}

/** Migrated documents are written on open: keep the files as they were first. */
async function backupBeforeMigration(ctx: StoreContext, docs: readonly DocumentState[]): Promise<void> {
  const onDisk = docs.filter((d) => d.onDisk && d.diskEntry);
  const documents = onDisk.map((d) => ({ file: d.fileName, path: d.path, records: d.diskEntry!.records }));
  const counts: Record<string, number> = {};
  for (const d of onDisk) for (const [label, n] of Object.entries(d.diskEntry!.counts)) counts[label] = (counts[label] ?? 0) + n;
  const parts = await prepareParts(ctx.backupsDir, documents, ctx.codec);
  await writeBackup(ctx.backupsDir, { reason: 'before-migration', createdAt: ctx.now(), appVersion: ctx.appVersion, counts, parts }, ctx.codec);
  await pruneAutomaticBackups(ctx.backupsDir, ctx.keepAutomaticBackups, ctx.codec, new Map(onDisk.map((d) => [d.fileName, d.diskEntry!.records])));
}

function restoreNotice(recovery: Awaited<ReturnType<typeof finishRestore>>): StoreNotice | null {
  if (!recovery) return null;
  return recovery.outcome === 'finished'
    ? { id: 'restore-finished', message: `Restoring ${recovery.description} was interrupted (Peer Desk closed part way through). It has now been finished: your data is as it was in that backup.` }
    : { id: 'restore-rolled-back', message: 'A restore was interrupted before it changed anything, so it was cancelled: your data is as it was before. You can restore the backup again from Settings.' };
}

/**
 * Opens a data folder: takes the single-instance lock, sweeps temp files left by a crash,
 * finishes or rolls back a restore that was cut short, reads the documents the first screen
 * needs (older ones wait for first use), replays the journal, and returns the store. Throws
 * AlreadyOpenError, NewerVersionError or UnreadableFileError with the folder unchanged.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const kinds = [...options.kinds, tombstonesKind];
  assertKindsUsable(kinds);
  const targets = collectionRegistry([...(options.collections ?? []), tombstones], kinds);
  const dataDir = path.resolve(options.dataDir);
  const ctx: StoreContext = {
    dataDir,
    backupsDir: path.join(dataDir, 'backups'),
    journalDir: path.join(dataDir, JOURNAL_DIR),
    kinds,
    targets,
    appVersion: options.appVersion,
    codec: options.codec ?? plainCodec,
    now: options.now ?? (() => new Date()),
    keepAutomaticBackups: options.keepAutomaticBackups ?? 14,
    checkpointBytes: options.checkpointBytes ?? 8 * 1024 * 1024,
    idleCheckpointMs: options.idleCheckpointMs ?? 20_000,
    dailyBackupDelayMs: options.dailyBackupDelayMs ?? 3_000,
    freezeRecords: options.freezeRecords ?? process.env.VITEST !== undefined,
    checkpointOnClose: options.checkpointOnClose ?? true,
    log: options.log ?? ((message, error) => console.error(`[peer-desk] ${message}`, error ?? '')),
    versionsBeforeStamps: options.versionsBeforeStamps ?? {},
  };
  await fs.mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
    throw new FolderUnusableError(dataDir, error);
  });
  const lock = await acquireLock(dataDir, ctx.appVersion).catch((error: unknown) => {
    throw error instanceof ApiError ? error : new FolderUnusableError(dataDir, error);
  });
  try {
    await removeStaleTempFiles(dataDir);
    await removeStaleTempFiles(ctx.backupsDir);
    const notice = restoreNotice(await finishRestore(dataDir, kinds));
    if (options.prepareFolder) await options.prepareFolder(dataDir);
    const folder = await readFolder(ctx);
    if (notice) folder.notices.unshift(notice);
    const store = new LocalStore(ctx, lock, folder);
    await store.opened();
    return store;
  } catch (error) {
    await lock.release().catch(() => undefined);
    // File-system failures reach the coordinator in words, never as a stack trace.
    if (!(error instanceof ApiError) && typeof (error as NodeJS.ErrnoException).code === 'string') throw new FolderUnusableError(dataDir, error);
    throw error;
  }
}
