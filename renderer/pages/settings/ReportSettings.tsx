import { useRef, useState, type FormEvent } from 'react';
import { formatUkDate, parseUkDate } from '../../../shared/dates';
import { parsePounds, formatPounds } from '../../../shared/money';
import { rateNames, type Rate } from '../../../shared/domain/rates';
import type { SettingsInput } from '../../../shared/domain/settings';
import { ConfirmDialog } from '../../components/Dialog';
import { Choice, SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { readUpload } from '../../lib/files';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import '../reports/reports.css';

const NEW_NAME = '__new__';

/**
 * Settings → Funder reports: the dated hourly rates volunteer time is valued at, which
 * series reports use, small-number suppression and the logo for report covers.
 */
export function ReportSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const s = status.settings;
  const names = rateNames(s.rates);
  const [adding, setAdding] = useState({ name: names[0] ?? NEW_NAME, newName: '', from: '', pounds: '' });
  const [addErrors, setAddErrors] = useState<Record<string, string>>({});
  const rateUsed = useDraft(() => s.volunteerRateName);
  const rateName = rateUsed.value;
  const [removing, setRemoving] = useState<Rate | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [confirmLogo, setConfirmLogo] = useState(false);
  // Shown at once; the saved setting follows (and the box goes back if saving fails).
  const [suppress, setSuppress] = useState(s.suppressSmallNumbers);
  const fileInput = useRef<HTMLInputElement>(null);
  // A rate half typed in, or another rate chosen and not saved, is asked about before leaving.
  const typingRate = [adding.newName, adding.from, adding.pounds].some((text) => text.trim() !== '');
  const unsaved = useUnsavedChanges(typingRate || rateUsed.dirty);

  async function update(input: SettingsInput, done: string): Promise<boolean> {
    try {
      await api.settings.update(input);
      await refresh();
      flash(done);
      return true;
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) flash(Object.values(e.fields).join(' '), 'error');
      else flash(errorMessage(e), 'error');
      return false;
    }
  }

  const asInput = (rates: readonly Rate[]) => rates.map((r) => ({ id: r.id, name: r.name, pencePerHour: r.pencePerHour, from: r.from }));

  async function addRate(e: FormEvent) {
    e.preventDefault();
    const name = adding.name === NEW_NAME ? adding.newName.trim() : adding.name;
    const from = parseUkDate(adding.from);
    const pence = parsePounds(adding.pounds);
    const problems: Record<string, string> = {};
    if (!name) problems.newName = 'Enter the name of the rate, like “Real Living Wage”';
    if (!from) problems.from = adding.from.trim() ? 'Enter the date as dd/mm/yyyy, like 01/04/2026' : 'Enter the date the rate starts';
    if (pence === null || pence <= 0) problems.pounds = 'Enter the rate in pounds an hour, like 12.71';
    else if (pence > 100_000) problems.pounds = 'Enter an hourly rate under £1,000';
    if (name && from && s.rates.some((r) => r.name.toLowerCase() === name.toLowerCase() && r.from === from)) problems.from = `${name} already has a rate from ${formatUkDate(from)}`;
    setAddErrors(problems);
    if (Object.keys(problems).length > 0 || !from || pence === null) return;
    const ok = await update({ rates: [...asInput(s.rates), { name, pencePerHour: pence, from }] }, `Added ${name}: ${formatPounds(pence)} an hour from ${formatUkDate(from)}`);
    if (ok) setAdding({ name, newName: '', from: '', pounds: '' });
  }

  async function removeRate(rate: Rate) {
    await update({ rates: asInput(s.rates.filter((r) => r.id !== rate.id)) }, `Removed the ${rate.name} rate from ${formatUkDate(rate.from)}`);
    setRemoving(null);
  }

  async function chooseLogo(file: File | undefined) {
    setLogoError(null);
    if (!file) return;
    try {
      const upload = await readUpload(file);
      await api.settings.update({ logo: upload });
      await refresh();
      flash(`The logo ${file.name} will print on report covers`);
    } catch (e) {
      setLogoError(e instanceof ApiCallError && Object.keys(e.fields).length > 0 ? Object.values(e.fields).join(' ') : errorMessage(e));
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  const sorted = [...s.rates].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || b.from.localeCompare(a.from));

  return (
    <>
      <h3 id="rates-title">Rates for valuing volunteer time</h3>
      <p>
        Reports value each volunteer hour at the rate in effect on the day it was given, and say which rate they used. Peer Desk came with published rates filled in: the
        National Living Wage for people aged 21 and over (GOV.UK) up to the rate from 1 April 2026, and the Real Living Wage and London Living Wage (Living Wage Foundation) up to
        those announced in October 2025.
      </p>
      <div className="notice notice--warning">
        <p>
          <strong>Check these rates before you send a report.</strong> Add each new rate when it is announced (the National Living Wage changes every April, the Real Living
          Wage every autumn), or use your funder’s own rate.
        </p>
      </div>
      <div className="table-wrap">
        <table className="rates-table">
          <caption className="visually-hidden">Hourly rates, newest first in each series</caption>
          <thead>
            <tr>
              <th scope="col">Rate</th>
              <th scope="col">From</th>
              <th scope="col" className="num">
                An hour
              </th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td className="nowrap">{formatUkDate(r.from)}</td>
                <td className="num">{formatPounds(r.pencePerHour)}</td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => setRemoving(r)}>
                    Remove<span className="visually-hidden"> the {r.name} rate from {formatUkDate(r.from)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form onSubmit={(e) => void addRate(e)} noValidate aria-labelledby="add-rate-title">
        <h4 id="add-rate-title">Add a rate</h4>
        <div className="form-grid">
          <SelectField label="Rate" value={adding.name} onChange={(e) => setAdding({ ...adding, name: e.target.value })}>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            <option value={NEW_NAME}>A new rate…</option>
          </SelectField>
          {adding.name === NEW_NAME ? (
            <TextField label="Name of the new rate" hint="For example: Our funder’s rate" value={adding.newName} error={addErrors.newName} onChange={(e) => setAdding({ ...adding, newName: e.target.value })} />
          ) : null}
          <TextField label="From" hint="dd/mm/yyyy, the day it starts" className="input--short" value={adding.from} error={addErrors.from} onChange={(e) => setAdding({ ...adding, from: e.target.value })} />
          <TextField label="£ an hour" hint="Like 12.71" className="input--short" inputMode="decimal" value={adding.pounds} error={addErrors.pounds} onChange={(e) => setAdding({ ...adding, pounds: e.target.value })} />
        </div>
        <button type="submit" className="button button--secondary">
          Add rate
        </button>
      </form>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = rateName;
          void update({ volunteerRateName: chosen }, `Reports value volunteer time at the ${chosen}`).then((ok) => {
            if (ok) rateUsed.markSaved(chosen);
          });
        }}
        noValidate
        aria-labelledby="rate-used-title"
      >
        <h4 id="rate-used-title">Rate reports use</h4>
        <SelectField label="Value volunteer time at" hint="A grant can name another rate on its own page." value={rateName} onChange={(e) => rateUsed.set(e.target.value)}>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--secondary">
          Save rate used
        </button>
      </form>

      <h3>Small numbers</h3>
      <fieldset>
        <legend>In the tables of people (age, sex, ethnic group, disability), one-to-one endings and onward referrals, and outcome measures</legend>
        <Choice
          type="checkbox"
          label="Show counts of 1 to 4 as “<5”, so nobody can be identified (recommended)"
          checked={suppress}
          onChange={(e) => {
            const on = e.target.checked;
            setSuppress(on);
            void update({ suppressSmallNumbers: on }, on ? 'Counts of 1 to 4 now show as “<5”' : 'Reports now show every count in full').then((ok) => {
              if (!ok) setSuppress(!on);
            });
          }}
        />
      </fieldset>

      <h3 id="logo-title">Logo</h3>
      <p>Printed at the top of the cover of funder reports. A PNG or JPEG file under 300 KB.</p>
      {s.logo ? (
        <>
          <img className="logo-preview" src={`data:${s.logo.mimeType};base64,${s.logo.base64}`} alt={`Your logo (${s.logo.fileName})`} />
          <p className="lede">
            {s.logo.fileName}, {s.logo.width} × {s.logo.height} pixels
          </p>
        </>
      ) : (
        <p className="lede">No logo: the cover shows the organisation’s name only.</p>
      )}
      <div className={logoError ? 'field field--error' : 'field'}>
        <label htmlFor="logo-file">{s.logo ? 'Choose a different logo' : 'Choose a logo'}</label>
        {logoError ? (
          <span id="logo-file-error" className="error-message">
            <span className="visually-hidden">Error: </span>
            {logoError}
          </span>
        ) : null}
        <input
          ref={fileInput}
          id="logo-file"
          type="file"
          accept="image/png,image/jpeg"
          aria-invalid={logoError ? true : undefined}
          aria-describedby={logoError ? 'logo-file-error' : undefined}
          onChange={(e) => void chooseLogo(e.target.files?.[0])}
        />
      </div>
      {s.logo ? (
        <button type="button" className="button button--secondary" onClick={() => setConfirmLogo(true)}>
          Remove logo
        </button>
      ) : null}

      {removing ? (
        <ConfirmDialog title={`Remove the ${removing.name} rate from ${formatUkDate(removing.from)}?`} confirmLabel="Remove rate" danger onCancel={() => setRemoving(null)} onConfirm={() => void removeRate(removing)}>
          <p>Reports made after this value hours on those dates at the rate before it, or the next one if there is none before.</p>
        </ConfirmDialog>
      ) : null}
      {confirmLogo ? (
        <ConfirmDialog
          title="Remove the logo?"
          confirmLabel="Remove logo"
          danger
          onCancel={() => setConfirmLogo(false)}
          onConfirm={() => {
            setConfirmLogo(false);
            void update({ logo: null }, 'Removed the logo');
          }}
        >
          <p>Report covers will show the organisation’s name only. You can choose the logo again at any time.</p>
        </ConfirmDialog>
      ) : null}
      {unsaved.dialog}
    </>
  );
}
