import { useRef, useState } from 'react';
import { ApiCallError, errorMessage } from '../../lib/api';

/** Which secret is being typed: the passphrase, or the recovery key from the printed sheet. */
export type SecretMode = 'passphrase' | 'recoveryKey';

/**
 * The state of a "passphrase, or the recovery key instead" form (the unlock screen, a protected
 * backup): what is typed, the message beside the field and above the form, and switching
 * between the two, which empties the field and moves focus to the new one.
 */
export function useSecretEntry() {
  const [mode, setMode] = useState<SecretMode>('passphrase');
  const [secret, setSecret] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);

  const switchTo = (next: SecretMode) => {
    setMode(next);
    setSecret('');
    setFieldError(undefined);
    setError(null);
    // The field is replaced: focus follows, so keyboard users carry straight on typing.
    setTimeout(() => field.current?.focus(), 0);
  };

  /** What the API takes for the secret typed. */
  const typed = (): { passphrase: string } | { recoveryKey: string } => (mode === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret });

  /** Before sending: false (with the field's message, and focus on it) when nothing is typed; else clears the messages. */
  const ready = (empty: { passphrase: string; recoveryKey: string }): boolean => {
    if (!secret.trim()) {
      setFieldError(empty[mode]);
      field.current?.focus();
      return false;
    }
    setError(null);
    setFieldError(undefined);
    return true;
  };

  /** A refusal: beside the field when it is about the secret (a wrong passphrase), above the form otherwise. */
  const refused = (caught: unknown) => {
    const message = caught instanceof ApiCallError ? caught.fields[mode] : undefined;
    if (message) setFieldError(message);
    else setError(errorMessage(caught));
  };

  return { mode, secret, setSecret, fieldError, error, field, switchTo, typed, ready, refused, setError };
}
