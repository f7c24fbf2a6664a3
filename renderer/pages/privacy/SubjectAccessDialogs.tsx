import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { SubjectAccessView } from '../../../shared/api';
import { formatUkDateLong } from '../../../shared/dates';
import { extendedDueDate, extensionInputSchema, MAX_EXTENSION_MONTHS, withholdReasonSchema } from '../../../shared/domain/subject-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';

/** The dialogs of a request's page: more time, and holding an item back. */

const extendForm = z.object({ months: z.enum(['1', '2'], { error: 'Choose one or two more months' }).transform(Number), reason: extensionInputSchema.shape.reason });
type ExtendValues = z.input<typeof extendForm>;

/** "Extend the time": once, by one or two months, with the reason the person must be told. The new due date shows as it is chosen. */
export function ExtendDialog({ view, onSaved, onCancel }: { view: SubjectAccessView; onSaved: (saved: SubjectAccessView) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError, control } = useForm<ExtendValues, unknown, z.output<typeof extendForm>>({ resolver: zodResolver(extendForm), defaultValues: { reason: '' } });
  const { error, run } = useDialogSave(setError, 'extension');
  const months = useWatch({ control, name: 'months' });
  const onSubmit = handleSubmit((extension) => run(async () => onSaved(await api.subjectAccess.extend({ id: view.id, extension }))));
  const options = Array.from({ length: MAX_EXTENSION_MONTHS }, (_, i) => i + 1);
  return (
    <FormDialog title={`More time to answer ${view.name}`} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <p>
            When a request is complex or there are several from the same person, you may take up to two more months. You can do this once, and you must tell the person why
            within the first month (due {formatUkDateLong(view.dueDate)}).
          </p>
          <ChoiceGroup legend="How much more time?" error={formState.errors.months?.message}>
            {options.map((n) => (
              <Choice key={n} type="radio" value={String(n)} label={`${n === 1 ? 'One more month' : 'Two more months'}: due ${formatUkDateLong(extendedDueDate(view.receivedDate, n))}`} {...register('months')} />
            ))}
          </ChoiceGroup>
          <p className="sar-due" aria-live="polite">
            {months ? (
              <>
                New due date: <strong>{formatUkDateLong(extendedDueDate(view.receivedDate, Number(months)))}</strong>
              </>
            ) : null}
          </p>
          <TextArea label="Why more time is needed" hint="The person must be told this reason" rows={3} error={formState.errors.reason?.message} {...register('reason')} />
          <FormButtons submit="Extend the time" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}

const withholdForm = z.object({ reason: withholdReasonSchema });
type WithholdValues = z.input<typeof withholdForm>;

/** "Withhold": an item stays out of the pack only with a reason, kept in the request's log. */
export function WithholdDialog({ requestId, item, onSaved, onCancel }: { requestId: string; item: { id: string; label: string }; onSaved: (saved: SubjectAccessView) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<WithholdValues, unknown, z.output<typeof withholdForm>>({ resolver: zodResolver(withholdForm), defaultValues: { reason: '' } });
  const { error, run } = useDialogSave(setError, '');
  const onSubmit = handleSubmit(({ reason }) => run(async () => onSaved(await api.subjectAccess.withhold({ id: requestId, itemId: item.id, reason }))));
  return (
    <FormDialog title={`Withhold ${item.label}?`} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <p>
            Only withhold what the law allows: for example, where it would identify someone else who has not agreed, or would put someone at risk. The pack tells the person
            that something was withheld and why.
          </p>
          <TextArea label="Why are you withholding it?" hint="For example: It identifies someone else. Kept in this request’s log." rows={3} error={formState.errors.reason?.message} {...register('reason')} />
          <FormButtons submit="Withhold it" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
