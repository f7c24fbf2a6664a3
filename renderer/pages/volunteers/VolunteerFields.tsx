import { DEFAULT_ROLES } from '../../../shared/domain/roles';
import {
  CONTACT_LABELS,
  CONTACT_METHODS,
  DAY_PARTS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  WORKFORCE_LABELS,
  WORKFORCE_TYPES,
  type VolunteerFormValues,
  type VolunteerInput,
} from '../../../shared/domain/volunteers';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { fieldId } from '../../lib/form-errors';
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

/** "Volunteering", after the status: weekday × morning / afternoon / evening. */
export function Availability({ form: { register } }: Props) {
  return (
    <fieldset>
      <legend>Availability</legend>
      <div className="table-wrap">
        <table className="availability-grid">
          <caption className="visually-hidden">Tick when they are usually free</caption>
          <thead>
            <tr>
              <td />
              {DAY_PARTS.map((p) => (
                <th key={p} scope="col">
                  {p.charAt(0).toUpperCase() + p.slice(1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row">{WEEKDAY_LABELS[d]}</th>
                {DAY_PARTS.map((p) => {
                  const id = `avail-${d}-${p}`;
                  return (
                    <td key={p}>
                      <label htmlFor={id} className="visually-hidden">{`${WEEKDAY_LABELS[d]} ${p}`}</label>
                      <input id={id} type="checkbox" value={`${d}-${p}`} {...register('availability')} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
