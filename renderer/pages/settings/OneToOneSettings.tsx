import { useContext, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { AppStatusContext } from '../../lib/app-status';
import { useLoad } from '../../lib/use-load';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import { wholeNumber } from './whole-number';

type Key = 'oneToOneTravelMinutes' | 'noContactDays';

/**
 * Settings → Programme kinds, under the kinds: the travel time counted with each one-to-one
 * session (beside "Counts for hours", where a coordinator deciding what 1-1 work is worth
 * looks) and the days without a session before a programme shows as "no contact".
 */
export function OneToOneSettings() {
  const settings = useLoad(() => api.settings.get(), []);
  return (
    <section aria-labelledby="one-to-one-settings-title">
      <h3 id="one-to-one-settings-title">Hours and contact</h3>
      <ErrorNotice message={settings.error} />
      {settings.data ? <OneToOneForm settings={settings.data} /> : settings.error ? null : <p role="status">Loading…</p>}
    </section>
  );
}

function OneToOneForm({ settings }: { settings: Settings }) {
  const { flash } = useFlash();
  // The app's copy of Settings, kept in step when there is one (component tests render without it).
  const appStatus = useContext(AppStatusContext);
  const draft = useDraft<Record<Key, string>>(() => ({
    oneToOneTravelMinutes: String(settings.oneToOneTravelMinutes),
    noContactDays: String(settings.noContactDays),
  }));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const work = draft.value;

  async function save(e: FormEvent) {
    e.preventDefault();
    const submitted = draft.value;
    const numbers: Partial<Record<Key, number>> = {};
    const problems: Record<string, string> = {};
    for (const [key, text] of Object.entries(submitted) as [Key, string][]) {
      const n = wholeNumber(text);
      if (n === null) problems[key] = 'Enter a whole number';
      else numbers[key] = n;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      // Checked again by the main process (settingsInputSchema), whose words say what is allowed.
      await api.settings.update(numbers);
      draft.markSaved(submitted);
      await appStatus?.refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  const field = (key: Key, label: string, hint: string) => (
    <TextField label={label} hint={hint} className="input--short" inputMode="numeric" value={work[key]} error={errors[key]} onChange={(e) => draft.set({ ...work, [key]: e.target.value })} />
  );

  return (
    <>
      <form onSubmit={(e) => void save(e)} noValidate>
        {field(
          'oneToOneTravelMinutes',
          'Travel time added to each one-to-one session (minutes)',
          "Added to the volunteer's hours for each attended session of a kind that counts for hours, as preparation time is for groups. 0 adds none.",
        )}
        {field('noContactDays', 'Days without a session before "no contact"', 'Open programmes this long since the last session show under "No contact" on the Programmes page and on Home. Usually 21.')}
        <button type="submit" className="button">
          Save hours and contact
        </button>
      </form>
      {unsaved.dialog}
    </>
  );
}
