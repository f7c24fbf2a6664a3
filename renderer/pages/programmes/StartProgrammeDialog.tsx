import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { PersonName, ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { optionalUkDate, requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api, ApiCallError } from '../../lib/api';
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

type Step = 1 | 2 | 3;
const STEP_NAMES: Record<Step, string> = { 1: 'the kind of programme', 2: 'the volunteer', 3: 'when it starts' };

/** Step 2: the suggestions for this member and kind, or why there are none yet; either way "Match later". */
function ChooseVolunteer({ from, kindId, kindName, onChoose }: { from: StartFrom; kindId: string; kindName: string; onChoose: (volunteer: PersonName | null) => void }) {
  const found = useLoad(() => api.programmes.suggestForStart({ ...from, kindId }), [from, kindId]);
  const data = found.data;
  return (
    <>
      <ErrorNotice message={found.error} />
      {!data ? (
        found.error ? null : <p role="status">Finding volunteers…</p>
      ) : data.canSuggest ? (
        <SuggestionList
          suggestions={data.suggestions}
          kindName={kindName}
          busy={false}
          onChoose={(id) => onChoose(data.suggestions.suggested.find((s) => s.volunteer.id === id)?.volunteer ?? null)}
        />
      ) : (
        <div className="notice">
          <p>{data.why}</p>
        </div>
      )}
      <p>Or start it now, waiting for a match, and choose a volunteer later from the programme.</p>
      <div className="button-row">
        <button type="button" className={data && !data.canSuggest ? 'button' : 'button button--secondary'} onClick={() => onChoose(null)}>
          Match later
        </button>
      </div>
    </>
  );
}

/**
 * "Start a programme", in three steps: the kind, the volunteer (from the suggestions, each
 * with its reasons, or "Match later"), then the start and first session dates. Nothing is
 * saved until "Start programme": one commit starts it, matched or waiting, so Cancel at any
 * step leaves no half-started programme behind.
 */
export function StartProgrammeDialog({ from, name, onDone, onCancel }: { from: StartFrom; name: string; onDone: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const kinds = useLoad(() => api.programmes.kinds(), []);
  const [step, setStep] = useState<Step>(1);
  // undefined: not chosen yet; null: match later.
  const [volunteer, setVolunteer] = useState<PersonName | null | undefined>(undefined);
  const stepText = useRef<HTMLParagraphElement>(null);
  const { register, handleSubmit, formState, setError, trigger, control } = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { kindId: '', date: formatUkDate(todayIso()), firstSessionDate: '' },
  });
  const { error, run } = useDialogSave(setError, '', ['date', 'firstSessionDate']);
  const kindId = useWatch({ control, name: 'kindId' });
  const kind = kinds.data?.find((k) => k.id === kindId);

  // A new step replaces what had focus (the button that moved on): its first line takes it.
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current !== step) stepText.current?.focus();
    shown.current = step;
  }, [step]);

  const [earlierError, setEarlierError] = useState<string | null>(null);
  const start = handleSubmit((v) =>
    run(async () => {
      setEarlierError(null);
      try {
        onDone(await api.programmes.start({ ...from, ...v, ...(volunteer ? { volunteerId: volunteer.id } : {}) }));
      } catch (e) {
        // The kind or volunteer chosen at an earlier step (archived, or the volunteer left meanwhile):
        // said above the dates, as their own fields are not on this step.
        const earlier = e instanceof ApiCallError ? (e.fields.volunteerId ?? e.fields.kindId) : undefined;
        if (!earlier) throw e;
        setEarlierError(earlier);
      }
    }),
  );
  const next = async () => {
    if (await trigger('kindId')) setStep(2);
  };
  const choose = (v: PersonName | null) => {
    setVolunteer(v);
    setStep(3);
  };

  return (
    <FormDialog title={`Start a programme for ${name}`} dirty={formState.isDirty || volunteer !== undefined} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => (step === 1 ? (e.preventDefault(), void next()) : step === 3 ? void start(e) : e.preventDefault())}>
          <p className="start-steps" ref={stepText} tabIndex={-1}>
            Step {step} of 3: {STEP_NAMES[step]}
          </p>
          <ErrorNotice message={earlierError ?? error ?? kinds.error} />
          {step === 1 ? (
            <ChoiceGroup legend="Kind of programme" error={formState.errors.kindId?.message}>
              {(kinds.data ?? [])
                .filter((k) => !k.archived)
                .map((k) => (
                  <Choice key={k.id} type="radio" value={k.id} label={`${k.name} (${k.plannedSessions === null ? 'open-ended' : `${k.plannedSessions} sessions`})`} {...register('kindId')} />
                ))}
            </ChoiceGroup>
          ) : step === 2 ? (
            <ChooseVolunteer from={from} kindId={kindId} kindName={kind?.name ?? ''} onChoose={choose} />
          ) : (
            <>
              <p>
                <strong>{kind?.name}</strong>, {volunteer ? `with ${volunteer.name}` : 'waiting for a match'}.
              </p>
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
          <div className="button-row">
            {step === 1 ? (
              <button type="submit" className="button">
                Next
              </button>
            ) : step === 3 ? (
              <button type="submit" className="button" disabled={formState.isSubmitting}>
                Start programme
              </button>
            ) : null}
            {step > 1 ? (
              <button type="button" className="button button--secondary" onClick={() => setStep(step === 3 ? 2 : 1)}>
                Back
              </button>
            ) : null}
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
