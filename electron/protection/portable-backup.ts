import { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { BackupInvalidError } from '../store/errors';
import { unlockWithPassphrase, unlockWithRecoveryKey, WrongSecretError, wrappedKeySchema, type WrappedKey } from './key-file';
import { protectedCodec, type DataKey, type ProtectedCodec } from './protected-codec';
import { isSealed, sealedKeyId } from './sealed-format';
import type { Secret } from './service';

/**
 * A backup saved elsewhere (Settings → "Save a backup to a file") from a protected folder. The
 * backup itself is sealed with the folder's data key; on its own it could only be restored in
 * that folder. So it goes out with the data key in front of it, wrapped exactly as in the
 * folder's key file — under the passphrase and under the recovery key, never bare:
 *
 *   "PDB1" | block length (4 bytes, big-endian) | key block (JSON) | sealed backup (PDX1 …)
 *
 * The block needs no checksum of its own: both wrappings are AES-GCM with the key id as
 * additional data, and the sealed backup names that key id in its authenticated header, so a
 * block altered or taken from another backup unlocks nothing, and is refused as wrong.
 */

export const PORTABLE_MAGIC = Buffer.from('PDB1', 'latin1');
const LENGTH_BYTES = 4;
/** A key block is a few hundred bytes; anything much larger means the file is not one of ours. */
const MAX_BLOCK_BYTES = 64 * 1024;

const keyBlockSchema = wrappedKeySchema.extend({ format: z.literal('peer-desk-backup-key'), formatVersion: z.literal(1) });

/** Puts the wrapped key in front of a sealed backup. Plain bytes (a plain folder, or "Save it unprotected") go out as they are. */
export function withKeyBlock(wrapped: WrappedKey, backup: Buffer): Buffer {
  if (!isSealed(backup)) return backup;
  const keyId = sealedKeyId(backup)?.toString('hex');
  // Never true in the app (both come from one folder); a mismatch would make a backup nobody can open.
  if (keyId !== wrapped.keyId) throw new Error('The backup was sealed with a different key from the one the folder holds');
  const block = Buffer.from(JSON.stringify({ format: 'peer-desk-backup-key', formatVersion: 1, keyId: wrapped.keyId, passphrase: wrapped.passphrase, recovery: wrapped.recovery }), 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(block.length);
  return Buffer.concat([PORTABLE_MAGIC, length, block, backup]);
}

export type BackupFile =
  | { sealed: false; bytes: Buffer }
  /** `wrapped` is null for a sealed backup without its key (one copied out of a protected folder's backups/). */
  | { sealed: true; keyId: string; wrapped: WrappedKey | null; bytes: Buffer };

const DAMAGED = 'This backup is damaged: the part that holds its protection cannot be read.';

/** Tells a backup file's form from its first bytes. Anything else (plain gzip, junk) is for the backup reader to judge. */
export function readBackupFile(file: Buffer): BackupFile {
  if (file.length >= PORTABLE_MAGIC.length && file.subarray(0, PORTABLE_MAGIC.length).equals(PORTABLE_MAGIC)) {
    const start = PORTABLE_MAGIC.length + LENGTH_BYTES;
    if (file.length < start) throw new BackupInvalidError(DAMAGED);
    const length = file.readUInt32BE(PORTABLE_MAGIC.length);
    if (length > MAX_BLOCK_BYTES || file.length < start + length) throw new BackupInvalidError(DAMAGED);
    let parsed;
    try {
      parsed = keyBlockSchema.safeParse(JSON.parse(file.subarray(start, start + length).toString('utf8')));
    } catch {
      throw new BackupInvalidError(DAMAGED);
    }
    const bytes = file.subarray(start + length);
    if (!parsed.success || !isSealed(bytes) || sealedKeyId(bytes)?.toString('hex') !== parsed.data.keyId) throw new BackupInvalidError(DAMAGED);
    const { keyId, passphrase, recovery } = parsed.data;
    return { sealed: true, keyId, wrapped: { keyId, passphrase, recovery }, bytes };
  }
  const keyId = sealedKeyId(file);
  return keyId ? { sealed: true, keyId: keyId.toString('hex'), wrapped: null, bytes: file } : { sealed: false, bytes: file };
}

export const BACKUP_NEEDS_SECRET = 'This backup is protected. Type the passphrase that was in use when it was made, or the recovery key.';
const WRONG_PASSPHRASE = 'That passphrase does not open this backup. Type the passphrase that was in use when the backup was made (it may be an earlier one), or use the recovery key.';
const WRONG_RECOVERY_KEY = 'That recovery key does not open this backup. It is 32 letters and numbers in groups of four, as printed on the recovery sheet.';
const NO_KEY_WITH_IT =
  'This backup was protected with a passphrase in another data folder, and it does not carry its key, so it cannot be opened here. Restore it in the folder it came from, or save a backup there with "Save a backup to a file" and restore that.';

/** How to read a backup file in a given folder: its bytes, and the codec that opens them when the folder's own cannot. */
export interface BackupToRestore {
  bytes: Buffer;
  /** Null: the folder's own codec reads it (a plain backup, or one sealed with this folder's key). */
  codec: ProtectedCodec | null;
  /** The backup was sealed with a key other than the folder's. */
  fromAnotherKey: boolean;
  /** Overwrites the backup's data key in memory once the restore is done. */
  forget(): void;
}

/**
 * Decides what a restore needs. A plain backup, or one sealed with the folder's own key, needs
 * nothing more. Any other sealed backup needs the passphrase in use when it was made, or the
 * recovery key: without one the answer is a VALIDATION error on `passphrase`, which the
 * restore screens take as their cue to ask. Wrong tries here do not count towards the unlock
 * wait: whoever is restoring already has the folder unlocked.
 */
export async function backupToRestore(file: Buffer, folderKeyId: string | null, secret: Secret | null): Promise<BackupToRestore> {
  const read = readBackupFile(file);
  const none = (): void => undefined;
  if (!read.sealed) return { bytes: read.bytes, codec: null, fromAnotherKey: false, forget: none };
  if (read.keyId === folderKeyId) return { bytes: read.bytes, codec: null, fromAnotherKey: false, forget: none };
  if (!read.wrapped) throw new BackupInvalidError(NO_KEY_WITH_IT);
  const typed = secret && ('passphrase' in secret ? secret.passphrase.trim() : secret.recoveryKey.trim());
  if (!secret || !typed) throw new ApiError('VALIDATION', BACKUP_NEEDS_SECRET, { passphrase: BACKUP_NEEDS_SECRET });
  let dataKey: DataKey;
  try {
    dataKey = 'passphrase' in secret ? await unlockWithPassphrase(read.wrapped, secret.passphrase) : unlockWithRecoveryKey(read.wrapped, secret.recoveryKey);
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    throw 'passphrase' in secret ? new ApiError('VALIDATION', WRONG_PASSPHRASE, { passphrase: WRONG_PASSPHRASE }) : new ApiError('VALIDATION', WRONG_RECOVERY_KEY, { recoveryKey: WRONG_RECOVERY_KEY });
  }
  return { bytes: read.bytes, codec: protectedCodec(dataKey), fromAnotherKey: true, forget: () => dataKey.key.fill(0) };
}
