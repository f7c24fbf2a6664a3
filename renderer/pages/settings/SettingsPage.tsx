import { useState, type FormEvent } from 'react';
import type { TextSize } from '../../../shared/domain/settings';
import { Choice, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { BackupsSection } from './BackupsSection';
import { ComplianceSettings } from './ComplianceSettings';
import { ReportSettings } from './ReportSettings';

export function SettingsPage() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const [organisationName, setOrganisationName] = useState(status.settings.organisationName);
  const [yourName, setYourName] = useState(status.settings.yourName ?? '');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [textSize, setTextSizeShown] = useState<TextSize>(status.settings.textSize);
  const [work, setWork] = useState({
    referralTargetDays: String(status.settings.referralTargetDays),
    prepMinutes: String(status.settings.prepMinutes),
    signInBlankRows: String(status.settings.signInBlankRows),
  });
  const [workErrors, setWorkErrors] = useState<Record<string, string>>({});

  async function saveWork(e: FormEvent) {
    e.preventDefault();
    const numbers: Record<string, number> = {};
    const problems: Record<string, string> = {};
    for (const [key, text] of Object.entries(work)) {
      if (!/^\d{1,3}$/.test(text.trim())) problems[key] = 'Enter a whole number';
      else numbers[key] = Number(text);
    }
    setWorkErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.settings.update(numbers);
      await refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setWorkErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  async function saveDetails(e: FormEvent) {
    e.preventDefault();
    setFieldErrors({});
    try {
      await api.settings.update({ organisationName, yourName });
      await refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setFieldErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  async function setTextSize(textSize: TextSize) {
    // Show the new size at once; the saved setting follows.
    setTextSizeShown(textSize);
    document.documentElement.dataset.textSize = textSize;
    try {
      await api.settings.update({ textSize });
      await refresh();
      flash(textSize === 'large' ? 'Large text is on' : 'Standard text size is on');
    } catch (err) {
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <Page title="Settings">
      <form onSubmit={(e) => void saveDetails(e)} noValidate aria-labelledby="org-title">
        <h2 id="org-title">Your organisation</h2>
        <TextField
          label="Organisation name"
          hint="Shown at the top of every page and printed on rosters and reports"
          value={organisationName}
          error={fieldErrors.organisationName}
          onChange={(e) => setOrganisationName(e.target.value)}
        />
        <TextField
          label="Your name"
          hint="Recorded in the audit log next to changes you make. If blank, the computer's user name is used."
          value={yourName}
          error={fieldErrors.yourName}
          onChange={(e) => setYourName(e.target.value)}
        />
        <button type="submit" className="button">
          Save settings
        </button>
      </form>

      <h2>Text size</h2>
      <fieldset>
        <legend>Text size on every page</legend>
        <div className="choices">
          <Choice type="radio" name="text-size" label="Standard" checked={textSize === 'standard'} onChange={() => void setTextSize('standard')} />
          <Choice type="radio" name="text-size" label="Large" checked={textSize === 'large'} onChange={() => void setTextSize('large')} />
        </div>
      </fieldset>

      <form onSubmit={(e) => void saveWork(e)} noValidate aria-labelledby="work-title">
        <h2 id="work-title">Groups and referrals</h2>
        <TextField
          label="Target wait for referrals (days)"
          hint="From receiving a referral to assessing them. New referrals use this; the usual promise is 4–5 weeks."
          className="input--short"
          inputMode="numeric"
          value={work.referralTargetDays}
          error={workErrors.referralTargetDays}
          onChange={(e) => setWork({ ...work, referralTargetDays: e.target.value })}
        />
        <TextField
          label="Preparation time per session (minutes)"
          hint="Added to each session a volunteer facilitates when counting their hours"
          className="input--short"
          inputMode="numeric"
          value={work.prepMinutes}
          error={workErrors.prepMinutes}
          onChange={(e) => setWork({ ...work, prepMinutes: e.target.value })}
        />
        <TextField
          label="Blank rows for walk-ins on sign-in sheets"
          hint="At least 5"
          className="input--short"
          inputMode="numeric"
          value={work.signInBlankRows}
          error={workErrors.signInBlankRows}
          onChange={(e) => setWork({ ...work, signInBlankRows: e.target.value })}
        />
        <button type="submit" className="button">
          Save group settings
        </button>
      </form>

      <ReportSettings />

      <ComplianceSettings />

      <h2>Data folder</h2>
      <p>
        Everything Peer Desk knows is kept in this folder on this computer:
        <br />
        <code>{status.dataDir}</code>
      </p>
      <p className="lede">Peer Desk version {status.appVersion}</p>

      <BackupsSection />
    </Page>
  );
}
