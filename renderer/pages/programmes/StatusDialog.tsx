import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';

const WORDS = {
  paused: { title: 'Pause programme', label: 'Date paused', what: 'the date it was paused' },
  active: { title: 'Resume programme', label: 'Date resumed', what: 'the date it resumed' },
} as const;

/**
 * "Pause" and "Resume", dated as "End programme" is: today unless the coordinator says
 * otherwise (a pause agreed last week is recorded today). The main process refuses a date in
 * the future, before the start or before the last change, and says so beside the date.
 */
export function StatusDialog({ detail, status, onSaved, onCancel }: { detail: ProgrammeDetail; status: 'paused' | 'active'; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const words = WORDS[status];
  const schema = z.object({ date: requiredUkDate(words.what) });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { date: formatUkDate(todayIso()) },
  });
  const { error, run } = useDialogSave(setError, '');
  const onSubmit = handleSubmit(({ date }) => run(async () => onSaved(await api.programmes.setStatus({ id: detail.programme.id, status, date }))));
  return (
    <FormDialog title={words.title} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            {detail.member.name}: {detail.kind.name}, started {formatUkDate(detail.programme.startDate)}.
          </p>
          <ErrorNotice message={error} />
          <TextField label={words.label} hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
          <FormButtons submit={words.title} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
