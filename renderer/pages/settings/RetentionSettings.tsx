import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { RETENTION_DEFAULTS, retentionPeriod, type RetentionRuleId } from '../../../shared/domain/retention-defaults';
import { MAX_RETENTION_MONTHS, retentionMonthsOf, splitRetentionMonths, type RetentionMonths } from '../../../shared/domain/retention-settings';
import { lowerFirst } from '../../../shared/text';
import { SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import { wholeNumber } from './whole-number';

type Unit = 'years' | 'months';
type PeriodDraft = { amount: string; unit: Unit };
type RetentionDraft = Record<RetentionRuleId, PeriodDraft>;

function draftFrom(months: RetentionMonths): RetentionDraft {
  return Object.fromEntries(
    RETENTION_DEFAULTS.map((r) => {
      const { amount, unit } = splitRetentionMonths(months[r.id]);
      return [r.id, { amount: String(amount), unit }];
    }),
  ) as RetentionDraft;
}

/** "6" years → 72; anything but a whole number → null (the range is the main process's to check, in its words). */
export function periodMonths(p: PeriodDraft): number | null {
  const n = wholeNumber(p.amount);
  return n === null ? null : p.unit === 'years' ? n * 12 : n;
}

/**
 * Settings → Retention: how long each kind of record is kept after it ends, with the default
 * and the reason beside it. The Privacy page lists what is past these; the privacy notice
 * prints them.
 */
export function RetentionSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const draft = useDraft(() => draftFrom(retentionMonthsOf(status.settings)));
  const unsaved = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const d = draft.value;

  async function save(e: FormEvent) {
    e.preventDefault();
    const submitted = draft.value;
    const problems: Record<string, string> = {};
    const months: Partial<RetentionMonths> = {};
    for (const r of RETENTION_DEFAULTS) {
      const m = periodMonths(submitted[r.id]);
      if (m === null) problems[r.id] = `Enter a whole number of ${submitted[r.id].unit}, like ${submitted[r.id].unit === 'years' ? 6 : 18}`;
      else months[r.id] = m;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.settings.update({ retentionMonths: months });
      draft.markSaved(submitted);
      await refresh();
      flash('Retention periods saved');
    } catch (err) {
      // The main process names a field "retentionMonths.dbs-numbers".
      if (err instanceof ApiCallError) setErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k.replace(/^retentionMonths\./, ''), v])));
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <>
      <p className="lede">
        How long Peer Desk keeps each kind of record after it ends. Once that time has passed, the record is listed on the <Link href="/privacy/retention">Privacy page</Link> to erase
        or to keep with a reason. The privacy notice tells people these periods.
      </p>
      <form onSubmit={(e) => void save(e)} noValidate>
        {RETENTION_DEFAULTS.map((r) => {
          const p = d[r.id];
          return (
            <fieldset key={r.id} className="retention-rule">
              <legend>{r.what}</legend>
              <p className="hint">
                Usually {retentionPeriod(r.months)} after {r.after}. {r.why}
              </p>
              <div className="retention-rule__fields">
                <TextField
                  label="Keep for"
                  aria-label={`Keep ${lowerFirst(r.what)} for`}
                  className="input--short"
                  inputMode="numeric"
                  value={p.amount}
                  error={errors[r.id]}
                  onChange={(e) => draft.set({ ...d, [r.id]: { ...p, amount: e.target.value } })}
                />
                <SelectField label="Years or months" aria-label={`Years or months for ${lowerFirst(r.what)}`} value={p.unit} onChange={(e) => draft.set({ ...d, [r.id]: { ...p, unit: e.target.value as Unit } })}>
                  <option value="years">years</option>
                  <option value="months">months</option>
                </SelectField>
              </div>
            </fieldset>
          );
        })}
        <p className="hint">From 1 month to {MAX_RETENTION_MONTHS / 12} years.</p>
        <button type="submit" className="button">
          Save retention periods
        </button>
      </form>
      {unsaved.dialog}
    </>
  );
}
