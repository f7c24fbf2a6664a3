import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ReportView } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { requiredText, requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api, errorMessage } from '../../lib/api';
import { applyServerErrors, fieldId } from '../../lib/form-errors';
import { FormButtons } from '../../components/FormButtons';

// The same words as the API's checks; the date's range (not before the period, not in the
// future) is checked there, with the report to hand.
const schema = z.object({ sentOn: requiredUkDate('the date it was sent'), recipient: requiredText('who it was sent to', 300) });
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/**
 * "Mark as sent": the day the report went and who to. Saving keeps the report's figures and
 * words as they are now, so the copy sent can be made again exactly, whatever is keyed in later.
 */
export function MarkReportSentDialog({ view, onSent, onCancel }: { view: ReportView; onSent: (view: ReportView) => void; onCancel: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { sentOn: formatUkDate(todayIso()), recipient: '' },
  });
  const onSubmit = handleSubmit(async ({ sentOn, recipient }) => {
    setError(null);
    try {
      onSent(await api.grants.markReportSent({ grantId: view.grantId, reportId: view.report.id, sentOn, recipient }));
    } catch (e) {
      if (!applyServerErrors(e, setFieldError)) setError(errorMessage(e));
    }
  });
  return (
    <FormDialog title="Mark this report as sent?" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            Peer Desk keeps the figures as they are today as the copy you sent. Registers keyed in later will not change it: the report page will say what has changed
            since.
          </p>
          <ErrorNotice message={error} />
          <TextField
            id={fieldId('sentOn')}
            label="Date it was sent"
            hint={`dd/mm/yyyy, from ${formatUkDate(view.report.from)} up to today`}
            className="input--short"
            inputMode="numeric"
            error={formState.errors.sentOn?.message}
            {...register('sentOn')}
          />
          <TextField
            id={fieldId('recipient')}
            label="Who it was sent to"
            hint="The funder and how, like “Community Wellbeing Foundation, grants@cwf.org.uk”"
            autoComplete="off"
            error={formState.errors.recipient?.message}
            {...register('recipient')}
          />
          <FormButtons submit="Mark as sent" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
