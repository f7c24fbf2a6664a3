import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ConsentReviewRow } from '../../../shared/domain/consent-reviews';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { nextReviewAfter } from '../../../shared/domain/consent-reviews';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api, ApiCallError, errorMessage } from '../../lib/api';

const schema = z
  .object({ on: requiredUkDate('the date they said they still agree'), next: requiredUkDate('the next review date') })
  .superRefine((v, ctx) => {
    if (v.next <= v.on) ctx.addIssue({ code: 'custom', path: ['next'], message: 'The next review date must be after the date it was checked' });
  });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/**
 * "Mark reviewed": they still agree. Asks when that was (today unless said otherwise) and when
 * to check again (two years on). One save on their record, with its audit entry.
 */
export function ReviewConsentDialog({ row, onSaved, onCancel }: { row: ConsentReviewRow; onSaved: () => void; onCancel: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { on: formatUkDate(today), next: formatUkDate(nextReviewAfter(today)) },
  });
  const onSubmit = handleSubmit(async ({ on, next }) => {
    setError(null);
    const area = row.kind === 'member' ? api.members : api.volunteers;
    try {
      await area.reviewConsent({ id: row.personId, consentId: row.consentId, review: { on, next } });
      onSaved();
    } catch (e) {
      const fields = e instanceof ApiCallError ? e.fields : {};
      if (fields['review.on']) setFieldError('on', { type: 'server', message: fields['review.on'] });
      else if (fields['review.next']) setFieldError('next', { type: 'server', message: fields['review.next'] });
      else setError(errorMessage(e));
    }
  });
  return (
    <FormDialog title={`${row.what}: ${row.name}`} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            Agreed on {formatUkDate(row.given)}. Record that they still agree, and when to ask again. If they no longer agree, withdraw the consent on their page instead.
          </p>
          <ErrorNotice message={error} />
          <TextField label="They said they still agree on" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.on?.message} {...register('on')} />
          <TextField label="Ask again on" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.next?.message} {...register('next')} />
          <FormButtons submit="Mark reviewed" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
