import { DEFAULT_ROLES } from '../../../shared/domain/roles';
import {
  CONTACT_LABELS,
  CONTACT_METHODS,
  DEFAULT_CASELOAD_LIMIT,
  MATCH_GENDERS,
  MATCH_GENDER_LABELS,
  MAX_CASELOAD_LIMIT,
  NO_GENDER_ANSWER,
  WORKFORCE_LABELS,
  WORKFORCE_TYPES,
  type VolunteerFormValues,
  type VolunteerInput,
} from '../../../shared/domain/volunteers';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { fieldId } from '../../lib/form-errors';
import { AvailabilityGrid } from '../people/AvailabilityGrid';
import type { FormPartProps } from '../people/person-kind';

/** A volunteer's own fields on the person form (renderer/pages/people/PersonFormPage.tsx places them). */

type Props = FormPartProps<VolunteerFormValues, VolunteerInput>;

export function ContactPreferences({ form: { register }, err }: Props) {
  return (
    <ChoiceGroup legend="Communication preferences" hint="How they are happy to be contacted" error={err('contactPreferences')}>
      {CONTACT_METHODS.map((c) => (
        <Choice key={c} type="checkbox" label={`By ${CONTACT_LABELS[c].toLowerCase()}`} value={c} {...register('contactPreferences')} />
      ))}
    </ChoiceGroup>
  );
}

export function LanguagesAndInterests({ form: { register }, err }: Props) {
  return (
    <>
      <TextField id={fieldId('languages')} label="Languages" hint="Separate with commas, for example: English, Welsh, BSL" error={err('languages')} {...register('languages')} />
      <TextField
        id={fieldId('interests')}
        label="Interests and skills"
        hint="Separate with commas, for example: gardening, art, IT help"
        error={err('interests')}
        {...register('interests')}
      />
    </>
  );
}

/** "Volunteering", before the status of someone new. */
export function WorkforceAndRoles({ form: { register }, err }: Props) {
  return (
    <>
      <ChoiceGroup legend="Workforce type" error={err('workforceType')}>
        {WORKFORCE_TYPES.map((w) => (
          <Choice key={w} type="radio" label={WORKFORCE_LABELS[w]} value={w} {...register('workforceType')} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend="Roles" error={err('roles')}>
        {DEFAULT_ROLES.map((r) => (
          <Choice key={r.id} type="checkbox" label={r.label} value={r.id} {...register('roles')} />
        ))}
      </ChoiceGroup>
      <TextField
        id={fieldId('startDate')}
        label="Start date"
        hint="The day they started with you, for example 01/09/2024"
        className="input--short"
        error={err('startDate')}
        {...register('startDate')}
      />
    </>
  );
}

/** "Volunteering", after the status: when they are free, and what one-to-one matching needs. */
export function AvailabilityAndMatching({ form: { register }, err }: Props) {
  return (
    <>
      <AvailabilityGrid field={register('availability')} legend="Availability" caption="Tick when they are usually free" />
      <TextField
        id={fieldId('caseloadLimit')}
        label="How many people can you support at once?"
        hint={`For one-to-one support: a whole number from 1 to ${MAX_CASELOAD_LIMIT}. Leave blank for the usual ${DEFAULT_CASELOAD_LIMIT}.`}
        className="input--short"
        inputMode="numeric"
        error={err('caseloadLimit')}
        {...register('caseloadLimit')}
      />
      <ChoiceGroup legend="Gender, for matching only" hint="Used only when a member asks for a woman or a man" error={err('gender')}>
        <Choice type="radio" label={NO_GENDER_ANSWER} value="" {...register('gender')} />
        {MATCH_GENDERS.map((g) => (
          <Choice key={g} type="radio" label={MATCH_GENDER_LABELS[g]} value={g} {...register('gender')} />
        ))}
      </ChoiceGroup>
    </>
  );
}
