import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { STATUS_LABELS, VOLUNTEER_STATUSES, type Volunteer, type VolunteerStatus } from '../../../shared/domain/volunteers';
import { optionalText, requiredUkDate } from '../../../shared/fields';
import { SelectField, TextArea, TextField } from '../../components/Fields';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';

const statusFormSchema = z
  .object({
    status: z.enum(VOLUNTEER_STATUSES),
    date: requiredUkDate('the date'),
    note: optionalText('note', 2000),
    reason: optionalText('reason', 500),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'left' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason for leaving' });
  });
type StatusFormValues = z.input<typeof statusFormSchema>;
type StatusFormOutput = z.output<typeof statusFormSchema>;

/** Dated status changes; leaving asks for a reason and keeps the record. */
export function StatusChangeForm({
  volunteer,
  initialStatus,
  onSaved,
  onCancel,
}: {
  volunteer: Volunteer;
  initialStatus: VolunteerStatus;
  onSaved: (v: Volunteer) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<StatusFormValues, unknown, StatusFormOutput>({
    resolver: zodResolver(statusFormSchema),
    defaultValues: { status: initialStatus, date: formatUkDate(todayIso()), note: '', reason: '' },
  });
  const { register, handleSubmit, control, formState, setError: setFieldError } = form;
  const leaving = useWatch({ control, name: 'status' }) === 'left';

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      onSaved(await api.volunteers.changeStatus({ id: volunteer.id, ...values }));
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) {
        for (const [path, message] of Object.entries(e.fields)) setFieldError(path as keyof StatusFormValues, { message });
      } else setError(errorMessage(e));
    }
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Change status">
      <ErrorNotice message={error} />
      <SelectField label="Status" error={formState.errors.status?.message} {...register('status')}>
        {VOLUNTEER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={leaving ? 'Date they left' : 'Date of change'}
        hint="dd/mm/yyyy"
        className="input--short"
        error={formState.errors.date?.message}
        {...register('date')}
      />
      {leaving ? (
        <TextField label="Reason for leaving" hint="For example: moved away, started work, health" error={formState.errors.reason?.message} {...register('reason')} />
      ) : null}
      <TextArea label="Note (optional)" error={formState.errors.note?.message} {...register('note')} />
      {leaving ? <p className="lede">Their record and history are kept. They can come back later.</p> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {leaving ? 'Record leaving' : 'Change status'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
