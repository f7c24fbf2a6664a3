import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { useSecretEntry } from '../protection/use-secret-entry';
import type { BackupSecret } from './restore-backup-file';

/**
 * "This backup is protected": the passphrase in use when the backup was made, or the recovery
 * key. Loaded only when a restore is refused for want of one (restore-backup-file.tsx), so it
 * costs the first screens nothing.
 */

export function BackupSecretDialog({ fileName, onRestore, onCancel }: { fileName: string; onRestore: (secret: BackupSecret) => Promise<void>; onCancel: () => void }) {
  const { mode, secret, setSecret, fieldError, error, field, switchTo, typed, ready, refused } = useSecretEntry();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !ready({ passphrase: 'Enter the passphrase that was in use when the backup was made', recoveryKey: 'Enter the recovery key from the recovery sheet' })) return;
    setBusy(true);
    try {
      await onRestore(typed());
    } catch (caught) {
      setBusy(false);
      refused(caught);
      field.current?.focus();
    }
  }

  return (
    <Dialog title="This backup is protected" onClose={onCancel}>
      <p>
        <strong>{fileName}</strong> was saved while “Protect with a passphrase” was on. Type the passphrase that was in use when it was made, or the recovery key from
        the recovery sheet.
      </p>
      <ErrorNotice message={error} />
      <form className="backup-secret" onSubmit={(e) => void submit(e)} noValidate>
        {mode === 'passphrase' ? (
          <TextField
            ref={field}
            label="Passphrase"
            type="password"
            autoComplete="off"
            spellCheck={false}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog asks for this one thing
            autoFocus
            value={secret}
            error={fieldError}
            hint="It may be an earlier passphrase, if it has been changed since."
            onChange={(e) => setSecret(e.target.value)}
          />
        ) : (
          <TextField
            ref={field}
            label="Recovery key"
            className="recovery-key-input"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={secret}
            error={fieldError}
            hint="From the recovery sheet: 32 letters and numbers in groups of four. Small letters and missing dashes are fine."
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        <p>
          <button type="button" className="button button--link" onClick={() => switchTo(mode === 'passphrase' ? 'recoveryKey' : 'passphrase')}>
            {mode === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
          </button>
        </p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
