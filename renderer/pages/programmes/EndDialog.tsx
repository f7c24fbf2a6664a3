import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { ENDING_LABELS, ENDINGS, ONWARD_REFERRALS } from '../../../shared/domain/programmes';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';

const schema = z.object({
  date: requiredUkDate('the date it ended'),
  ending: z.enum(ENDINGS, { error: 'Choose how it ended' }),
  onward: z.array(z.string()),
  other: z.string().trim().max(100, 'Keep the other referral to 100 characters'),
  note: z.string(),
});
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** "End programme": when, how it ended, and who the member was referred on to. */
export function EndDialog({ detail, onSaved, onCancel }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { date: formatUkDate(todayIso()), ending: '' as Values['ending'], onward: [], other: '', note: '' },
  });
  const { error, run } = useDialogSave(setError, '');
  const errors = formState.errors;
  const onSubmit = handleSubmit(({ date, ending, onward, other, note }) =>
    run(async () => onSaved(await api.programmes.end({ id: detail.programme.id, date, ending, onward: other ? [...onward, other] : onward, note }))),
  );
  return (
    <FormDialog title="End programme" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            {detail.member.name}: {detail.kind.name}, {detail.counter}.
          </p>
          <ErrorNotice message={error} />
          <TextField label="Date it ended" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          <ChoiceGroup legend="How it ended" error={errors.ending?.message}>
            {ENDINGS.map((e) => (
              <Choice key={e} type="radio" label={ENDING_LABELS[e]} value={e} {...register('ending')} />
            ))}
          </ChoiceGroup>
          <ChoiceGroup legend="Referred on to (optional)">
            {ONWARD_REFERRALS.map((o) => (
              <Choice key={o} type="checkbox" label={o} value={o} {...register('onward')} />
            ))}
          </ChoiceGroup>
          <TextField label="Other (optional)" hint="Another service they were referred to" error={errors.other?.message} {...register('other')} />
          <TextArea label="Note (optional)" rows={3} error={errors.note?.message} {...register('note')} />
          <FormButtons submit="End programme" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
