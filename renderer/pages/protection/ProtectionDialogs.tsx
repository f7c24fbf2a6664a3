import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { api, ApiCallError, errorMessage } from '../../lib/api';
import { ConvertingProgress } from './ConvertingProgress';
import { NewPassphraseFields } from './NewPassphraseFields';
import { EMPTY_NEW_PASSPHRASE, newPassphraseErrors, type NewPassphrase, type NewPassphraseErrors } from './passphrase-form';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/** "Change passphrase", "Turn protection off" and "New recovery key": each asks for the passphrase again. */

/** Field messages from a refused call, and anything else as one message for the top. */
function splitError(caught: unknown): { fields: Record<string, string>; message: string | null } {
  if (caught instanceof ApiCallError && Object.keys(caught.fields).length > 0) return { fields: caught.fields, message: null };
  return { fields: {}, message: errorMessage(caught) };
}

function CurrentPassphrase({ label = 'Current passphrase', value, error, onChange, children }: { label?: string; value: string; error: string | undefined; onChange: (v: string) => void; children?: ReactNode }) {
  return (
    <>
      <TextField
        id="current-passphrase"
        label={label}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog's first and main field
        autoFocus
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
      />
      {children}
    </>
  );
}

/** Old passphrase, then the new one twice. Only the key file changes, so it is quick. */
export function ChangePassphraseDialog({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [errors, setErrors] = useState<NewPassphraseErrors & { current?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const problems = { ...(current ? {} : { current: 'Enter your current passphrase' }), ...newPassphraseErrors(value) };
    setErrors(problems);
    const first = problems.current ? 'current-passphrase' : problems.next ? 'new-passphrase' : problems.again ? 'new-passphrase-again' : null;
    if (first) return document.getElementById(first)?.focus();
    setBusy(true);
    setError(null);
    try {
      await api.protection.changePassphrase({ current, next: value.next });
      onDone();
    } catch (caught) {
      setBusy(false);
      const { fields, message } = splitError(caught);
      setErrors(fields);
      setError(message);
      if (fields['current']) document.getElementById('current-passphrase')?.focus();
    }
  }

  return (
    <Dialog title="Change passphrase" onClose={onCancel}>
      <ErrorNotice message={error} />
      <form onSubmit={(e) => void save(e)} noValidate>
        <CurrentPassphrase value={current} error={errors.current} onChange={setCurrent} />
        <NewPassphraseFields value={value} errors={errors} onChange={setValue} />
        <p className="hint">Your recovery key keeps working: the same sheet still opens your records.</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Change passphrase
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Converts every file back to an ordinary one: the passphrase again first, so nobody at an unlocked laptop can do it quietly. */
export function TurnOffDialog({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [converting, setConverting] = useState(false);

  async function turnOff(e: FormEvent) {
    e.preventDefault();
    if (!passphrase) {
      setFieldError('Enter your passphrase');
      return document.getElementById('current-passphrase')?.focus();
    }
    setConverting(true);
    setError(null);
    try {
      await api.protection.turnOff({ passphrase });
      onDone();
    } catch (caught) {
      setConverting(false);
      const { fields, message } = splitError(caught);
      setFieldError(fields['passphrase']);
      setError(message);
    }
  }

  return (
    <Dialog title="Turn protection off" onClose={converting ? () => undefined : onCancel}>
      {converting ? (
        <ConvertingProgress turning="off" />
      ) : (
        <>
          <ErrorNotice message={error} />
          <p>
            Peer Desk takes a backup, then turns every file in its data folder back into an ordinary one. After that, anyone with this laptop or a copy of the folder can read your
            records.
          </p>
          <form onSubmit={(e) => void turnOff(e)} noValidate>
            <CurrentPassphrase label="Passphrase" value={passphrase} error={fieldError} onChange={setPassphrase} />
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={onCancel}>
                Keep protection on
              </button>
              <button type="submit" className="button button--danger">
                Turn protection off
              </button>
            </div>
          </form>
        </>
      )}
    </Dialog>
  );
}

/** A new recovery key (the old sheet stops working), shown once as at set-up. */
export function NewRecoveryKeyDialog({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  async function make(e: FormEvent) {
    e.preventDefault();
    if (!passphrase) {
      setFieldError('Enter your passphrase');
      return document.getElementById('current-passphrase')?.focus();
    }
    setBusy(true);
    setError(null);
    try {
      setRecoveryKey((await api.protection.newRecoveryKey({ passphrase })).recoveryKey);
      setPassphrase('');
    } catch (caught) {
      const { fields, message } = splitError(caught);
      setFieldError(fields['passphrase']);
      setError(message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New recovery key" onClose={recoveryKey ? () => undefined : onCancel}>
      {recoveryKey ? (
        <RecoveryKeyStep recoveryKey={recoveryKey} onDone={onDone} />
      ) : (
        <>
          <ErrorNotice message={error} />
          <p>The recovery key you have now will stop working: shred its sheet once the new one is printed.</p>
          <form onSubmit={(e) => void make(e)} noValidate>
            <CurrentPassphrase label="Passphrase" value={passphrase} error={fieldError} onChange={setPassphrase} />
            <div className="button-row">
              <button type="submit" className="button" disabled={busy}>
                Make a new recovery key
              </button>
              <button type="button" className="button button--secondary" onClick={onCancel}>
                Cancel
              </button>
            </div>
          </form>
        </>
      )}
    </Dialog>
  );
}
