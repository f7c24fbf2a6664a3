import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { ageOn, formatUkDate, todayIso } from '../../../shared/dates';
import {
  DISABILITY_OPTIONS,
  ETHNIC_GROUPS,
  GENDER_SAME_AS_SEX_OPTIONS,
  PREFER_NOT_TO_SAY,
  RELIGION_OPTIONS,
  SEXUAL_ORIENTATION_OPTIONS,
  SEX_OPTIONS,
  equalityInputSchema,
  ethnicityTakesDetail,
  type Equality,
  type EqualityFormValues,
} from '../../../shared/domain/equality';
import type { Member } from '../../../shared/domain/members';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Fields';
import { api, errorMessage } from '../../lib/api';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';

type Saved = (m: Member, message: string) => void;

function formFromEquality(e: Equality): EqualityFormValues {
  return {
    sex: e.sex ?? '',
    genderSameAsSex: e.genderSameAsSex ?? '',
    genderIdentity: e.genderIdentity ?? '',
    ethnicity: e.ethnicity ?? '',
    ethnicityDetail: e.ethnicityDetail ?? '',
    disability: e.disability ?? '',
    sexualOrientation: e.sexualOrientation ?? '',
    religion: e.religion ?? '',
  };
}

/** "Not answered" first (nothing chosen yet), "Prefer not to say" last, as on paper forms. */
function Options({ options }: { options: readonly { id: string; label: string }[] }) {
  return (
    <>
      <option value="">Not answered</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
      <option value={PREFER_NOT_TO_SAY}>Prefer not to say</option>
    </>
  );
}

function ageText(dateOfBirth: string | undefined): string {
  if (!dateOfBirth) return 'Not known. Add their date of birth on the details form and their age is worked out from it.';
  return `${ageOn(dateOfBirth, todayIso())}, worked out from their date of birth (${formatUkDate(dateOfBirth)}).`;
}

/**
 * Optional equality monitoring, on its own tab: special category data under UK GDPR, used
 * only for anonymous counts in funder reports. Every question can be left unanswered or
 * answered "Prefer not to say".
 */
export function EqualityTab({ member, onSaved }: { member: Member; onSaved: Saved }) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, control, formState, reset } = useForm<EqualityFormValues, unknown, Equality>({
    resolver: zodResolver(equalityInputSchema),
    defaultValues: formFromEquality(member.equality),
  });
  const errors = formState.errors;
  // Answers chosen and not saved are asked about before a link leaves the profile. The other
  // tabs stay mounted (see Tabs), so moving between them loses nothing and does not ask.
  const unsaved = useUnsavedChanges(formState.isDirty);
  const [genderSame, ethnicity] = useWatch({ control, name: ['genderSameAsSex', 'ethnicity'] });

  const onSubmit = handleSubmit(async (equality) => {
    setError(null);
    try {
      const saved = await api.members.saveEquality({ id: member.id, equality });
      reset(formFromEquality(saved.equality));
      onSaved(saved, 'Saved the equality monitoring answers');
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <section aria-labelledby="equality-title">
      <h2 id="equality-title">Equality monitoring</h2>
      <div className="notice">
        <p>
          Every question is optional: leave it as “Not answered”, or choose “Prefer not to say”. These answers are special category data under UK GDPR. They
          are used only for anonymous counts in reports, are not shown elsewhere, and are left out of CSV exports unless you ask for them.
        </p>
      </div>
      <dl className="details">
        <dt>Age</dt>
        <dd>{ageText(member.dateOfBirth)}</dd>
      </dl>
      <ErrorNotice message={error} />
      <form noValidate className="equality-form" onSubmit={(e) => void onSubmit(e)}>
        <SelectField label="Sex" hint="As registered at birth" error={errors.sex?.message} {...register('sex')}>
          <Options options={SEX_OPTIONS} />
        </SelectField>
        <SelectField
          label="Is the gender they identify with the same as their sex registered at birth?"
          error={errors.genderSameAsSex?.message}
          {...register('genderSameAsSex')}
        >
          <Options options={GENDER_SAME_AS_SEX_OPTIONS} />
        </SelectField>
        {genderSame === 'no' ? (
          <TextField label="Gender identity (optional)" hint="In their own words" error={errors.genderIdentity?.message} {...register('genderIdentity')} />
        ) : null}
        <SelectField label="Ethnic group" hint="The 2021 Census groups for England and Wales" error={errors.ethnicity?.message} {...register('ethnicity')}>
          <option value="">Not answered</option>
          {ETHNIC_GROUPS.map((g) => (
            <optgroup key={g.id} label={g.label}>
              {g.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={PREFER_NOT_TO_SAY}>Prefer not to say</option>
        </SelectField>
        {ethnicityTakesDetail(ethnicity) ? (
          <TextField label="Ethnic group, in their words (optional)" error={errors.ethnicityDetail?.message} {...register('ethnicityDetail')} />
        ) : null}
        <SelectField
          label="Disability"
          hint="Do physical or mental health conditions or illnesses lasting 12 months or more reduce their ability to carry out day-to-day activities?"
          error={errors.disability?.message}
          {...register('disability')}
        >
          <Options options={DISABILITY_OPTIONS} />
        </SelectField>
        <SelectField label="Sexual orientation" error={errors.sexualOrientation?.message} {...register('sexualOrientation')}>
          <Options options={SEXUAL_ORIENTATION_OPTIONS} />
        </SelectField>
        <SelectField label="Religion or belief" error={errors.religion?.message} {...register('religion')}>
          <Options options={RELIGION_OPTIONS} />
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save equality answers
          </button>
        </div>
      </form>
      {unsaved.dialog}
    </section>
  );
}
