import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { wholeNumber } from './form-fields';

function schemaFor(attended: number) {
  return z.object({
    plannedSessions: wholeNumber('Enter the new number of sessions, like 12', attended + 1, 200, `Plan more than the ${attended} sessions held so far, and 200 or fewer`),
    reason: z.string().trim().min(1, 'Say why it is being extended').max(500, 'Keep the reason to 500 characters'),
  });
}
type Schema = ReturnType<typeof schemaFor>;

/** "Extend programme": a new planned number, and why. */
export function ExtendDialog({ detail, onSaved, onCancel }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schemaFor(detail.attended)),
    defaultValues: { plannedSessions: '', reason: '' },
  });
  const { error, run } = useDialogSave(setError, '');
  const onSubmit = handleSubmit((v) => run(async () => onSaved(await api.programmes.extend({ id: detail.programme.id, ...v }))));
  return (
    <FormDialog title="Extend programme" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            Now {detail.counter}
            {detail.programme.plannedSessions === null ? ' (open-ended)' : ''}.
          </p>
          <ErrorNotice message={error} />
          <TextField label="New planned number of sessions" className="input--short" inputMode="numeric" error={formState.errors.plannedSessions?.message} {...register('plannedSessions')} />
          <TextArea label="Reason" rows={3} error={formState.errors.reason?.message} {...register('reason')} />
          <FormButtons submit="Extend programme" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
