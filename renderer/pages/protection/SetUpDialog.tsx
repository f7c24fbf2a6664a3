import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice } from '../../components/Fields';
import { api, ApiCallError, errorMessage } from '../../lib/api';
import { ConvertingProgress } from './ConvertingProgress';
import { NewPassphraseFields } from './NewPassphraseFields';
import { EMPTY_NEW_PASSPHRASE, newPassphraseErrors, type NewPassphrase, type NewPassphraseErrors } from './passphrase-form';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * "Protect with a passphrase", step by step: the passphrase twice; the plain warning with a
 * tick; the conversion (which cannot be cancelled half way, and is safe if the laptop dies);
 * then the recovery key, once. Until the conversion starts, Cancel or Escape closes it with
 * nothing changed; from then on it cannot be closed until the key is ticked as kept.
 */

type Step = 'passphrase' | 'warning' | 'converting' | 'key';

export const LOSE_BOTH_WARNING = 'If you lose both your passphrase and your recovery key, nobody can get your records back — not even us.';

export function SetUpDialog({ onCancel, onDone }: { onCancel: () => void; onDone: () => void }) {
  const [step, setStep] = useState<Step>('passphrase');
  const [value, setValue] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [understood, setUnderstood] = useState(false);
  const [tickError, setTickError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const tick = useRef<HTMLInputElement>(null);
  const stepStart = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // Each step's first line takes focus, so a screen reader starts reading the new step.
    if (step === 'warning') stepStart.current?.focus();
  }, [step]);

  const closable = step === 'passphrase' || step === 'warning';

  function next(e: FormEvent) {
    e.preventDefault();
    const problems = newPassphraseErrors(value);
    setErrors(problems);
    if (problems.next || problems.again) {
      document.getElementById(problems.next ? 'new-passphrase' : 'new-passphrase-again')?.focus();
      return;
    }
    setError(null);
    setStep('warning');
  }

  async function protect(e: FormEvent) {
    e.preventDefault();
    if (!understood) {
      setTickError('Tick to confirm you understand');
      tick.current?.focus();
      return;
    }
    setError(null);
    setStep('converting');
    try {
      const turnedOn = await api.protection.turnOn({ passphrase: value.next, understood: true });
      setValue(EMPTY_NEW_PASSPHRASE);
      setRecoveryKey(turnedOn.recoveryKey);
      setStep('key');
    } catch (caught) {
      const fieldMessage = caught instanceof ApiCallError ? caught.fields['passphrase'] : undefined;
      if (fieldMessage) {
        setErrors({ next: fieldMessage });
        setStep('passphrase');
      } else {
        setError(errorMessage(caught));
        setStep('warning');
      }
    }
  }

  return (
    <Dialog title="Protect with a passphrase" onClose={closable ? onCancel : () => undefined} className="dialog--protection">
      <ErrorNotice message={error} />
      {step === 'passphrase' ? (
        <form onSubmit={next} noValidate>
          <p>Choose the passphrase you will type each time you open Peer Desk. Nobody else needs to know it.</p>
          <NewPassphraseFields value={value} errors={errors} onChange={setValue} label="Passphrase" />
          <div className="button-row">
            <button type="submit" className="button">
              Next
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {step === 'warning' ? (
        <form onSubmit={(e) => void protect(e)} noValidate>
          <div className="notice notice--warning">
            <p ref={stepStart} tabIndex={-1}>
              <strong>{LOSE_BOTH_WARNING}</strong>
            </p>
            <p>Next, Peer Desk shows you a recovery key. Print it or write it down, and keep it locked away from the laptop.</p>
          </div>
          <div className={`field${tickError ? ' field--error' : ''}`}>
            {tickError ? (
              <span id="understood-error" className="error-message">
                <span className="visually-hidden">Error: </span>
                {tickError}
              </span>
            ) : null}
            <Choice
              ref={tick}
              type="checkbox"
              label="I understand: if I lose both, my records cannot be got back"
              checked={understood}
              aria-describedby={tickError ? 'understood-error' : undefined}
              aria-invalid={tickError ? true : undefined}
              onChange={(e) => {
                setUnderstood(e.target.checked);
                setTickError(undefined);
              }}
            />
          </div>
          <p>
            Peer Desk takes a backup first, then encrypts every file in its data folder. This takes a moment and cannot be cancelled part way, but it is safe: if the laptop
            stops, Peer Desk finishes the job the next time you unlock it.
          </p>
          <div className="button-row">
            <button type="submit" className="button">
              Protect my records
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep('passphrase')}>
              Back
            </button>
          </div>
        </form>
      ) : null}
      {step === 'converting' ? <ConvertingProgress turning="on" /> : null}
      {step === 'key' ? <RecoveryKeyStep recoveryKey={recoveryKey} onDone={onDone} /> : null}
    </Dialog>
  );
}
