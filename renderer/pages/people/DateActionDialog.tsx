import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, errorMessage } from '../../lib/api';
import { FormButtons } from '../../components/FormButtons';

const schema = z.object({ date: requiredUkDate('the date') });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** "When did this happen?" — one dated step on a loan or a consent (returned, withdrawn), for whichever record it changes. */
export function DateActionDialog<R>({
  title,
  dateLabel,
  confirmLabel,
  children,
  submit,
  onSaved,
  onCancel,
}: {
  title: string;
  dateLabel: string;
  confirmLabel: string;
  children?: ReactNode;
  submit: (dateIso: string) => Promise<R>;
  onSaved: (record: R) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { date: formatUkDate(todayIso()) },
  });
  const onSubmit = handleSubmit(async ({ date }) => {
    setError(null);
    try {
      onSaved(await submit(date));
    } catch (e) {
      const message = e instanceof ApiCallError ? e.fields.date : undefined;
      if (message) setFieldError('date', { type: 'server', message });
      else setError(errorMessage(e));
    }
  });
  return (
    <FormDialog title={title} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          {children}
          <ErrorNotice message={error} />
          <TextField label={dateLabel} hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
          <FormButtons submit={confirmLabel} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
