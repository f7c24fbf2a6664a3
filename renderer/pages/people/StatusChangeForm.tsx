import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { optionalText, requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, errorMessage } from '../../lib/api';
import { FormButtons } from '../../components/FormButtons';

function statusFormSchema(statuses: readonly [string, ...string[]]) {
  return z
    .object({
      status: z.enum(statuses),
      date: requiredUkDate('the date'),
      note: optionalText('note', 2000),
      reason: optionalText('reason', 500),
    })
    .superRefine((v, ctx) => {
      if (v.status === 'left' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason for leaving' });
    });
}
type StatusFormValues = z.input<ReturnType<typeof statusFormSchema>>;
export type StatusFormOutput = z.output<ReturnType<typeof statusFormSchema>>;

/**
 * Dated status changes in any pipeline (volunteers, members), in a dialog titled `title`;
 * leaving asks for a reason and keeps the record. `submit` calls the kind's changeStatus and
 * returns the saved record. Cancel and Escape ask first once something has been changed.
 */
export function StatusChangeForm<S extends string, R>({
  title,
  statuses,
  labels,
  initialStatus,
  submit,
  onSaved,
  onCancel,
}: {
  title: string;
  statuses: readonly [S, ...S[]];
  labels: Record<S, string>;
  initialStatus: S;
  submit: (values: { status: S; date: string; note?: string | undefined; reason?: string | undefined }) => Promise<R>;
  onSaved: (saved: R) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const schema = useMemo(() => statusFormSchema(statuses), [statuses]);
  const form = useForm<StatusFormValues, unknown, StatusFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: { status: initialStatus, date: formatUkDate(todayIso()), note: '', reason: '' },
  });
  const { register, handleSubmit, control, formState, setError: setFieldError } = form;
  const leaving = useWatch({ control, name: 'status' }) === 'left';

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      // The schema only accepts the statuses given, so the value is one of S.
      onSaved(await submit({ ...values, status: values.status as S }));
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) {
        for (const [path, message] of Object.entries(e.fields)) setFieldError(path as keyof StatusFormValues, { message });
      } else setError(errorMessage(e));
    }
  });

  return (
    <FormDialog title={title} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Change status">
          <ErrorNotice message={error} />
          <SelectField label="Status" error={formState.errors.status?.message} {...register('status')}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {labels[s]}
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
          <FormButtons submit={leaving ? 'Record leaving' : 'Change status'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
