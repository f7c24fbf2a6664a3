import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { SUPERVISION_KIND_LABELS, SUPERVISION_KINDS, supervisionFormSchema, type Supervision, type SupervisionFormValues, type SupervisionInput } from '../../../../shared/domain/supervision';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../../components/Fields';
import { FormDialog } from '../../../components/FormDialog';
import { api } from '../../../lib/api';
import { useDialogSave } from '../../../lib/use-form-save';
import { DueStateText } from '../../compliance/DueState';
import { RecordDialogs, durationText, hoursForForm, type TabProps } from './shared';
import { FormButtons } from '../../../components/FormButtons';
import { RowActions } from '../../../components/RowActions';

/** Supervision log: when the next is due from their roles' frequency, and every session with its private notes. */
export function SupervisionTab({ view, onChange }: TabProps) {
  const [editing, setEditing] = useState<Supervision | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Supervision | null>(null);
  const every = view.requirements.supervisionEveryWeeks;
  return (
    <section aria-labelledby="supervision-title">
      <h2 id="supervision-title">Supervision</h2>
      <p className="requirements">
        {every ? `Their roles need supervision every ${every} weeks.` : 'Their roles have no set supervision.'} <DueStateText state={view.row.supervision.state} text={view.row.supervision.text} />
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Add supervision
        </button>
      </div>
      {view.supervision.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Supervision, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Supervisor</th>
                <th scope="col">Length</th>
                <th scope="col">Private notes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.supervision.map((s) => (
                <tr key={s.id}>
                  <td className="nowrap">{formatUkDate(s.date)}</td>
                  <td>{SUPERVISION_KIND_LABELS[s.kind]}</td>
                  <td>{s.supervisor}</td>
                  <td>{durationText(s.minutes)}</td>
                  <td>
                    {s.notes ? (
                      <details className="private-notes">
                        <summary>
                          Show notes<span className="visually-hidden"> from {formatUkDate(s.date)}</span>
                        </summary>
                        <p>{s.notes}</p>
                      </details>
                    ) : (
                      'None'
                    )}
                  </td>
                  <td>
                    <RowActions label={`supervision on ${formatUkDate(s.date)}`} onEdit={() => setEditing(s)} onDelete={() => setDeleting(s)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No supervision recorded.</p>
      )}
      <p className="lede">Notes are private: they are not printed, exported or written in the audit log.</p>
      <RecordDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(null);
          setDeleting(null);
        }}
        onChange={onChange}
        form={(record, onSaved, onCancel) => <SupervisionDialog volunteerId={view.volunteerId} record={record} onSaved={onSaved} onCancel={onCancel} />}
        what={(r) => `the supervision on ${formatUkDate(r.date)}`}
        remove={(r) => api.compliance.deleteSupervision({ volunteerId: view.volunteerId, recordId: r.id })}
      />
    </section>
  );
}

function SupervisionDialog({ volunteerId, record, onSaved, onCancel }: { volunteerId: string; record: Supervision | null; onSaved: TabProps['onChange']; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<SupervisionFormValues, unknown, SupervisionInput>({
    resolver: zodResolver(supervisionFormSchema),
    defaultValues: {
      date: formatUkDate(record?.date ?? todayIso()),
      kind: record?.kind ?? 'one-to-one',
      supervisor: record?.supervisor ?? '',
      minutes: hoursForForm(record?.minutes ?? 60),
      notes: record?.notes ?? '',
    },
  });
  const saving = useDialogSave(setFieldError, 'record');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      const view = await api.compliance.saveSupervision({ volunteerId, ...(record ? { recordId: record.id } : {}), record: input });
      onSaved(view, record ? 'Saved the supervision' : 'Added the supervision');
    });
  });
  return (
    <FormDialog title={record ? 'Edit supervision' : 'Add supervision'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          <SelectField label="Kind" error={errors.kind?.message} {...register('kind')}>
            {SUPERVISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {SUPERVISION_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <TextField label="Supervisor" error={errors.supervisor?.message} {...register('supervisor')} />
          <TextField label="How long (hours)" hint="For example 1 or 1.5" className="input--short" inputMode="decimal" error={errors.minutes?.message} {...register('minutes')} />
          <TextArea label="Private notes (optional)" hint="Only shown here, on this tab" error={errors.notes?.message} {...register('notes')} />
          <FormButtons submit={record ? 'Save supervision' : 'Add supervision'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
