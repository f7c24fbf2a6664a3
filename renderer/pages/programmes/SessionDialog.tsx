import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { SESSION_MODE_LABELS, SESSION_MODES, SESSION_OUTCOME_LABELS, SESSION_OUTCOMES, type ProgrammeSession } from '../../../shared/domain/programmes';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { wholeNumber } from './form-fields';

const schema = z.object({
  date: requiredUkDate('the date'),
  startTime: z.string().trim(),
  minutes: wholeNumber('Enter how long it lasted in minutes, like 60', 1, 720, 'A session lasts between 1 minute and 12 hours (720 minutes)'),
  mode: z.enum(SESSION_MODES, { error: 'Choose how you met' }),
  where: z.string(),
  outcome: z.enum(SESSION_OUTCOMES, { error: 'Choose what happened' }),
  note: z.string(),
  privateNote: z.string(),
});
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

function valuesOf(session: ProgrammeSession | undefined, minutes: number): Values {
  if (!session) return { date: formatUkDate(todayIso()), startTime: '', minutes: String(minutes), mode: '' as Values['mode'], where: '', outcome: '' as Values['outcome'], note: '', privateNote: '' };
  return {
    date: formatUkDate(session.date),
    startTime: session.startTime ?? '',
    minutes: String(session.minutes),
    mode: session.mode,
    where: session.where ?? '',
    outcome: session.outcome,
    note: session.note ?? '',
    privateNote: session.privateNote ?? '',
  };
}

/** "Log a session", or edit one: what the count and the volunteer's hours come from. */
export function SessionDialog({
  detail,
  session,
  onSaved,
  onCancel,
}: {
  detail: ProgrammeDetail;
  /** The session being edited; none: a new one. */
  session?: ProgrammeSession;
  onSaved: (detail: ProgrammeDetail) => void;
  onCancel: () => void;
}) {
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(session, detail.kind.sessionMinutes),
  });
  const { error, run } = useDialogSave(setError, 'session');
  const errors = formState.errors;
  const onSubmit = handleSubmit((v) =>
    run(async () => {
      const input = { ...v, startTime: v.startTime || undefined, where: v.where, note: v.note, privateNote: v.privateNote };
      onSaved(session ? await api.programmes.updateSession({ id: session.id, session: input }) : await api.programmes.logSession({ programmeId: detail.programme.id, session: input }));
    }),
  );
  return (
    <FormDialog title={session ? 'Edit session' : 'Log a session'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <div className="inline-fields">
            <TextField label="Date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
            <TextField label="Start time (optional)" hint="hh:mm, like 14:30" className="input--short" inputMode="numeric" error={errors.startTime?.message} {...register('startTime')} />
            <TextField label="Length in minutes" className="input--short" inputMode="numeric" error={errors.minutes?.message} {...register('minutes')} />
          </div>
          <ChoiceGroup legend="How" error={errors.mode?.message}>
            {SESSION_MODES.map((m) => (
              <Choice key={m} type="radio" label={SESSION_MODE_LABELS[m]} value={m} {...register('mode')} />
            ))}
          </ChoiceGroup>
          <TextField label="Where (optional)" error={errors.where?.message} {...register('where')} />
          <ChoiceGroup legend="What happened" error={errors.outcome?.message}>
            {SESSION_OUTCOMES.map((o) => (
              <Choice key={o} type="radio" label={SESSION_OUTCOME_LABELS[o]} value={o} {...register('outcome')} />
            ))}
          </ChoiceGroup>
          <TextArea label="Note (optional)" rows={3} error={errors.note?.message} {...register('note')} />
          <TextArea label="Private note (optional)" hint="Never printed, exported or written to the audit log" rows={3} error={errors.privateNote?.message} {...register('privateNote')} />
          <FormButtons submit={session ? 'Save session' : 'Log session'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
