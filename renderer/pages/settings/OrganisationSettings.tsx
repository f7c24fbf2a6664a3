import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';

/** Settings → Organisation: the name printed on paper, and the coordinator's name for the audit log. */
export function OrganisationSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const draft = useDraft(() => ({ organisationName: status.settings.organisationName, yourName: status.settings.yourName ?? '' }));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const v = draft.value;

  async function save(e: FormEvent) {
    e.preventDefault();
    setFieldErrors({});
    const submitted = draft.value;
    try {
      await api.settings.update(submitted);
      draft.markSaved(submitted);
      await refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setFieldErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <>
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextField
          label="Organisation name"
          hint="Shown at the top of every page and printed on rosters and reports"
          value={v.organisationName}
          error={fieldErrors.organisationName}
          onChange={(e) => draft.set({ ...v, organisationName: e.target.value })}
        />
        <TextField
          label="Your name"
          hint="Recorded in the audit log next to changes you make. If blank, the computer's user name is used."
          value={v.yourName}
          error={fieldErrors.yourName}
          onChange={(e) => draft.set({ ...v, yourName: e.target.value })}
        />
        <button type="submit" className="button">
          Save settings
        </button>
      </form>
      {unsaved.dialog}
    </>
  );
}
