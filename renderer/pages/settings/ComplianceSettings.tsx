import { useState, type FormEvent } from 'react';
import { DBS_LEVEL_LABELS, DBS_LEVELS, type DbsLevel } from '../../../shared/domain/dbs';
import { requirementsFor } from '../../../shared/domain/role-requirements';
import { DEFAULT_ROLES } from '../../../shared/domain/roles';
import type { Course, CourseInput } from '../../../shared/domain/training';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import '../compliance/compliance.css';

/** Settings → volunteer checks: DBS renewal, training hours, what each role needs, and the course catalogue. */
export function ComplianceSettings() {
  return (
    <>
      <ChecksForm />
      <RoleRequirementsForm />
      <CourseCatalogue />
    </>
  );
}

function wholeNumber(text: string): number | null {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text) : null;
}

function ChecksForm() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const s = status.settings;
  const [renewal, setRenewal] = useState(String(s.dbsRenewalMonths));
  const [statusCheck, setStatusCheck] = useState(String(s.dbsStatusCheckMonths));
  const [trainingCounts, setTrainingCounts] = useState(s.trainingHoursCount);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function save(e: FormEvent) {
    e.preventDefault();
    const dbsRenewalMonths = wholeNumber(renewal);
    const dbsStatusCheckMonths = wholeNumber(statusCheck);
    const problems: Record<string, string> = {};
    if (dbsRenewalMonths === null) problems.dbsRenewalMonths = 'Enter a whole number of months, like 36';
    if (dbsStatusCheckMonths === null) problems.dbsStatusCheckMonths = 'Enter a whole number of months, like 12';
    setErrors(problems);
    if (dbsRenewalMonths === null || dbsStatusCheckMonths === null) return;
    try {
      await api.settings.update({ dbsRenewalMonths, dbsStatusCheckMonths, trainingHoursCount: trainingCounts });
      await refresh();
      flash('Settings saved');
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="checks-title">
      <h2 id="checks-title">DBS checks and volunteer hours</h2>
      <TextField
        label="Renew DBS checks after (months)"
        hint="From the issue date. 36 months (3 years) is common. Warnings start 60, 30 and 7 days before."
        className="input--short"
        inputMode="numeric"
        value={renewal}
        error={errors.dbsRenewalMonths}
        onChange={(e) => setRenewal(e.target.value)}
      />
      <TextField
        label="Update Service status check every (months)"
        hint="For volunteers on the DBS Update Service: from the last status check"
        className="input--short"
        inputMode="numeric"
        value={statusCheck}
        error={errors.dbsStatusCheckMonths}
        onChange={(e) => setStatusCheck(e.target.value)}
      />
      <Choice type="checkbox" label="Count training and shadowing as volunteer hours" checked={trainingCounts} onChange={(e) => setTrainingCounts(e.target.checked)} />
      <div className="button-row">
        <button type="submit" className="button">
          Save check settings
        </button>
      </div>
    </form>
  );
}

interface RoleDraft {
  dbsLevel: DbsLevel;
  courseIds: string[];
  weeks: string;
}

