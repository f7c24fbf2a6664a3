import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { UploadedFile } from '../../../shared/api';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backups';
import { formatUkDateTime } from '../../../shared/dates';
import { ConfirmDialog } from '../../components/Dialog';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useRestoreBackupFile } from '../settings/restore-backup-file';
import { describeCounts } from '../settings/backup-text';
import { AppNotices } from '../../components/AppNotices';
import { ErrorNotice } from '../../components/ErrorNotice';

/** The store's reasons are phrases ("The file is missing … when Peer Desk last saved it"). */
function sentence(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`;
}

/**
 * Shown when a data file could not be read, or is missing. A damaged file has already been
 * moved aside (never overwritten); nothing can be saved until the coordinator chooses what to do.
 */
export function RecoveryPage() {
  const { status, setStatus } = useAppStatus();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'restore' | 'continue' | 'file' | null>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  // A protected backup file asks for its passphrase (or recovery key) first.
  const fromFile = useRestoreBackupFile((next) => setStatus(next));
  const heading = useRef<HTMLHeadingElement>(null);
  const latest = status.latestBackup;
  // A file that is missing (or a damaged journal) has nothing kept aside to mention.
  const keptAside = status.problems.some((p) => p.movedTo);

  useEffect(() => {
    document.title = 'Some data could not be opened – Peer Desk';
    heading.current?.focus();
  }, []);

  async function run(action: () => Promise<typeof status>) {
    setBusy(true);
    setError(null);
    try {
      setStatus(await action());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      setConfirm(null);
    }
  }

  async function chooseFile(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    setError(null);
    try {
      // Loaded when needed: this page is a first screen, with a byte budget.
      const { readUpload } = await import('../../lib/files');
      setFile(await readUpload(chosen));
      setConfirm('file');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function restoreFile(chosen: UploadedFile) {
    setConfirm(null);
    setBusy(true);
    setError(null);
    try {
      await fromFile.restore(chosen);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="welcome">
      <h1 ref={heading} tabIndex={-1}>
        Some of your data could not be opened
      </h1>
      <AppNotices focusAfterLast={() => heading.current?.focus()} />
      {status.problems.map((p) =>
        p.movedTo ? (
          <div key={p.file} className="notice notice--error">
            <p>
              <strong>{p.file}</strong> could not be read. {sentence(p.reason)}
            </p>
            <p>
              The damaged file has been kept, unchanged, as <strong>{p.movedTo}</strong> in the data folder ({status.dataDir}).
            </p>
          </div>
        ) : (
          <div key={p.file} className="notice notice--error">
            <p>
              <strong>{p.file}</strong>: {sentence(p.reason)}
            </p>
          </div>
        ),
      )}
      <ErrorNotice message={error} />
      <h2>What would you like to do?</h2>
      {latest ? (
        <section className="card">
          <h3>Restore the latest backup (recommended)</h3>
          <p>
            Backup from <strong>{formatUkDateTime(latest.createdAt)}</strong> ({BACKUP_REASON_LABELS[latest.reason]}): {describeCounts(latest.counts)}. Changes
            made after it was taken will need to be entered again.
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => setConfirm('restore')}>
            Restore latest backup
          </button>
        </section>
      ) : (
        <p>There is no backup in the data folder.</p>
      )}
      <section className="card card--spaced">
        <h3>Restore a backup file you saved elsewhere</h3>
        <p>For example one on a USB stick. If it was saved while “Protect with a passphrase” was on, you will be asked for the passphrase or the recovery key.</p>
        {/* The markup of Fields' TextField, without its module: this page is a first screen. */}
        <div className="field">
          <label htmlFor="recovery-backup-file">Choose a backup file</label>
          <span id="recovery-backup-file-hint" className="hint">
            A .pdbackup file
          </span>
          <input id="recovery-backup-file" type="file" accept=".pdbackup" aria-describedby="recovery-backup-file-hint" disabled={busy} onChange={(e) => void chooseFile(e)} />
        </div>
      </section>
      <section className="card card--spaced">
        <h3>Continue without restoring</h3>
        <p>
          {keptAside
            ? 'Peer Desk opens with the damaged part empty. The damaged file stays in the data folder in case someone can repair it.'
            : 'Peer Desk opens with that part empty.'}
        </p>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirm('continue')}>
          Continue without restoring
        </button>
      </section>
      {confirm === 'restore' && latest ? (
        <ConfirmDialog
          title="Restore the latest backup?"
          confirmLabel="Restore backup"
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void run(() => api.backups.restore({ name: latest.name }))}
        >
          <p>Your records will go back to how they were on {formatUkDateTime(latest.createdAt)}.</p>
        </ConfirmDialog>
      ) : null}
      {confirm === 'file' && file ? (
        <ConfirmDialog
          title="Restore this backup file?"
          confirmLabel="Restore backup"
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void restoreFile(file)}
        >
          <p>Your records will be replaced by the contents of {file.name}.</p>
        </ConfirmDialog>
      ) : null}
      {fromFile.dialog}
      {confirm === 'continue' ? (
        <ConfirmDialog
          title="Continue without restoring?"
          confirmLabel="Continue with it empty"
          danger
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void run(() => api.system.continueWithoutRestoring())}
        >
          <p>
            {keptAside ? 'The records in the damaged file will not be shown.' : 'The records that file held will not be shown.'} You can still restore a backup later
            from Settings → Data & backups.
          </p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
