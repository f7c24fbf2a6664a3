import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { NewsletterDetail, NewsletterRecipients } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { channelSentence } from './recipient-text';
import { FormButtons } from '../../components/FormButtons';

const schema = z.object({ date: requiredUkDate('the date it was sent') });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/**
 * "Mark as sent": records the day it went out and everyone it went to, each with how. After
 * this the issue is the record of what was sent and cannot be changed.
 */
export function MarkSentDialog({ issueId, recipients, onSent, onCancel }: { issueId: string; recipients: NewsletterRecipients | null; onSent: (detail: NewsletterDetail) => void; onCancel: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { date: formatUkDate(todayIso()) },
  });
  const onSubmit = handleSubmit(async ({ date }) => {
    setError(null);
    try {
      onSent(await api.newsletters.markSent({ id: issueId, date }));
    } catch (e) {
      const message = e instanceof ApiCallError ? e.fields.date : undefined;
      if (message) setFieldError('date', { type: 'server', message });
      else setError(errorMessage(e));
    }
  });
  return (
    <FormDialog title="Mark this newsletter as sent?" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          {recipients ? (
            <p>
              It will be recorded as sent to <strong>{recipients.total}</strong> {recipients.total === 1 ? 'person' : 'people'}: {channelSentence(recipients.counts)}.
            </p>
          ) : null}
          <p>After this the newsletter can't be changed: it is the record of what went out and to whom. You can still print it, or make a copy to edit.</p>
          <ErrorNotice message={error} />
          <TextField label="Date it was sent" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
          <FormButtons submit="Mark as sent" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
