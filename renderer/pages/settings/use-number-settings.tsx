import { useState, type FormEvent, type ReactNode } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import { wholeNumber } from './whole-number';

type NumberKey = { [K in keyof Settings]-?: Settings[K] extends number ? K : never }[keyof Settings];

/**
 * A Settings form of whole numbers (days, minutes, rows): typed as text so nothing typed is
 * lost, checked for a whole number here and for its range by the main process
 * (settingsInputSchema), whose words say what is allowed. `saved` refreshes the app's copy.
 */
export function useNumberSettings<K extends NumberKey>(settings: Pick<Settings, K>, keys: readonly K[], saved: () => Promise<void>) {
  const { flash } = useFlash();
  const draft = useDraft<Record<K, string>>(() => Object.fromEntries(keys.map((k) => [k, String(settings[k])])) as Record<K, string>);
  const unsaved = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const work = draft.value;

  async function save(e: FormEvent) {
    e.preventDefault();
    const submitted = draft.value;
    const numbers: Partial<Record<K, number>> = {};
    const problems: Record<string, string> = {};
    for (const key of keys) {
      const n = wholeNumber(submitted[key]);
      if (n === null) problems[key] = 'Enter a whole number';
      else numbers[key] = n;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.settings.update(numbers);
      draft.markSaved(submitted);
      await saved();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  const field = (key: K, label: string, hint: string): ReactNode => (
    <TextField label={label} hint={hint} className="input--short" inputMode="numeric" value={work[key]} error={errors[key]} onChange={(e) => draft.set({ ...work, [key]: e.target.value })} />
  );

  return { field, onSubmit: (e: FormEvent) => void save(e), dialog: unsaved.dialog };
}
