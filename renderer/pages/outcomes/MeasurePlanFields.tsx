import type { MeasureEntry } from '../../../shared/contracts/outcomes';
import { Choice, SelectField, TextField } from '../../components/Fields';
import type { PlanFormRow } from './measure-plan-form';
import './measure-plans.css';

/**
 * "Questionnaires": which measures a programme kind or group asks, and when. One small
 * fieldset per questionnaire, named by it, so each tick and box reads with the measure's name.
 */
export function MeasurePlanFields({
  rows,
  measures,
  onChange,
  errorFor,
  hint,
  idFor,
}: {
  rows: readonly PlanFormRow[];
  measures: readonly MeasureEntry[];
  onChange: (rows: PlanFormRow[]) => void;
  errorFor: (row: number, field: 'atStart' | 'everyCount') => string | undefined;
  hint: string;
  /** Ids for the fields a form's error summary links to. */
  idFor?: (row: number, field: 'atStart' | 'everyCount') => string;
}) {
  const nameOf = (id: string) => measures.find((m) => m.definition.id === id)?.definition.name ?? 'A questionnaire no longer in Settings';
  const set = (i: number, change: Partial<PlanFormRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="measure-plans">
      <legend>Questionnaires</legend>
      <span className="hint">{hint}</span>
      {rows.length === 0 ? <p>There are no questionnaires yet. Add them in Settings → Outcome measures.</p> : null}
      {rows.map((r, i) => {
        const startError = errorFor(i, 'atStart');
        return (
          <fieldset key={r.measureId} className={startError ? 'measure-plan field--error' : 'measure-plan'}>
            <legend>{nameOf(r.measureId)}</legend>
            {startError ? (
              <span className="error-message">
                <span className="visually-hidden">Error: </span>
                {startError}
              </span>
            ) : null}
            <div className="measure-plan__when">
              <Choice type="checkbox" label="At the start" id={idFor?.(i, 'atStart')} checked={r.atStart} onChange={(e) => set(i, { atStart: e.target.checked })} />
              <TextField
                label="Every"
                id={idFor?.(i, 'everyCount')}
                hint="Blank: no reviews in between"
                className="input--short"
                inputMode="numeric"
                value={r.everyCount}
                error={errorFor(i, 'everyCount')}
                onChange={(e) => set(i, { everyCount: e.target.value })}
              />
              <SelectField label="Sessions or weeks" value={r.everyUnit} onChange={(e) => set(i, { everyUnit: e.target.value === 'weeks' ? 'weeks' : 'sessions' })}>
                <option value="sessions">sessions</option>
                <option value="weeks">weeks</option>
              </SelectField>
              <Choice type="checkbox" label="At the end" checked={r.atEnd} onChange={(e) => set(i, { atEnd: e.target.checked })} />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
