import { useState, type FormEvent } from 'react';
import type { Course, CourseInput } from '../../../shared/domain/training';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useDraft } from './use-draft';
import { wholeNumber } from './whole-number';
import { FormButtons } from '../../components/FormButtons';
import { RowActions } from '../../components/RowActions';

function toInput(c: Course): CourseInput {
  return { id: c.id, name: c.name, hours: c.hours, provider: c.provider, accredited: c.accredited, modules: c.modules, renewAfterMonths: c.renewAfterMonths, shadowing: c.shadowing, format: c.format };
}

/** Settings → Courses: the training catalogue that roles ask for and training records name. */
export function CourseSettings() {
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
    <>
      <ErrorNotice message={error} />
      <div className="table-wrap">
        <table className="course-table">
          <caption className="visually-hidden">Training course catalogue</caption>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Hours</th>
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
                {/* Who runs it and how under the name, so the table fits beside the list of sections. */}
                <th scope="row">
                  {c.name}
                  {c.format ? <div className="lede">{c.format}</div> : null}
                  {c.provider || c.accredited ? <div className="lede">{[c.provider, c.accredited ? 'Accredited' : null].filter(Boolean).join(' · ')}</div> : null}
                </th>
                <td>{c.hours}</td>
                <td>{c.modules.length === 0 ? 'None' : `${c.modules.length}${c.shadowing ? ', with shadowing' : ''}`}</td>
                <td>{c.renewAfterMonths ? `${c.renewAfterMonths} months` : 'Never'}</td>
                <td>
                  <RowActions label={c.name} onEdit={() => setEditing(c)} onDelete={() => setRemoving(c)} deleteLabel="Remove" />
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
    </>
  );
}

function CourseDialog({ course, save, onCancel }: { course: Course | null; save: (input: CourseInput) => Promise<void>; onCancel: () => void }) {
  const draft = useDraft(() => ({
    name: course?.name ?? '',
    hours: course ? String(course.hours) : '',
    provider: course?.provider ?? '',
    accredited: course?.accredited ?? false,
    modules: course?.modules.join('\n') ?? '',
    renew: course?.renewAfterMonths ? String(course.renewAfterMonths) : '',
    shadowing: course?.shadowing ?? false,
    format: course?.format ?? '',
  }));
  const v = draft.value;
  const setV = draft.set;
  // Escape and Cancel ask before throwing away what was typed (the page behind is inert, so no link can be followed).
  const unsaved = useUnsavedChanges(draft.dirty, 'dialog');
  const close = () => unsaved.confirmLeave(onCancel);
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
    <>
      <Dialog title={course ? `Edit ${course.name}` : 'Add course'} onClose={close}>
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
          <FormButtons submit={course ? 'Save course' : 'Add course'} onCancel={close} />
        </form>
      </Dialog>
      {unsaved.dialog}
    </>
  );
}
