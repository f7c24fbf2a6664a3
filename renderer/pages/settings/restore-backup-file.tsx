import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { AppStatus, UploadedFile } from '../../../shared/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api, ApiCallError } from '../../lib/api';

/**
 * Restoring a backup file saved elsewhere, for Settings → Backups and the page shown when data
 * could not be opened. A backup made while "Protect with a passphrase" was on is still sealed:
 * the main process answers that it needs the passphrase in use when the backup was made (or the
 * recovery key), and this asks for it and tries again. A backup from this same folder's key, or
 * a plain one, restores without a question.
 */

export type BackupSecret = { passphrase: string } | { recoveryKey: string };

// Lazily: the recovery page is a first screen, with a byte budget, and most restores never ask.
const BackupSecretDialog = lazy(() =>
  import('./BackupSecretDialog').then(
    (m) => ({ default: m.BackupSecretDialog }),
    () => ({ default: () => <ErrorNotice message="Peer Desk could not show the passphrase question. Close Peer Desk and open it again, then restore the backup again." /> }),
  ),
);

/** The main process refused for want of (or a wrong) passphrase or recovery key: ask for it. */
export function asksForBackupSecret(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'VALIDATION' && ('passphrase' in error.fields || 'recoveryKey' in error.fields);
}

export function useRestoreBackupFile(onRestored: (status: AppStatus, file: UploadedFile) => void | Promise<void>): {
  /** Restores, or opens the question when the backup is protected; other refusals are thrown. */
  restore: (file: UploadedFile) => Promise<void>;
  /** Render this where the dialog belongs (null unless asking). */
  dialog: ReactNode;
} {
  const [asking, setAsking] = useState<UploadedFile | null>(null);
  const restore = async (file: UploadedFile): Promise<void> => {
    let status: AppStatus;
    try {
      status = await api.backups.restoreFromFile({ file });
    } catch (error) {
      if (!asksForBackupSecret(error)) throw error;
      setAsking(file);
      return;
    }
    await onRestored(status, file);
  };
  const dialog = asking ? (
    <Suspense fallback={null}>
      <BackupSecretDialog
        fileName={asking.name}
        onCancel={() => setAsking(null)}
        onRestore={async (secret) => {
          const status = await api.backups.restoreFromFile({ file: asking, ...secret });
          setAsking(null);
          await onRestored(status, asking);
        }}
      />
    </Suspense>
  ) : null;
  return { restore, dialog };
}
