import { z } from 'zod';
import { addDaysIso } from '../dates';
import { requiredText } from '../fields';
import type { BackupInfo } from './backups';
import { ERASED_KINDS, ERASURE_CAUSES } from './erasure';

/**
 * The erasure log: that a person was erased, when, why, and the placeholder left in their place
 * — nothing that identifies them. Backups taken before the erasure still hold their details
 * until they roll off (or "Remove from backups now" rewrites them): the log says when.
 */

export const erasureRecordSchema = z.object({
  id: z.string(),
  /** When it was done (ISO date and time). */
  erasedAt: z.string(),
  kind: z.enum(ERASED_KINDS),
  /** The placeholder's record id (the person's old id: every link still points at it). */
  personId: z.string(),
  /** Why, in the coordinator's words (their name, if typed, is replaced by the placeholder's). */
  reason: z.string(),
  /** At their request (absent on entries from before retention) or past the keep-until date; rewriting a backup ends programmes the same way. */
  because: z.enum(ERASURE_CAUSES).optional(),
  /** When "Remove from backups now" last rewrote the backups for this erasure. */
  backupsCleanedAt: z.string().optional(),
  /** Backups that could not be read then, and so still hold their details. */
  backupsNotCleaned: z.array(z.string()).optional(),
});
export type Erasure = z.infer<typeof erasureRecordSchema>;

export const erasureInputSchema = z.object({
  kind: z.enum(ERASED_KINDS),
  id: z.string().min(1).max(100),
  reason: requiredText('why their details are being erased (for example “They asked by email”)', 500),
  /** Also erase the other record of the same person (a member who is also a volunteer). */
  alsoLinked: z.boolean().optional(),
  because: z.enum(ERASURE_CAUSES).optional(),
});
export type ErasureInput = z.output<typeof erasureInputSchema>;

// ----- backups that still hold them ----------------------------------------------------------

export interface BackupHolding {
  /** Backups in the folder that still hold the person's details. */
  count: number;
  /** Of those, made with "Back up now" (or before a restore or upgrade…): never deleted automatically. */
  keptUntilDeleted: number;
  /**
   * The earliest day the last automatic backup holding them can be deleted: automatic backups
   * are deleted once `keep` newer ones exist, and one is taken on each day Peer Desk is used.
   */
  lastDeletedOnOrAfter?: string;
}

/** Automatic backups (daily, before a restore…) are pruned by the rotation; "Back up now" ones are the coordinator's to delete. */
const rotated = (b: BackupInfo): boolean => b.reason !== 'manual';

export function backupHolding(erasure: Pick<Erasure, 'erasedAt' | 'backupsCleanedAt' | 'backupsNotCleaned'>, backups: readonly BackupInfo[], keep: number, today: string): BackupHolding {
  const notCleaned = new Set(erasure.backupsNotCleaned ?? []);
  const cleaned = erasure.backupsCleanedAt !== undefined;
  const holding = backups.filter((b) => b.createdAt < erasure.erasedAt && (!cleaned || notCleaned.has(b.name)));
  const automatic = holding.filter(rotated);
  const out: BackupHolding = { count: holding.length, keptUntilDeleted: holding.length - automatic.length };
  const newest = [...automatic].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (newest) {
    const newer = backups.filter((b) => rotated(b) && b.createdAt > newest.createdAt).length;
    // Each further day of use adds one automatic backup; the one that makes `keep` newer deletes it.
    out.lastDeletedOnOrAfter = addDaysIso(today, Math.max(1, keep - newer));
  }
  return out;
}
