import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { todayIso } from '../../../shared/dates';
import { BREACH_RISK_HINTS, BREACH_RISK_LABELS, BREACH_RISKS, ICO_DECISION_LABELS, ICO_DECISIONS, PEOPLE_TOLD, PEOPLE_TOLD_LABELS, type Breach } from '../../../shared/domain/breaches';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { breachFormSchema, breachFormValues, deadlineHint, type BreachFormOutput, type BreachFormValues } from './breach-form';

/** A radio with a line under it saying what choosing it means. */
function ExplainedChoice({ label, hint, ...input }: { label: string; hint: string } & UseFormRegisterReturn & { value: string }) {
  const hintId = useId();
  return (
    <div className="explained-choice">
      <Choice type="radio" label={label} aria-describedby={hintId} {...input} />
      <span id={hintId} className="hint">
        {hint}
      </span>
    </div>
  );
}

/**
 * "Record a breach", and adding to one later: when it was found, what happened, whose data
 * and how much harm it could do, then what was done about it (containment, the ICO, the
 * people affected, lessons). Everything after the risk can wait: a breach is recorded the
 * moment it is found, and the ICO's 72 hours start then.
 */
export function BreachDialog({ breach, onSaved, onCancel }: { breach?: Breach; onSaved: (saved: Breach) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError, control } = useForm<BreachFormValues, unknown, BreachFormOutput>({
    resolver: zodResolver(breachFormSchema),
    defaultValues: breachFormValues(breach, todayIso()),
  });
  const { error, run } = useDialogSave(setError, 'breach');
  const [now] = useState(() => Date.now());
  const errors = formState.errors;
  const [ico, peopleTold, foundDate, foundTime] = useWatch({ control, name: ['ico', 'peopleTold', 'foundDate', 'foundTime'] });
  const onSubmit = handleSubmit((input) => run(async () => onSaved(breach ? await api.breaches.update({ id: breach.id, breach: input }) : await api.breaches.create({ breach: input }))));
  return (
    <FormDialog title={breach ? 'Change the breach record' : 'Record a breach'} dirty={formState.isDirty} onCancel={onCancel} className="dialog--breach">
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <fieldset className="breach-found">
            <legend>When it was found</legend>
            <div className="inline-fields">
              <TextField label="Date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.foundDate?.message} {...register('foundDate')} />
              <TextField label="Time" hint="hh:mm, 24-hour, like 09:30" className="input--short" inputMode="numeric" error={errors.foundTime?.message} {...register('foundTime')} />
            </div>
          </fieldset>
          <TextArea label="What happened" hint="For example: a register was left on the bus; an email went to the wrong person" rows={4} error={errors.whatHappened?.message} {...register('whatHappened')} />
          <TextArea label="What personal data was involved" hint="For example: names and phone numbers of the Tuesday group" rows={2} error={errors.dataInvolved?.message} {...register('dataInvolved')} />
          <TextField label="How many people are affected" hint="People whose data was involved: your best count" className="input--short" inputMode="numeric" error={errors.peopleAffected?.message} {...register('peopleAffected')} />
          <ChoiceGroup legend="How likely is it to harm them?" error={errors.risk?.message}>
            {BREACH_RISKS.map((r) => (
              <ExplainedChoice key={r} value={r} label={BREACH_RISK_LABELS[r]} hint={BREACH_RISK_HINTS[r]} {...register('risk')} />
            ))}
          </ChoiceGroup>
          <TextArea label="What has been done to contain it (optional)" hint="To stop it, get the data back and limit the harm" rows={3} error={errors.containment?.message} {...register('containment')} />
          <ChoiceGroup legend="Reported to the ICO?" hint={deadlineHint(foundDate, foundTime, now)} error={errors.ico?.message}>
            {ICO_DECISIONS.map((d) => (
              <Choice key={d} type="radio" value={d} label={ICO_DECISION_LABELS[d]} {...register('ico')} />
            ))}
          </ChoiceGroup>
          {ico === 'reported' ? (
            <TextField label="Date reported to the ICO" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.icoReportedOn?.message} {...register('icoReportedOn')} />
          ) : null}
          {ico === 'not-reporting' ? (
            <TextArea label="Why you decided not to report it" hint="The ICO expects the reason to be kept" rows={3} error={errors.icoReason?.message} {...register('icoReason')} />
          ) : null}
          <ChoiceGroup legend="Have the people affected been told?" error={errors.peopleTold?.message}>
            {PEOPLE_TOLD.map((t) => (
              <Choice key={t} type="radio" value={t} label={PEOPLE_TOLD_LABELS[t]} {...register('peopleTold')} />
            ))}
          </ChoiceGroup>
          {peopleTold === 'yes' ? (
            <TextField label="Date they were told" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.peopleToldOn?.message} {...register('peopleToldOn')} />
          ) : null}
          <TextArea label="Lessons learned (optional)" hint="What will change so it does not happen again" rows={3} error={errors.lessons?.message} {...register('lessons')} />
          <FormButtons submit={breach ? 'Save breach' : 'Record breach'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
