import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { optionalUkDate, requiredUkDate } from '../../../shared/fields';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api, errorMessage } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { useLoad } from '../../lib/use-load';
import { SuggestionList } from './SuggestDialog';

const schema = z.object({
  kindId: z.string().min(1, 'Choose the kind of programme'),
  date: requiredUkDate('the date it starts'),
  firstSessionDate: optionalUkDate('the first session date'),
});
type Values = z.input<typeof schema>;
type Output = z.output<typeof schema>;

/** Whom it is for: a member on record, or the person on a referral (accepted into the kind). */
export type StartFrom = { memberId: string } | { referralId: string };

/** Steps 1 and 2: the kind, then the dates. Saving starts it, waiting for a match. */
function KindAndDates({ from, name, onStarted, onCancel }: { from: StartFrom; name: string; onStarted: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const kinds = useLoad(() => api.programmes.kinds(), []);
  const [step, setStep] = useState<1 | 2>(1);
  const { register, handleSubmit, formState, setError, trigger, control } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { kindId: '', date: formatUkDate(todayIso()), firstSessionDate: '' },
  });
  const { error, run } = useDialogSave(setError, '');
  const kindId = useWatch({ control, name: 'kindId' });
  const kind = kinds.data?.find((k) => k.id === kindId);
  const onSubmit = handleSubmit((v) => run(async () => onStarted(await api.programmes.start({ ...from, ...v }))));
  const next = async () => {
    if (await trigger('kindId')) setStep(2);
  };

  return (
    <FormDialog title={`Start a programme for ${name}`} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => (step === 1 ? (e.preventDefault(), void next()) : void onSubmit(e))}>
          <p className="start-steps">Step {step} of 3: {step === 1 ? 'the kind of programme' : 'when it starts'}</p>
          <ErrorNotice message={error ?? kinds.error} />
          {step === 1 ? (
            <ChoiceGroup legend="Kind of programme" error={formState.errors.kindId?.message}>
              {(kinds.data ?? [])
                .filter((k) => !k.archived)
                .map((k) => (
                  <Choice key={k.id} type="radio" value={k.id} label={`${k.name} (${k.plannedSessions === null ? 'open-ended' : `${k.plannedSessions} sessions`})`} {...register('kindId')} />
                ))}
            </ChoiceGroup>
          ) : (
            <>
              <p>{kind?.name}</p>
              <TextField label="Start date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
              <TextField
                label="First session (optional)"
                hint="dd/mm/yyyy, if it is arranged"
                className="input--short"
                inputMode="numeric"
                error={formState.errors.firstSessionDate?.message}
                {...register('firstSessionDate')}
              />
            </>
          )}
          {step === 1 ? (
            <FormButtons submit="Next" onCancel={cancel} />
          ) : (
            <div className="button-row">
              <button type="submit" className="button" disabled={formState.isSubmitting}>
                Start programme
              </button>
              <button type="button" className="button button--secondary" onClick={() => setStep(1)}>
                Back
              </button>
              <button type="button" className="button button--secondary" onClick={cancel}>
                Cancel
              </button>
            </div>
          )}
        </form>
      )}
    </FormDialog>
  );
}

/** Step 3: the volunteer, chosen from the suggestions with their reasons, or "Match later". */
function ChooseVolunteer({ detail, onDone }: { detail: ProgrammeDetail; onDone: (d: ProgrammeDetail) => void }) {
  const id = detail.programme.id;
  const suggestions = useLoad(() => api.programmes.suggest({ id }), [id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async (volunteerId: string) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await api.programmes.match({ id, volunteerId, date: detail.programme.startDate }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={`${detail.member.name}: ${detail.kind.name}`} onClose={() => onDone(detail)}>
      <p className="start-steps">Step 3 of 3: the volunteer</p>
      <p>Started, waiting for a match. Choose a volunteer now, or match later from the programme.</p>
      <ErrorNotice message={error ?? suggestions.error} />
      {suggestions.data ? <SuggestionList suggestions={suggestions.data} kindName={detail.kind.name} busy={busy} onChoose={(v) => void choose(v)} /> : suggestions.error ? null : <p role="status">Finding volunteers…</p>}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => onDone(detail)}>
          Match later
        </button>
      </div>
    </Dialog>
  );
}

/**
 * "Start a programme", in three steps: the kind, the dates (then it is started, waiting for
 * a match), and the volunteer from the suggestions or "Match later". The volunteer comes
 * last because suggestions are for a programme: its kind's roles, the member's needs.
 */
export function StartProgrammeDialog({ from, name, onDone, onCancel }: { from: StartFrom; name: string; onDone: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const [started, setStarted] = useState<ProgrammeDetail | null>(null);
  if (started) return <ChooseVolunteer detail={started} onDone={onDone} />;
  return <KindAndDates from={from} name={name} onStarted={setStarted} onCancel={onCancel} />;
}
