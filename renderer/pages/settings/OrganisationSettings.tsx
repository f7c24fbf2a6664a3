import { useState, type FormEvent } from 'react';
import { TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { PrintPrivacyNotice } from './PrintPrivacyNotice';
import { useDraft } from './use-draft';

/**
 * Settings → Organisation: the name printed on paper, the coordinator's name for the audit
 * log, and how people reach the organisation, printed on the privacy notice.
 */
export function OrganisationSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const s = status.settings;
  const draft = useDraft(() => ({
    organisationName: s.organisationName,
    yourName: s.yourName ?? '',
    organisationAddress: s.organisationAddress ?? '',
    organisationPhone: s.organisationPhone ?? '',
    organisationEmail: s.organisationEmail ?? '',
    dataProtectionContact: s.dataProtectionContact ?? '',
    icoRegistration: s.icoRegistration ?? '',
  }));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const v = draft.value;
  const field = (key: keyof typeof v) => ({ value: v[key], error: fieldErrors[key], onChange: (e: { target: { value: string } }) => draft.set({ ...v, [key]: e.target.value }) });

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
        <TextField label="Organisation name" hint="Shown at the top of every page and printed on rosters and reports" {...field('organisationName')} />
        <TextField label="Your name" hint="Recorded in the audit log next to changes you make. If blank, the computer's user name is used." {...field('yourName')} />
        <fieldset>
          <legend>How people reach you</legend>
          <p className="hint">Printed on the privacy notice, so members and volunteers know who keeps their information and whom to ask.</p>
          <TextArea label="Address" hint="One line of the envelope on each line" rows={4} {...field('organisationAddress')} />
          <TextField label="Phone" className="input--medium" inputMode="tel" autoComplete="off" {...field('organisationPhone')} />
          <TextField label="Email" type="email" autoComplete="off" {...field('organisationEmail')} />
          <TextField
            label="Data protection contact"
            hint="The person or role people ask about their information, for example “Jo Bloggs, Data Protection Lead”"
            {...field('dataProtectionContact')}
          />
          <TextField
            label="ICO registration number"
            hint="From your data protection fee certificate, like ZA123456. Leave blank if your charity is exempt."
            className="input--medium"
            autoComplete="off"
            {...field('icoRegistration')}
          />
        </fieldset>
        <button type="submit" className="button">
          Save settings
        </button>
      </form>
      <PrintPrivacyNotice details={s} unsaved={draft.dirty} />
      {unsaved.dialog}
    </>
  );
}
