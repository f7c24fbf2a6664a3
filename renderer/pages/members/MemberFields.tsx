import { Controller, useWatch } from 'react-hook-form';
import {
  NEWSLETTER_LABELS,
  NEWSLETTER_PREFERENCES,
  NO_GENDER_PREFERENCE,
  VOLUNTEER_GENDER_PREFERENCES,
  VOLUNTEER_GENDER_PREFERENCE_LABELS,
  type MemberFormValues,
  type MemberInput,
} from '../../../shared/domain/members';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { fieldId } from '../../lib/form-errors';
import { AvailabilityGrid } from '../people/AvailabilityGrid';
import type { FormPartProps } from '../people/person-kind';
import { MustSpeakChoices } from './MustSpeakChoices';
import { VolunteerChoiceField } from './VolunteerChoiceField';

/** A member's own fields on the person form (renderer/pages/people/PersonFormPage.tsx places them). */

type Props = FormPartProps<MemberFormValues, MemberInput>;

export function NewsletterPreference({ form: { register }, err }: Props) {
  return (
    <ChoiceGroup legend="Newsletter preference" hint="How they would like to get the newsletter" error={err('newsletter')}>
      {NEWSLETTER_PREFERENCES.map((n) => (
        <Choice key={n} type="radio" label={NEWSLETTER_LABELS[n]} value={n} {...register('newsletter')} />
      ))}
    </ChoiceGroup>
  );
}

export function InterestsAndAccess({ form: { register }, err }: Props) {
  return (
    <>
      <TextField id={fieldId('interests')} label="Interests" hint="Separate with commas, for example: gardening, music, walking" error={err('interests')} {...register('interests')} />
      <TextArea
        id={fieldId('accessNeeds')}
        label="Access needs"
        hint="Anything that helps them take part, for example: step-free access, large print, hearing loop"
        error={err('accessNeeds')}
        {...register('accessNeeds')}
      />
      <ChoiceGroup legend="Digital access" hint="Tick all that apply" error={err('digital')}>
        <Choice type="checkbox" label="Has a phone, tablet or computer" {...register('digital.hasDevice')} />
        <Choice type="checkbox" label="Has internet at home" {...register('digital.hasInternet')} />
        <Choice type="checkbox" label="Would like to borrow a device" {...register('digital.needsDeviceLoan')} />
      </ChoiceGroup>
    </>
  );
}

/** "Support", before the status of someone new. */
export function JoinedDate({ form: { register }, err }: Props) {
  return (
    <TextField
      id={fieldId('joinedDate')}
      label="Date joined"
      hint="When they were referred or first joined, for example 01/09/2025. Leave blank for today."
      className="input--short"
      inputMode="numeric"
      error={err('joinedDate')}
      {...register('joinedDate')}
    />
  );
}

const VOLUNTEERS_CHOSEN = [
  // A key contact who has since left stays on their member's record until someone else is
  // chosen (as the server's rule allows); new choices are current volunteers only.
  { name: 'keyContactId', label: 'Key contact', hint: 'The volunteer who is their main contact', noun: 'key contact', currentOnly: true },
  {
    name: 'volunteerId',
    label: 'Linked volunteer record',
    hint: 'If this member also volunteers with you, choose their volunteer record',
    noun: 'linked volunteer record',
    currentOnly: false,
  },
] as const;

/** "Support", after the status: their key contact and their own volunteer record, found by searching. */
export function VolunteersChosen({ form: { control }, err }: Props) {
  return VOLUNTEERS_CHOSEN.map(({ name, ...choice }) => (
    <Controller
      key={name}
      control={control}
      name={name}
      render={({ field }) => <VolunteerChoiceField id={fieldId(name)} {...choice} error={err(name)} value={field.value ?? ''} onChange={field.onChange} />}
    />
  ));
}

/**
 * Its own fieldset after "Support": what "Suggest volunteers" reads when they start a
 * one-to-one programme (languages, when they could meet, who they would like).
 */
export function MatchingFields({ form: { register, control, formState }, err }: Props) {
  const languages = useWatch({ control, name: 'languages' });
  return (
    <fieldset aria-describedby="matching-hint">
      <legend>Matching for one-to-one support</legend>
      <p id="matching-hint" className="hint">
        Only used to suggest a volunteer when they start one-to-one support. Leave blank if it does not apply.
      </p>
      <TextField id={fieldId('languages')} label="Languages" hint="Separate with commas, for example: English, Polish, BSL" error={err('languages')} {...register('languages')} />
      <AvailabilityGrid field={register('availability')} legend="When they could meet" caption="Tick when they could usually meet a volunteer" />
      <ChoiceGroup legend="Would they like a volunteer who is" error={err('prefersVolunteerGender')}>
        <Choice type="radio" label={NO_GENDER_PREFERENCE} value="" {...register('prefersVolunteerGender')} />
        {VOLUNTEER_GENDER_PREFERENCES.map((g) => (
          <Choice key={g} type="radio" label={VOLUNTEER_GENDER_PREFERENCE_LABELS[g]} value={g} {...register('prefersVolunteerGender')} />
        ))}
      </ChoiceGroup>
      <Controller
        control={control}
        name="needsLanguage"
        render={({ field }) => (
          <MustSpeakChoices
            id={fieldId('needsLanguage')}
            languagesText={languages ?? ''}
            onFile={{ languagesText: formState.defaultValues?.languages, needsLanguage: formState.defaultValues?.needsLanguage }}
            value={field.value ?? ''}
            onChange={field.onChange}
            error={err('needsLanguage')}
          />
        )}
      />
      <TextArea
        id={fieldId('matchingNotes')}
        label="Other preferences"
        hint={'In their words, for example: "not someone who lives near me"'}
        error={err('matchingNotes')}
        {...register('matchingNotes')}
      />
    </fieldset>
  );
}
