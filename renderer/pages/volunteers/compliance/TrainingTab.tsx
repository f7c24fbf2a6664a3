import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { TrainingView } from '../../../../shared/api';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import type { ShadowingSession } from '../../../../shared/domain/training';
import { shadowingFormSchema, TRAINING_STATUS_LABELS, TRAINING_STATUSES, trainingFormSchema, type Course, type TrainingFormOutput, type TrainingFormValues } from '../../../../shared/domain/training';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Choice, SelectField, TextField } from '../../../components/Fields';
import { FormDialog } from '../../../components/FormDialog';
import { api } from '../../../lib/api';
import { useAppStatus } from '../../../lib/app-status';
import { useDialogSave } from '../../../lib/use-form-save';
import { DueStateText } from '../../compliance/DueState';
import { RecordDialogs, durationText, type TabProps } from './shared';
import { FormButtons } from '../../../components/FormButtons';
import { RowActions } from '../../../components/RowActions';

/** Courses their roles need, with where each stands, and every training record. */
export function TrainingTab({ view, onChange }: TabProps) {
  const [editing, setEditing] = useState<TrainingView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TrainingView | null>(null);
  return (
    <section aria-labelledby="training-title">
      <h2 id="training-title">Training</h2>
      {view.courseStatuses.length === 0 ? (
        <p className="requirements">Their roles do not need any courses.</p>
      ) : (
        <>
          <p className="requirements">
            <DueStateText state={view.row.training.state} text={view.row.training.text} />
          </p>
          <ul>
            {view.courseStatuses.map((c) => (
              <li key={c.courseId}>
                <DueStateText
                  state={c.status.state}
                  text={`${c.text}: ${c.status.state === 'missing' ? 'not completed' : c.status.state === 'overdue' ? 'expired' : c.status.state === 'due-soon' ? 'expires soon' : 'done'}`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add training
        </button>
      </div>
      {view.training.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Training records, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Date</th>
                <th scope="col">Progress</th>
                <th scope="col">Certificate</th>
                <th scope="col">Expires</th>
                <th scope="col">Shadowing</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.training.map((t) => (
                <tr key={t.id}>
                  <td>{t.courseName}</td>
                  <td className="nowrap">{formatUkDate(t.date)}</td>
                  <td>{t.progressText}</td>
                  <td>{t.certificateHeld ? 'Held' : 'Not held'}</td>
                  <td className="nowrap">{t.expiryDue ? formatUkDate(t.expiryDue) : 'Does not expire'}</td>
                  <td>{t.shadowing.length === 0 ? 'None' : `${t.shadowing.length} ${t.shadowing.length === 1 ? 'session' : 'sessions'}, ${durationText(t.shadowing.reduce((s, x) => s + x.minutes, 0))}`}</td>
                  <td>
                    <RowActions label={`${t.courseName}, ${formatUkDate(t.date)}`} onEdit={() => setEditing(t)} onDelete={() => setDeleting(t)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No training recorded.</p>
      )}
      {view.trainingHoursCount ? <p className="lede">Training and shadowing count as volunteer hours (Settings).</p> : null}
      <RecordDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(null);
          setDeleting(null);
        }}
        onChange={onChange}
        form={(record, onSaved, onCancel) => <TrainingDialog volunteerId={view.volunteerId} record={record} onSaved={onSaved} onCancel={onCancel} />}
        what={(r) => `the ${r.courseName} record`}
        remove={(r) => api.compliance.deleteTraining({ volunteerId: view.volunteerId, recordId: r.id })}
      />
    </section>
  );
}

function formFrom(t: TrainingView | null, courses: readonly Course[]): TrainingFormValues {
  return {
    courseId: t?.courseId ?? courses[0]?.id ?? '',
    date: formatUkDate(t?.date ?? todayIso()),
    status: t?.status ?? 'completed',
    modulesDone: String(t?.modulesDone ?? 0),
    certificateHeld: t?.certificateHeld ?? false,
    expiry: formatUkDate(t?.expiry),
  };
}

type ShadowingDraft = Omit<ShadowingSession, 'id'> & { id?: string };

function TrainingDialog({ volunteerId, record, onSaved, onCancel }: { volunteerId: string; record: TrainingView | null; onSaved: TabProps['onChange']; onCancel: () => void }) {
  const courses = useAppStatus().status.settings.trainingCourses;
  const [shadowing, setShadowing] = useState<ShadowingDraft[]>(record?.shadowing ?? []);
  const [emptyDraft] = useState(() => ({ date: formatUkDate(todayIso()), hours: '', note: '' }));
  const [draft, setDraft] = useState(emptyDraft);
  const [draftErrors, setDraftErrors] = useState<Record<string, string>>({});
  const form = useForm<TrainingFormValues, unknown, TrainingFormOutput>({ resolver: zodResolver(trainingFormSchema), defaultValues: formFrom(record, courses) });
  const { register, handleSubmit, formState, control, setError: setFieldError } = form;
  const saving = useDialogSave(setFieldError, 'record');
  const errors = formState.errors;
  const courseId = useWatch({ control, name: 'courseId' });
  const status = useWatch({ control, name: 'status' });
  const course = courses.find((c) => c.id === courseId);
  // The shadowing list and the session being typed are kept outside react-hook-form, so they
  // count too: a session added or half typed is as much lost work as a changed field.
  const dirty = formState.isDirty || JSON.stringify(shadowing) !== JSON.stringify(record?.shadowing ?? []) || JSON.stringify(draft) !== JSON.stringify(emptyDraft);

  function addShadowing() {
    const parsed = shadowingFormSchema.safeParse(draft);
    if (!parsed.success) {
      setDraftErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setDraftErrors({});
    const note = parsed.data.note;
    setShadowing([...shadowing, { date: parsed.data.date, minutes: parsed.data.hours ?? 0, ...(note ? { note } : {}) }]);
    setDraft({ ...draft, hours: '', note: '' });
  }

  const onSubmit = handleSubmit(async (values) => {
    await saving.run(async () => {
      const view = await api.compliance.saveTraining({
        volunteerId,
        ...(record ? { recordId: record.id } : {}),
        record: { ...values, shadowing: shadowing.map((s) => ({ ...s })) },
      });
      onSaved(view, record ? 'Saved the training record' : 'Added the training record');
    });
  });

  return (
    <FormDialog title={record ? 'Edit training' : 'Add training'} dirty={dirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <SelectField label="Course" error={errors.courseId?.message} {...register('courseId')}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.hours} hours)
              </option>
            ))}
          </SelectField>
          {course?.format ? <p className="lede">{course.format}</p> : null}
          <SelectField label="Completed or in progress" error={errors.status?.message} {...register('status')}>
            {TRAINING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {TRAINING_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
          <TextField label={status === 'completed' ? 'Date completed' : 'Date started'} hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          {status === 'in-progress' && course && course.modules.length > 0 ? (
            <SelectField label="Modules done" error={errors.modulesDone?.message} {...register('modulesDone')}>
              {Array.from({ length: course.modules.length + 1 }, (_, i) => (
                <option key={i} value={String(i)}>
                  {i} of {course.modules.length}
                </option>
              ))}
            </SelectField>
          ) : null}
          <Choice type="checkbox" label="Certificate held" {...register('certificateHeld')} />
          <TextField
            label="Expiry date (optional)"
            hint={course?.renewAfterMonths ? `dd/mm/yyyy. Leave blank to use the course's ${course.renewAfterMonths} months.` : 'dd/mm/yyyy. Leave blank if it does not expire.'}
            className="input--short"
            inputMode="numeric"
            error={errors.expiry?.message}
            {...register('expiry')}
          />
          <fieldset>
            <legend>Shadowing sessions</legend>
            {shadowing.length === 0 ? (
              <p className="lede">None recorded.</p>
            ) : (
              <ul className="shadowing-list">
                {shadowing.map((s, i) => (
                  <li key={s.id ?? `new-${i}`}>
                    {formatUkDate(s.date)}: {durationText(s.minutes)}
                    {s.note ? `, ${s.note}` : ''}{' '}
                    <button type="button" className="button button--link" onClick={() => setShadowing(shadowing.filter((_, j) => j !== i))}>
                      Remove<span className="visually-hidden"> shadowing on {formatUkDate(s.date)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="inline-fields">
              <TextField label="Shadowing date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" value={draft.date} error={draftErrors.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
              <TextField label="Hours shadowing" className="input--short" inputMode="decimal" value={draft.hours} error={draftErrors.hours} onChange={(e) => setDraft({ ...draft, hours: e.target.value })} />
              <TextField label="Who or where (optional)" value={draft.note} error={draftErrors.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
            </div>
            <button type="button" className="button button--secondary" onClick={addShadowing}>
              Add shadowing session
            </button>
          </fieldset>
          <FormButtons submit={record ? 'Save training' : 'Add training'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
