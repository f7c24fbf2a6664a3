import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProtectionInfo } from '../../../shared/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { api, errorMessage } from '../../lib/api';
import { NewPassphraseFields } from './NewPassphraseFields';
import { takeWhyLocked } from './protection-events';
import { useSecretEntry } from './use-secret-entry';
import { EMPTY_NEW_PASSPHRASE, minutesAndSeconds, newPassphraseErrors, waitInWords, type NewPassphrase, type NewPassphraseErrors } from './passphrase-form';

/**
 * What a protected Peer Desk shows while locked, at start and after "Lock now" or the idle
 * lock. It asks only for the passphrase (or the recovery key) and fetches nothing but the
 * protection status: no organisation name, no counts, nothing from the records.
 */

const TEXT_SIZE_KEY = 'peer-desk-text-size';

function useRememberedTextSize(): void {
  useEffect(() => {
    const size = localStorage.getItem(TEXT_SIZE_KEY);
    if (size === 'large' || size === 'standard') document.documentElement.dataset.textSize = size;
  }, []);
}

/** The time left to wait after too many wrong tries, ticking down once a second. */
function useWait(): { leftMs: number; waitedMs: number; waitFor: (ms: number) => void } {
  const [until, setUntil] = useState(0);
  // The whole wait as it started, for the message read out once (the countdown ticks on its own).
  const [waitedMs, setWaitedMs] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(timer);
  }, [until, now]);
  const waitFor = useCallback((ms: number) => {
    const start = Date.now();
    setNow(start);
    setUntil(ms > 0 ? start + ms : 0);
    setWaitedMs(ms);
  }, []);
  return { leftMs: Math.max(0, until - now), waitedMs, waitFor };
}

export function UnlockPage({ onUnlocked }: { onUnlocked: () => void }) {
  useRememberedTextSize();
  const { mode, secret, setSecret, fieldError, error, setError, field, switchTo, typed, ready, refused } = useSecretEntry();
  const [busy, setBusy] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const [info, setInfo] = useState<ProtectionInfo | null>(null);
  const [choosingNew, setChoosingNew] = useState(false);
  const [why] = useState(takeWhyLocked);
  const { leftMs, waitedMs, waitFor } = useWait();
  const heading = useRef<HTMLHeadingElement>(null);

  const readStatus = useCallback(
    () =>
      api.protection.status().then((next) => {
        setInfo(next);
        waitFor(next.waitMs);
        return next;
      }),
    [waitFor],
  );

  useEffect(() => {
    document.title = 'Unlock – Peer Desk';
    readStatus().catch((e: unknown) => setError(errorMessage(e)));
    // setError is a state setter (from useSecretEntry): it never changes.
  }, [readStatus, setError]);

  async function unlock(e: FormEvent) {
    e.preventDefault();
    if (busy || leftMs > 0 || !ready({ passphrase: 'Enter your passphrase', recoveryKey: 'Enter the recovery key from your recovery sheet' })) return;
    setBusy(true);
    try {
      const unlocked = await api.protection.unlock(typed());
      setSecret('');
      if (unlocked.unlockedWithRecoveryKey) {
        setChoosingNew(true);
        setBusy(false);
        return;
      }
      onUnlocked();
    } catch (caught) {
      setBusy(false);
      setSecret('');
      refused(caught);
      await readStatus().catch(() => undefined);
      field.current?.focus();
    }
  }

  if (choosingNew) return <ChooseNewPassphrase onDone={onUnlocked} />;

  const waiting = leftMs > 0;
  return (
    <main id="main" className="welcome unlock">
      <h1 ref={heading} tabIndex={-1}>
        Peer Desk is locked
      </h1>
      <p>Your records are protected with a passphrase. Unlock Peer Desk to see them.</p>
      {why ? (
        <p className="notice">
          Peer Desk locked itself because it was not used for a while.{why === 'idle-unsaved' ? ' Changes that had been typed but not saved could not be kept.' : ''}
        </p>
      ) : null}
      {info?.unfinished ? (
        <p className="notice">
          Peer Desk was {info.unfinished === 'turning-on' ? 'turning protection on' : 'turning protection off'} when it stopped. Unlocking finishes the job; nothing has
          been lost.
        </p>
      ) : null}
      <ErrorNotice message={error} />
      {waiting ? (
        <div className="notice notice--warning unlock__wait">
          <p role="status">Too many wrong tries. Wait {waitInWords(waitedMs)}, then try again.</p>
          <p>
            You can try again in{' '}
            <strong role="timer" aria-live="off" className="unlock__countdown">
              {minutesAndSeconds(leftMs)}
            </strong>
            .
          </p>
        </div>
      ) : null}
      <form className="unlock__form" onSubmit={(e) => void unlock(e)} noValidate>
        {mode === 'passphrase' ? (
          <TextField
            ref={field}
            id="unlock-passphrase"
            label="Passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the screen's only purpose: typing the passphrase
            autoFocus
            value={secret}
            error={fieldError}
            hint={capsLock ? 'Caps Lock is on.' : undefined}
            onChange={(e) => setSecret(e.target.value)}
            onKeyUp={(e) => setCapsLock(e.getModifierState('CapsLock'))}
          />
        ) : (
          <TextField
            ref={field}
            id="unlock-recovery-key"
            label="Recovery key"
            className="recovery-key-input"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={secret}
            error={fieldError}
            hint="From your recovery sheet: 32 letters and numbers in groups of four. Small letters and missing dashes are fine."
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || waiting}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" className="button button--link" onClick={() => switchTo(mode === 'passphrase' ? 'recoveryKey' : 'passphrase')}>
            {mode === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
          </button>
        </div>
      </form>
      <details className="unlock__help">
        <summary>Forgotten your passphrase?</summary>
        <p>
          Use the recovery key from the recovery sheet printed when protection was turned on. If you have lost both the passphrase and the recovery key, nobody can open these
          records — not even the people who make Peer Desk. A backup you saved elsewhere without protection is the only way back.
        </p>
      </details>
    </main>
  );
}

/** After the recovery key: a new passphrase now, so the sheet is not needed next time. */
function ChooseNewPassphrase({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Choose a new passphrase – Peer Desk';
    heading.current?.focus();
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    const problems = newPassphraseErrors(value);
    setErrors(problems);
    if (problems.next || problems.again) return document.getElementById(problems.next ? 'new-passphrase' : 'new-passphrase-again')?.focus();
    setBusy(true);
    try {
      await api.protection.setNewPassphrase({ next: value.next });
      onDone();
    } catch (caught) {
      setBusy(false);
      setError(errorMessage(caught));
    }
  }

  return (
    <main id="main" className="welcome unlock">
      <h1 ref={heading} tabIndex={-1}>
        Choose a new passphrase
      </h1>
      <p>You unlocked Peer Desk with the recovery key. Choose a new passphrase now, so you can unlock with it next time. Your recovery key keeps working as before.</p>
      <ErrorNotice message={error} />
      <form onSubmit={(e) => void save(e)} noValidate>
        <NewPassphraseFields value={value} errors={errors} onChange={setValue} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            Save new passphrase
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            Not now
          </button>
        </div>
      </form>
    </main>
  );
}
