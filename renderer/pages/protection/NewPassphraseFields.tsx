import { passphraseStrength } from '../../../shared/domain/protection';
import { TextField } from '../../components/Fields';
import type { NewPassphrase, NewPassphraseErrors } from './passphrase-form';

/**
 * A new passphrase typed twice, with a plain-words strength hint under the first field. The
 * hint is a guide worked out here from length and variety (shared/domain/protection.ts), not a
 * third-party meter; the bar beside it repeats the words for sighted users and is hidden from
 * screen readers, which read the words.
 */
export function NewPassphraseFields({
  value,
  errors,
  onChange,
  label = 'New passphrase',
}: {
  value: NewPassphrase;
  errors: NewPassphraseErrors;
  onChange: (next: NewPassphrase) => void;
  label?: string;
}) {
  const strength = passphraseStrength(value.next);
  return (
    <>
      <TextField
        id="new-passphrase"
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value.next}
        error={errors.next}
        hint={
          <>
            At least 10 characters. Several ordinary words that do not go together are easy to remember and hard to guess.
            <span className="passphrase-strength" data-strength={value.next ? strength.strength : 'none'}>
              <span className="passphrase-strength__bar" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              <span aria-live="polite">{value.next ? strength.hint : ''}</span>
            </span>
          </>
        }
        onChange={(e) => onChange({ ...value, next: e.target.value })}
      />
      <TextField
        id="new-passphrase-again"
        label={`${label} again`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={value.again}
        error={errors.again}
        onChange={(e) => onChange({ ...value, again: e.target.value })}
      />
    </>
  );
}
