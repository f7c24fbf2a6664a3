import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';

type WorkKey = 'referralTargetDays' | 'prepMinutes' | 'signInBlankRows';

/** Settings → Groups & referrals: the referral wait target, preparation time and walk-in rows. */
export function GroupsAndReferralsSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const s = status.settings;
  const draft = useDraft<Record<WorkKey, string>>(() => ({
    referralTargetDays: String(s.referralTargetDays),
    prepMinutes: String(s.prepMinutes),
    signInBlankRows: String(s.signInBlankRows),
  }));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const work = draft.value;

  async function save(e: FormEvent) {
    e.preventDefault();
    const submitted = draft.value;
    const numbers: Partial<Record<WorkKey, number>> = {};
    const problems: Record<string, string> = {};
    for (const [key, text] of Object.entries(submitted) as [WorkKey, string][]) {
      if (!/^\d{1,3}$/.test(text.trim())) problems[key] = 'Enter a whole number';
      else numbers[key] = Number(text);
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.settings.update(numbers);
      draft.markSaved(submitted);
      await refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  const field = (key: WorkKey, label: string, hint: string) => (
    <TextField
      label={label}
      hint={hint}
      className="input--short"
      inputMode="numeric"
      value={work[key]}
      error={errors[key]}
      onChange={(e) => draft.set({ ...work, [key]: e.target.value })}
    />
  );

  return (
    <>
      <form onSubmit={(e) => void save(e)} noValidate>
        {field('referralTargetDays', 'Target wait for referrals (days)', 'From receiving a referral to assessing them. New referrals use this; the usual promise is 4–5 weeks.')}
        {field('prepMinutes', 'Preparation time per session (minutes)', 'Added to each session a volunteer facilitates when counting their hours')}
        {field('signInBlankRows', 'Blank rows for walk-ins on sign-in sheets', 'At least 5')}
        <button type="submit" className="button">
          Save group settings
        </button>
      </form>
      {unsaved.dialog}
    </>
  );
}
