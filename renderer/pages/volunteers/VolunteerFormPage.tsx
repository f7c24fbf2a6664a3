import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import { DEFAULT_ROLES } from '../../../shared/domain/roles';
import {
  CONTACT_LABELS,
  CONTACT_METHODS,
  DAY_PARTS,
  STATUS_LABELS,
  VOLUNTEER_STATUSES,
  WEEKDAYS,
  WEEKDAY_LABELS,
  WORKFORCE_LABELS,
  WORKFORCE_TYPES,
  displayName,
  volunteerFormSchema,
  type Volunteer,
  type VolunteerFormValues,
  type VolunteerInput,
  type VolunteerStatus,
} from '../../../shared/domain/volunteers';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { fieldId, flattenErrors } from '../../lib/form-errors';
import { ContactFieldset, EmergencyContactFieldset, NameFieldset } from '../people/PersonFields';
import { usePersonSave } from '../people/use-person-save';
import { EMPTY_FORM, formFromVolunteer } from './form-values';

export function VolunteerFormPage() {
  const params = useParams<{ id?: string }>();
  const editingId = params.id;
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [existing, setExisting] = useState<Volunteer | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<VolunteerStatus>('enquiry');
  const [confirmLeave, setConfirmLeave] = useState(false);

  const form = useForm<VolunteerFormValues, unknown, VolunteerInput>({
    resolver: zodResolver(volunteerFormSchema),
    defaultValues: EMPTY_FORM,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead, so every problem is read out first.
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  useEffect(() => {
    if (!editingId) return;
    api.volunteers
      .get({ id: editingId })
      .then((v) => {
        setExisting(v);
        reset(formFromVolunteer(v));
      })
      .catch((e: unknown) => setLoadError(errorMessage(e)));
  }, [editingId, reset]);

  const err = (path: string): string | undefined => flattenErrors(errors).find((e) => e.path === path)?.message;

  const saving = usePersonSave<VolunteerFormValues, VolunteerInput>({
    setError,
    wrapper: 'volunteer',
    save: async (input, allowDuplicate) => {
      const result = editingId
        ? await api.volunteers.update({ id: editingId, volunteer: input, allowDuplicate, ...(existing ? { expectedUpdatedAt: existing.updatedAt } : {}) })
        : await api.volunteers.create({ volunteer: input, status, allowDuplicate });
      if (result.status === 'possible-duplicates') return result.matches;
      reset(formFromVolunteer(result.volunteer));
      flashNext(`Saved ${displayName(result.volunteer)}`);
      navigate(`/volunteers/${result.volunteer.id}`);
      return null;
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  const backTo = editingId ? `/volunteers/${editingId}` : '/volunteers';
  const title = editingId ? (existing ? `Edit ${displayName(existing)}` : 'Edit volunteer') : 'Add volunteer';

  if (loadError) {
    return (
      <Page title="Edit volunteer">
        <ErrorNotice message={loadError} />
      </Page>
    );
  }

  return (
    <Page title={title} lede="Only first and last name are needed. Add the rest when you have it.">
      {saving.feedback}
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <NameFieldset register={register} err={err} />
        <ContactFieldset register={register} err={err}>
          <ChoiceGroup legend="Communication preferences" hint="How they are happy to be contacted" error={err('contactPreferences')}>
            {CONTACT_METHODS.map((c) => (
              <Choice key={c} type="checkbox" label={`By ${CONTACT_LABELS[c].toLowerCase()}`} value={c} {...register("contactPreferences")} />
            ))}
          </ChoiceGroup>
        </ContactFieldset>

        <fieldset>
          <legend>About them</legend>
          <TextField
            id={fieldId('dateOfBirth')}
            label="Date of birth"
            hint="For example, 27/03/1985. Volunteers must be 16 or over."
            className="input--short"
            inputMode="numeric"
            error={err('dateOfBirth')}
            {...register('dateOfBirth')}
          />
          <TextField id={fieldId('languages')} label="Languages" hint="Separate with commas, for example: English, Welsh, BSL" error={err('languages')} {...register('languages')} />
          <TextField
            id={fieldId('interests')}
            label="Interests and skills"
            hint="Separate with commas, for example: gardening, art, IT help"
            error={err('interests')}
            {...register('interests')}
          />
          <TextArea id={fieldId('notes')} label="Notes" error={err('notes')} {...register('notes')} />
        </fieldset>

        <EmergencyContactFieldset register={register} err={err} relationshipLabel="Relationship to the volunteer" />

        <fieldset>
          <legend>Volunteering</legend>
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
          {!editingId ? (
            <SelectField label="Status" hint="Where they are in joining. You can change it later from their profile." value={status} onChange={(e) => setStatus(e.target.value as VolunteerStatus)}>
              {VOLUNTEER_STATUSES.filter((s) => s !== 'left').map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </SelectField>
          ) : null}
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
        </fieldset>

        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save
          </button>
          <button type="button" className="button button--secondary" onClick={() => (formState.isDirty ? setConfirmLeave(true) : navigate(backTo))}>
            Cancel
          </button>
        </div>
      </form>

      {saving.dialog}
      {confirmLeave ? (
        <ConfirmDialog title="Discard your changes?" confirmLabel="Discard changes" danger onCancel={() => setConfirmLeave(false)} onConfirm={() => navigate(backTo)}>
          <p>What you typed on this page has not been saved.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
