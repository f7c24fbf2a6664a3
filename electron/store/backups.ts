import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { BACKUP_REASONS } from '../../shared/domain/backups';
import { atomicWriteFile } from './atomic-write';
import type { BackupEntry, BackupManifest } from './backup-format';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, encodeBackup, readBackupManifest } from './backup-format';
import { backupStamp, dayStamp } from './file-names';
import type { Codec } from './types';

/** peerdesk-2026-11-23-183000-daily.pdbackup, or …-daily-2.pdbackup for a second in the same second. */
const BACKUP_NAME = /^peerdesk-(\d{4}-\d{2}-\d{2})-(\d{6})-([a-z-]+?)(?:-(\d+))?\.pdbackup$/;

interface ParsedBackupName {
  name: string;
  day: string;
  /** Sorts in creation order. */
  order: string;
  reason: BackupReason;
}

function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day = '', time = '', reason = '', n = '1'] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  return { name, day, order: `${day}-${time}-${n.padStart(6, '0')}`, reason: reason as BackupReason };
}

async function backupNames(backupsDir: string): Promise<ParsedBackupName[]> {
  const names = await fs.readdir(backupsDir).catch(() => [] as string[]);
  return names.map(parseBackupName).filter((p): p is ParsedBackupName => p !== null);
}

export function suggestedBackupName(now: Date, reason: BackupReason, taken: ReadonlySet<string> = new Set()): string {
  const base = `peerdesk-${backupStamp(now)}-${reason}`;
  if (!taken.has(`${base}.pdbackup`)) return `${base}.pdbackup`;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}.pdbackup`)) return `${base}-${n}.pdbackup`;
}

export interface BackupContent {
  reason: BackupReason;
  createdAt: Date;
  appVersion: string;
  counts: Record<string, number>;
  entries: readonly BackupEntry[];
}

export async function backupBytes(content: BackupContent, codec: Codec): Promise<Buffer> {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: content.createdAt.toISOString(),
    reason: content.reason,
    appVersion: content.appVersion,
    counts: content.counts,
    files: content.entries.map((e) => e.file),
  };
  return encodeBackup(manifest, content.entries, codec);
}

/** Writes a new backup file into backups/ and returns its listing. Call from the write queue only. */
export async function writeBackup(backupsDir: string, content: BackupContent, codec: Codec): Promise<BackupInfo> {
  await fs.mkdir(backupsDir, { recursive: true });
  const bytes = await backupBytes(content, codec);
  const taken = new Set(await fs.readdir(backupsDir));
  const name = suggestedBackupName(content.createdAt, content.reason, taken);
  await atomicWriteFile(path.join(backupsDir, name), bytes);
  return { name, createdAt: content.createdAt.toISOString(), reason: content.reason, counts: content.counts, sizeBytes: bytes.length };
}

/** Newest first. A file that cannot be read is left out, never fatal: the others are still worth offering. */
export async function listBackups(backupsDir: string, codec: Codec): Promise<BackupInfo[]> {
  const names = (await fs.readdir(backupsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.pdbackup'));
  const infos = await Promise.all(
    names.map(async (name): Promise<BackupInfo | null> => {
      try {
        const filePath = path.join(backupsDir, name);
        const [manifest, stat] = await Promise.all([readBackupManifest(filePath, codec), fs.stat(filePath)]);
        return { name, createdAt: manifest.createdAt, reason: manifest.reason, counts: manifest.counts, sizeBytes: stat.size };
      } catch {
        return null;
      }
    }),
  );
  return infos
    .filter((i): i is BackupInfo => i !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (parseBackupName(b.name)?.order ?? '').localeCompare(parseBackupName(a.name)?.order ?? ''));
}

export async function hasBackupFromDay(backupsDir: string, now: Date): Promise<boolean> {
  const today = dayStamp(now);
  return (await backupNames(backupsDir)).some((b) => b.day === today);
}

/** Keeps the newest `keep` automatic backups. Manual ones are the coordinator's to delete. */
export async function pruneAutomaticBackups(backupsDir: string, keep: number): Promise<void> {
  const automatic = (await backupNames(backupsDir)).filter((b) => b.reason !== 'manual').sort((a, b) => b.order.localeCompare(a.order));
  for (const old of automatic.slice(Math.max(0, keep))) {
    await fs.rm(path.join(backupsDir, old.name), { force: true });
  }
}
