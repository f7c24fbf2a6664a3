import { decodeBackup } from './backup-format';
import { BackupInvalidError, NewerVersionError } from './errors';
import { parseDocumentFileName } from './file-names';
import { interpretDocument } from './interpret';
import type { StoredDoc } from './document-state';
import type { AnyDocumentKind, Codec } from './types';

export interface RestoredDocument {
  fileName: string;
  kind: AnyDocumentKind;
  key: string | undefined;
  doc: StoredDoc;
}

/**
 * Unpacks a backup and brings every document in it to the current version, validated, without
 * touching the data folder. Any doubt throws BackupInvalidError naming the file, so a restore
 * either has everything it needs or changes nothing.
 */
export async function readBackupForRestore(bytes: Buffer, codec: Codec, kinds: readonly AnyDocumentKind[]): Promise<RestoredDocument[]> {
  const { entries } = await decodeBackup(bytes, codec);
  const restored: RestoredDocument[] = [];
  for (const entry of entries) {
    const ref = parseDocumentFileName(entry.file, kinds);
    if (!ref) {
      throw new BackupInvalidError(
        `The backup holds "${entry.file}", which this version of Peer Desk does not recognise. It may come from a newer version.`,
      );
    }
    if (restored.some((r) => r.fileName === entry.file)) {
      throw new BackupInvalidError(`The backup is damaged: it holds ${entry.file} twice.`);
    }
    let result;
    try {
      result = interpretDocument(ref.kind, entry.file, entry.text);
    } catch (error) {
      if (error instanceof NewerVersionError) {
        throw new BackupInvalidError(`${entry.file} in this backup was saved by a newer version of Peer Desk. Install the newer version to restore it.`);
      }
      throw error;
    }
    if (!result.ok) throw new BackupInvalidError(`${entry.file} in this backup is damaged. ${result.reason}.`);
    restored.push({ fileName: entry.file, kind: ref.kind, key: ref.key, doc: result.doc });
  }
  return restored;
}
