import { useState, type FormEvent } from 'react';
import { DBS_LEVEL_LABELS, DBS_LEVELS, type DbsLevel } from '../../../shared/domain/dbs';
import { requirementsFor } from '../../../shared/domain/role-requirements';
import { DEFAULT_ROLES } from '../../../shared/domain/roles';
import type { Settings } from '../../../shared/domain/settings';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import { wholeNumber } from './whole-number';

interface RoleDraft {
  dbsLevel: DbsLevel;
  courseIds: string[];
  weeks: string;
}

interface RulesDraft {
  renewal: string;
  statusCheck: string;
  trainingCounts: boolean;
  roles: Record<string, RoleDraft>;
}

function draftFrom(s: Settings): RulesDraft {
  return {
    renewal: String(s.dbsRenewalMonths),
    statusCheck: String(s.dbsStatusCheckMonths),
    trainingCounts: s.trainingHoursCount,
    roles: Object.fromEntries(
      DEFAULT_ROLES.map((r) => {
        const req = requirementsFor(r.id, s.roleRequirements);
        return [r.id, { dbsLevel: req.dbsLevel, courseIds: req.courseIds, weeks: req.supervisionEveryWeeks ? String(req.supervisionEveryWeeks) : '' }];
      }),
    ),
  };
}

/** Ticking a course off and on again puts it back at the end: the same courses, so no change. */
function sameRules(d: RulesDraft): string {
  return JSON.stringify({ ...d, roles: Object.fromEntries(Object.entries(d.roles).map(([id, r]) => [id, { ...r, courseIds: [...r.courseIds].sort() }])) });
}

/**
 * Settings → Compliance rules: when DBS checks are due, whether training counts as volunteer
 * hours, and what each role needs. One form and one Save, so nothing is saved by halves.
 */
export function ComplianceRulesSettings() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const { trainingCourses } = status.settings;
  const draft = useDraft(() => draftFrom(status.settings), sameRules);
  const unsaved = useUnsavedChanges(draft.dirty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const d = draft.value;
  const updateRole = (roleId: string, next: Partial<RoleDraft>) => draft.set({ ...d, roles: { ...d.roles, [roleId]: { ...d.roles[roleId]!, ...next } } });

  async function save(e: FormEvent) {
    e.preventDefault();
    const submitted = draft.value;
    const problems: Record<string, string> = {};
    const dbsRenewalMonths = wholeNumber(submitted.renewal);
    const dbsStatusCheckMonths = wholeNumber(submitted.statusCheck);
    if (dbsRenewalMonths === null) problems.dbsRenewalMonths = 'Enter a whole number of months, like 36';
    if (dbsStatusCheckMonths === null) problems.dbsStatusCheckMonths = 'Enter a whole number of months, like 12';
    const roleRequirements = DEFAULT_ROLES.map((r) => {
      const role = submitted.roles[r.id]!;
      const weeks = role.weeks.trim() === '' ? undefined : wholeNumber(role.weeks);
      if (weeks === null || (weeks !== undefined && (weeks < 1 || weeks > 52))) problems[r.id] = 'Enter weeks from 1 to 52, or leave it blank for none';
      return { roleId: r.id, dbsLevel: role.dbsLevel, courseIds: role.courseIds, ...(weeks ? { supervisionEveryWeeks: weeks } : {}) };
    });
    setErrors(problems);
    if (Object.keys(problems).length > 0 || dbsRenewalMonths === null || dbsStatusCheckMonths === null) return;
    try {
      await api.settings.update({ dbsRenewalMonths, dbsStatusCheckMonths, trainingHoursCount: submitted.trainingCounts, roleRequirements });
      draft.markSaved(submitted);
      await refresh();
      flash('Compliance rules saved');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <>
      <form onSubmit={(e) => void save(e)} noValidate>
        <h3>DBS checks and volunteer hours</h3>
        <TextField
          label="Renew DBS checks after (months)"
          hint="From the issue date. 36 months (3 years) is common. Warnings start 60, 30 and 7 days before."
          className="input--short"
          inputMode="numeric"
          value={d.renewal}
          error={errors.dbsRenewalMonths}
          onChange={(e) => draft.set({ ...d, renewal: e.target.value })}
        />
        <TextField
          label="Update Service status check every (months)"
          hint="For volunteers on the DBS Update Service: from the last status check"
          className="input--short"
          inputMode="numeric"
          value={d.statusCheck}
          error={errors.dbsStatusCheckMonths}
          onChange={(e) => draft.set({ ...d, statusCheck: e.target.value })}
        />
        <Choice type="checkbox" label="Count training and shadowing as volunteer hours" checked={d.trainingCounts} onChange={(e) => draft.set({ ...d, trainingCounts: e.target.checked })} />

        <h3>What each role needs</h3>
        <p className="lede">Checked when a volunteer is made active, and shown on the Compliance page.</p>
        {DEFAULT_ROLES.map((r) => {
          const role = d.roles[r.id]!;
          return (
            <fieldset key={r.id} className="role-needs">
              <legend>{r.label}</legend>
              <div className="role-needs__grid">
                {/* Short labels beside the role's name; each control's full name says which role. */}
                <div className="role-needs__fields">
                  <SelectField label="DBS check" aria-label={`DBS check for ${r.label}`} value={role.dbsLevel} onChange={(e) => updateRole(r.id, { dbsLevel: e.target.value as DbsLevel })}>
                    {DBS_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {DBS_LEVEL_LABELS[l]}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label="Supervision every (weeks)"
                    aria-label={`Supervision every (weeks) for ${r.label}`}
                    hint="Blank for none"
                    className="input--short"
                    inputMode="numeric"
                    value={role.weeks}
                    error={errors[r.id]}
                    onChange={(e) => updateRole(r.id, { weeks: e.target.value })}
                  />
                </div>
                <ChoiceGroup legend="Courses">
                  {trainingCourses.map((c) => (
                    <Choice
                      key={c.id}
                      type="checkbox"
                      label={c.name}
                      checked={role.courseIds.includes(c.id)}
                      onChange={(e) => updateRole(r.id, { courseIds: e.target.checked ? [...role.courseIds, c.id] : role.courseIds.filter((x) => x !== c.id) })}
                    />
                  ))}
                </ChoiceGroup>
              </div>
            </fieldset>
          );
        })}
        <button type="submit" className="button">
          Save compliance rules
        </button>
      </form>
      {unsaved.dialog}
    </>
  );
}
