import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { SubjectAccessView } from '../../../shared/api';
import { formatUkDateLong, todayIso } from '../../../shared/dates';
import { REQUEST_METHOD_LABELS, REQUEST_METHODS, REQUESTER_LABELS, REQUESTERS, type SubjectAccessRequest, type SubjectType } from '../../../shared/domain/subject-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { subjectAccessFormSchema, subjectAccessFormValues, typedDueDate, type SubjectAccessFormOutput, type SubjectAccessFormValues } from './subject-access-form';

/**
 * "Subject access request": when it came in, how, and who asked. The due date (one calendar
 * month on) shows as the date is typed, so the coordinator knows at once how long they have.
 * Opened from a member's, volunteer's or referral's page, or to correct a request on its own.
 */
export function SubjectAccessDialog({
  subject,
  name,
  request,
  onSaved,
  onCancel,
}: {
  /** For a new request: whose record it is about. */
  subject?: { type: SubjectType; id: string };
  name: string;
  request?: SubjectAccessRequest;
  onSaved: (saved: SubjectAccessView) => void;
  onCancel: () => void;
}) {
  const { register, handleSubmit, formState, setError, control } = useForm<SubjectAccessFormValues, unknown, SubjectAccessFormOutput>({
    resolver: zodResolver(subjectAccessFormSchema),
    defaultValues: subjectAccessFormValues(request, todayIso()),
  });
  const { error, run } = useDialogSave(setError, 'request');
  const errors = formState.errors;
  const [receivedDate, requester] = useWatch({ control, name: ['receivedDate', 'requester'] });
  const due = typedDueDate(receivedDate);
  const onSubmit = handleSubmit((input) =>
    run(async () => {
      if (request) onSaved(await api.subjectAccess.update({ id: request.id, request: input }));
      else if (subject) onSaved(await api.subjectAccess.create({ subjectType: subject.type, subjectId: subject.id, request: input }));
    }),
  );
  return (
    <FormDialog title={request ? `Change the request from ${name}` : `Subject access request: ${name}`} dirty={formState.isDirty} onCancel={onCancel} className="dialog--breach">
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <p>A person may ask for a copy of everything you hold about them. You must answer within one calendar month of receiving the request.</p>
          <TextField label="Date received" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.receivedDate?.message} {...register('receivedDate')} />
          <p className="sar-due" aria-live="polite">
            {due ? (
              <>
                Answer by <strong>{formatUkDateLong(due)}</strong>
                {request?.extension ? ' (before the extension)' : ''}
              </>
            ) : (
              'The answer is due one calendar month after the date received.'
            )}
          </p>
          <ChoiceGroup legend="How did the request come in?" error={errors.method?.message}>
            {REQUEST_METHODS.map((m) => (
              <Choice key={m} type="radio" value={m} label={REQUEST_METHOD_LABELS[m]} {...register('method')} />
            ))}
          </ChoiceGroup>
          <ChoiceGroup legend="Who asked?" error={errors.requester?.message}>
            {REQUESTERS.map((r) => (
              <Choice key={r} type="radio" value={r} label={REQUESTER_LABELS[r]} {...register('requester')} />
            ))}
          </ChoiceGroup>
          {requester === 'on-their-behalf' ? (
            <TextArea
              label="Who asked, and their authority"
              hint="For example: Jo Smith, solicitor, signed authority seen"
              rows={2}
              error={errors.requesterDetails?.message}
              {...register('requesterDetails')}
            />
          ) : null}
          <TextArea label="Notes (optional)" hint="What they asked for, and anything agreed about how to send it" rows={3} error={errors.notes?.message} {...register('notes')} />
          <FormButtons submit={request ? 'Save request' : 'Record request'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
