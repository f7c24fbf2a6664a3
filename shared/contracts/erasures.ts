import { z } from 'zod';
import { method } from '../contract';
import { ERASED_KINDS, type ErasedKind } from '../domain/erasure';
import { erasureInputSchema, type BackupHolding, type Erasure } from '../domain/erasures';
import { id, noInput } from './common';

/** "Erase this person" on a member or volunteer, and the erasure log on the Privacy page. */

export const erasureTargetSchema = z.object({ kind: z.enum(ERASED_KINDS), id });

/** What the confirmation names before anything is erased. */
export interface ErasurePreview {
  /** The person's name now (the coordinator is about to erase it). */
  name: string;
  /** What they will be called afterwards ("Erased person 7F3A"). */
  placeholder: string;
  /** What will be deleted, one line each ("Their name, email, phone…", "3 referrals: names, contacts and reasons"). */
  goes: string[];
  /** What is kept as anonymous counts ("48 attendances at group sessions"). */
  stays: string[];
  /**
   * The other record of the same person (a member who is also a volunteer), not yet erased:
   * the confirmation offers to erase it too; left, it keeps their name.
   */
  linked?: { kind: ErasedKind; name: string; stillActive: boolean };
}

export interface ErasureRow extends Erasure {
  placeholder: string;
  /** Backups in the backups folder that still hold their details, and when the last goes. */
  backups: BackupHolding;
}

export interface ErasureLog {
  erasures: ErasureRow[];
  /** Backups holding details of anyone erased (any erasure); 0 once removed or rolled off. */
  backupsHolding: number;
  /**
   * Files set aside as damaged in the data folder, which may still hold an erased person's
   * details (listed only once someone has been erased); "Delete damaged files" removes them.
   */
  damagedFiles: { name: string; setAsideAt: string }[];
}

export interface BackupCleanResult {
  rewritten: number;
  /** Backups that could not be read, left as they are (they may still hold erased details). */
  unreadable: string[];
}

export const erasuresApi = {
  preview: method(erasureTargetSchema).returns<ErasurePreview>(),
  /** One commit: the person becomes a placeholder, linked records lose what identifies them, the log gains a line; then history is forgotten. */
  erase: method(erasureInputSchema).returns<Erasure>(),
  list: method(noInput).returns<ErasureLog>(),
  /** "Remove from backups now": every backup holding an erased person is rewritten without them. */
  removeFromBackups: method(noInput).returns<BackupCleanResult>(),
  /** Deletes the files set aside as damaged (they cannot be read by Peer Desk, and may hold erased details). */
  deleteDamagedFiles: method(noInput).returns<{ deleted: number }>(),
};