function RoleRequirementsForm() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const { roleRequirements, trainingCourses } = status.settings;
  const [drafts, setDrafts] = useState<Record<string, RoleDraft>>(() =>
    Object.fromEntries(
      DEFAULT_ROLES.map((r) => {
        const req = requirementsFor(r.id, roleRequirements);
        return [r.id, { dbsLevel: req.dbsLevel, courseIds: req.courseIds, weeks: req.supervisionEveryWeeks ? String(req.supervisionEveryWeeks) : '' }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (roleId: string, next: Partial<RoleDraft>) => setDrafts({ ...drafts, [roleId]: { ...drafts[roleId]!, ...next } });

  async function save(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const input = DEFAULT_ROLES.map((r) => {
      const d = drafts[r.id]!;
      const weeks = d.weeks.trim() === '' ? undefined : wholeNumber(d.weeks);
      if (weeks === null || (weeks !== undefined && (weeks < 1 || weeks > 52))) problems[r.id] = 'Enter weeks from 1 to 52, or leave it blank for none';
      return { roleId: r.id, dbsLevel: d.dbsLevel, courseIds: d.courseIds, ...(weeks ? { supervisionEveryWeeks: weeks } : {}) };
    });
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.settings.update({ roleRequirements: input });
      await refresh();
      flash('Role requirements saved');
    } catch (err) {
      flash(errorMessage(err), 'error');
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="roles-title" className="role-requirements">
      <h2 id="roles-title">What each role needs</h2>
      <p className="lede">Checked when a volunteer is made active, and shown on the Compliance page.</p>
      {DEFAULT_ROLES.map((r) => {
        const d = drafts[r.id]!;
        return (
          <fieldset key={r.id}>
            <legend>{r.label}</legend>
            <div className="inline-fields">
              <SelectField label={`DBS check for ${r.label}`} value={d.dbsLevel} onChange={(e) => update(r.id, { dbsLevel: e.target.value as DbsLevel })}>
                {DBS_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {DBS_LEVEL_LABELS[l]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={`Supervision every (weeks) for ${r.label}`}
                hint="Blank for none"
                className="input--short"
                inputMode="numeric"
                value={d.weeks}
                error={errors[r.id]}
                onChange={(e) => update(r.id, { weeks: e.target.value })}
              />
            </div>
            <ChoiceGroup legend={`Courses for ${r.label}`}>
              {trainingCourses.map((c) => (
                <Choice
                  key={c.id}
                  type="checkbox"
                  label={c.name}
                  checked={d.courseIds.includes(c.id)}
                  onChange={(e) => update(r.id, { courseIds: e.target.checked ? [...d.courseIds, c.id] : d.courseIds.filter((x) => x !== c.id) })}
                />
              ))}
            </ChoiceGroup>
          </fieldset>
        );
      })}
      <button type="submit" className="button">
        Save role requirements
      </button>
    </form>
  );
}

function toInput(c: Course): CourseInput {
  return { id: c.id, name: c.name, hours: c.hours, provider: c.provider, accredited: c.accredited, modules: c.modules, renewAfterMonths: c.renewAfterMonths, shadowing: c.shadowing, format: c.format };
}

function CourseCatalogue() {
  const { status, refresh } = useAppStatus();
  const { flash } = useFlash();
  const courses = status.settings.trainingCourses;
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [removing, setRemoving] = useState<Course | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function saveAll(next: CourseInput[], message: string) {
    setError(null);
    await api.settings.update({ trainingCourses: next });
    await refresh();
    flash(message);
  }

  return (
    <section aria-labelledby="courses-title">
      <h2 id="courses-title">Training courses</h2>
      <ErrorNotice message={error} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Training course catalogue</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Hours</th>
              <th scope="col">Provider</th>
              <th scope="col">Accredited</th>
              <th scope="col">Modules</th>
              <th scope="col">Renew after</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {courses.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.name}
                  {c.format ? <div className="lede">{c.format}</div> : null}
                </th>
                <td>{c.hours}</td>
                <td>{c.provider ?? ''}</td>
                <td>{c.accredited ? 'Yes' : 'No'}</td>
                <td>{c.modules.length === 0 ? 'None' : `${c.modules.length}${c.shadowing ? ', with shadowing' : ''}`}</td>
                <td>{c.renewAfterMonths ? `${c.renewAfterMonths} months` : 'Never'}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button button--secondary" onClick={() => setEditing(c)}>
                      Edit<span className="visually-hidden"> {c.name}</span>
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => setRemoving(c)}>
                      Remove<span className="visually-hidden"> {c.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Add course
        </button>
      </div>
      {editing ? (
        <CourseDialog
          course={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          save={async (input) => {
            const next = editing === 'new' ? [...courses.map(toInput), input] : courses.map((c) => (c.id === editing.id ? { ...input, id: c.id } : toInput(c)));
            await saveAll(next, editing === 'new' ? `Added ${input.name}` : `Saved ${input.name}`);
            setEditing(null);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove course"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const course = removing;
            setRemoving(null);
            saveAll(
              courses.filter((c) => c.id !== course.id).map(toInput),
              `Removed ${course.name}`,
            ).catch((e: unknown) => setError(errorMessage(e)));
          }}
        >
          <p>Roles that ask for it will stop asking. A course with training records cannot be removed.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function CourseDialog({ course, save, onCancel }: { course: Course | null; save: (input: CourseInput) => Promise<void>; onCancel: () => void }) {
  const [v, setV] = useState({
    name: course?.name ?? '',
    hours: course ? String(course.hours) : '',
    provider: course?.provider ?? '',
    accredited: course?.accredited ?? false,
    modules: course?.modules.join('\n') ?? '',
    renew: course?.renewAfterMonths ? String(course.renewAfterMonths) : '',
    shadowing: course?.shadowing ?? false,
    format: course?.format ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!v.name.trim()) problems.name = 'Enter the name of the course';
    const hours = /^\d{1,4}(\.\d{1,2})?$/.test(v.hours.trim()) ? Number(v.hours) : null;
    if (hours === null) problems.hours = 'Enter the hours as a number, like 20 or 2.5';
    const renew = v.renew.trim() === '' ? undefined : wholeNumber(v.renew);
    if (renew === null || renew === 0) problems.renew = 'Enter whole months, like 36, or leave blank if it never expires';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || hours === null || renew === null) return;
    const modules = v.modules.split('\n').map((m) => m.trim()).filter(Boolean);
    try {
      await save({
        name: v.name.trim(),
        hours,
        ...(v.provider.trim() ? { provider: v.provider.trim() } : {}),
        accredited: v.accredited,
        modules,
        ...(renew ? { renewAfterMonths: renew } : {}),
        shadowing: v.shadowing,
        ...(v.format.trim() ? { format: v.format.trim() } : {}),
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Dialog title={course ? `Edit ${course.name}` : 'Add course'} onClose={onCancel}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorNotice message={error} />
        <TextField label="Course name" value={v.name} error={errors.name} onChange={(e) => setV({ ...v, name: e.target.value })} />
        <TextField label="Hours" className="input--short" inputMode="decimal" value={v.hours} error={errors.hours} onChange={(e) => setV({ ...v, hours: e.target.value })} />
        <TextField label="Provider (optional)" value={v.provider} onChange={(e) => setV({ ...v, provider: e.target.value })} />
        <TextField label="How it runs (optional)" hint="For example: 10 half-days over 10 weeks" value={v.format} onChange={(e) => setV({ ...v, format: e.target.value })} />
        <TextArea label="Modules (optional)" hint="One a line, in order" value={v.modules} onChange={(e) => setV({ ...v, modules: e.target.value })} />
        <TextField label="Renew after (months, optional)" hint="Leave blank if it never expires" className="input--short" inputMode="numeric" value={v.renew} error={errors.renew} onChange={(e) => setV({ ...v, renew: e.target.value })} />
        <Choice type="checkbox" label="Accredited" checked={v.accredited} onChange={(e) => setV({ ...v, accredited: e.target.checked })} />
        <Choice type="checkbox" label="Includes shadowing" checked={v.shadowing} onChange={(e) => setV({ ...v, shadowing: e.target.checked })} />
        <div className="button-row">
          <button type="submit" className="button">
            {course ? 'Save course' : 'Add course'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
