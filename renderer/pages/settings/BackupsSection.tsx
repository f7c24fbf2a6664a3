import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import type { UploadedFile } from '../../../shared/api';
import { BACKUP_REASON_LABELS, type BackupInfo } from '../../../shared/domain/backups';
import { formatUkDateTime } from '../../../shared/dates';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { Choice, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { readUpload, saveDownload } from '../../lib/files';
import { describeCounts, describeSize } from './backup-text';
import { useRestoreBackupFile } from './restore-backup-file';

type RestoreChoice = { kind: 'saved'; backup: BackupInfo } | { kind: 'file'; file: UploadedFile };

/** Settings → Data & backups: making a backup, saving one to a file, and restoring. */
export function BackupsSection() {
  const { setStatus } = useAppStatus();
  const { flash } = useFlash();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [selected, setSelected] = useState<string>('');
  const [confirm, setConfirm] = useState<RestoreChoice | null>(null);
  // With "Protect with a passphrase" on, a saved backup stays locked unless this is ticked.
  const [protectedFolder, setProtectedFolder] = useState(false);
  const [unprotected, setUnprotected] = useState(false);

  const load = useCallback(
    () =>
      api.backups.list().then(setBackups, (e: unknown) => {
        flash(errorMessage(e), 'error');
      }),
    [flash],
  );

  useEffect(() => {
    load().catch(() => undefined);
    api.protection
      .status()
      .then((info) => setProtectedFolder(info.state !== 'off'))
      // Not knowing leaves the tick out: a backup saved then is plain only if the folder is.
      .catch(() => undefined);
  }, [load]);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    try {
      await task();
    } catch (e) {
      flash(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      const info = await api.backups.create();
      flash(`Backup made: ${formatUkDateTime(info.createdAt)} (${describeCounts(info.counts)})`);
      await load();
    });

  const saveToFile = () =>
    run(async () => {
      const plain = !protectedFolder || unprotected;
      const file = await api.backups.download(protectedFolder && unprotected ? { unprotected: true } : {});
      saveDownload(file, { stillProtected: !plain });
      flash(
        plain
          ? `Backup saved as ${file.filename}. Keep it somewhere safe, such as an encrypted USB stick.`
          : `Backup saved as ${file.filename}. It is locked with your passphrase: restoring it asks for the passphrase or the recovery key.`,
      );
    });

  // A protected backup file asks for its passphrase in a dialog of its own, then lands here.
  const restoredFile = useRestoreBackupFile(async (status, file) => {
    flash(`Restored the backup file ${file.name}`);
    setStatus(status);
    await load();
  });

  const restore = (choice: RestoreChoice) =>
    run(async () => {
      // Close the dialogs whatever happens, so a refusal is read on the page, not behind a modal.
      setConfirm(null);
      setChoosing(false);
      if (choice.kind === 'file') return restoredFile.restore(choice.file);
      const status = await api.backups.restore({ name: choice.backup.name });
      flash(`Restored the backup from ${formatUkDateTime(choice.backup.createdAt)}`);
      setStatus(status);
      await load();
    });

  async function chooseFile(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    if (!f) return;
    try {
      setConfirm({ kind: 'file', file: await readUpload(f) });
    } catch (err) {
      flash(errorMessage(err), 'error');
    }
  }

  const chosen = backups?.find((b) => b.name === selected);

  return (
    <section aria-labelledby="backups-title">
      <h3 id="backups-title">Backups</h3>
      <p>
        Peer Desk backs up automatically the first time you save each day and before any upgrade or restore, and keeps the last 14 of those.
        Backups you make yourself are kept until you delete them from the backups folder.
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void saveToFile()}>
          Save a backup to a file
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setChoosing(true)}>
          Restore from backup
        </button>
      </div>
      {protectedFolder ? (
        <Choice
          label="Save it unprotected (anyone who has the file can read every record in it)"
          type="checkbox"
          checked={unprotected}
          onChange={(e) => setUnprotected(e.target.checked)}
        />
      ) : null}

      <h4>Backups in the data folder</h4>
      {backups === null ? (
        <p role="status">Loading backups…</p>
      ) : backups.length === 0 ? (
        <p>No backups yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Kind</th>
                <th scope="col">Holds</th>
                <th scope="col">Size</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.name}>
                  <td className="nowrap">{formatUkDateTime(b.createdAt)}</td>
                  <td>{BACKUP_REASON_LABELS[b.reason]}</td>
                  <td>{describeCounts(b.counts)}</td>
                  <td className="nowrap">{describeSize(b.sizeBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {choosing ? (
        <Dialog title="Restore from backup" onClose={() => setChoosing(false)}>
          {backups && backups.length > 0 ? (
            <fieldset>
              <legend>Choose a backup</legend>
              {backups.map((b) => (
                <Choice
                  key={b.name}
                  type="radio"
                  name="backup"
                  value={b.name}
                  checked={selected === b.name}
                  onChange={() => setSelected(b.name)}
                  label={`${formatUkDateTime(b.createdAt)} – ${describeCounts(b.counts)} (${BACKUP_REASON_LABELS[b.reason]})`}
                />
              ))}
            </fieldset>
          ) : (
            <p>There are no backups in the data folder.</p>
          )}
          <TextField type="file" label="Or choose a backup file" hint="A .pdbackup file you saved earlier" accept=".pdbackup" onChange={(e) => void chooseFile(e)} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setChoosing(false)}>
              Cancel
            </button>
            <button type="button" className="button" disabled={!chosen || busy} onClick={() => chosen && setConfirm({ kind: 'saved', backup: chosen })}>
              Restore this backup
            </button>
          </div>
        </Dialog>
      ) : null}
      {confirm ? (
        <ConfirmDialog
          title="Replace your records with this backup?"
          confirmLabel="Yes, restore it"
          danger
          busy={busy}
          onCancel={() => setConfirm(null)}
          onConfirm={() => void restore(confirm)}
        >
          <p>
            {confirm.kind === 'saved'
              ? `Everything will go back to how it was on ${formatUkDateTime(confirm.backup.createdAt)} (${describeCounts(confirm.backup.counts)}).`
              : `Everything will be replaced by the contents of ${confirm.file.name}.`}{' '}
            Changes made since then will be lost.
          </p>
          <p>Peer Desk backs up what you have now first, so you can undo this by restoring that backup.</p>
        </ConfirmDialog>
      ) : null}
      {restoredFile.dialog}
    </section>
  );
}
