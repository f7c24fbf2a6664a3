import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Path } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import type { DuplicateMatch, VolunteerSaveResult } from '../../../shared/api';
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
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { Choice, ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { EMPTY_FORM, fieldId, formFromVolunteer } from './form-values';
import { ErrorNotice } from '../../components/ErrorNotice';

const REASON_WORDS: Record<DuplicateMatch['reasons'][number], string> = { email: 'email', phone: 'phone number', dateOfBirth: 'date of birth' };

/** Flattens react-hook-form's nested errors to "address.postcode" → message. */
function flattenErrors(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'root') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === 'string' && value.message) out.push({ path, message: value.message });
    else if (typeof value === 'object') out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}

export function VolunteerFormPage() {
  const params = useParams<{ id?: string }>();
  const editingId = params.id;
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [existing, setExisting] = useState<Volunteer | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<VolunteerStatus>('enquiry');
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; input: VolunteerInput } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [summaryErrors, setSummaryErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const summary = useRef<HTMLDivElement>(null);

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

  useEffect(() => {
    if (summaryErrors.length > 0) summary.current?.focus();
  }, [summaryErrors]);

  const err = (path: string): string | undefined => flattenErrors(errors).find((e) => e.path === path)?.message;

  async function save(input: VolunteerInput, allowDuplicate: boolean) {
    setSaveError(null);
    let result: VolunteerSaveResult;
    try {
      result = editingId
        ? await api.volunteers.update({ id: editingId, volunteer: input, allowDuplicate, ...(existing ? { expectedUpdatedAt: existing.updatedAt } : {}) })
        : await api.volunteers.create({ volunteer: input, status, allowDuplicate });
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) {
        const list: { fieldId: string; message: string }[] = [];
        for (const [path, message] of Object.entries(e.fields)) {
          const field = path.replace(/^volunteer\./, '');
          setError(field as Path<VolunteerFormValues>, { type: 'server', message });
          list.push({ fieldId: fieldId(field), message });
        }
        setSummaryErrors(list);
      } else {
        setSaveError(errorMessage(e));
      }
      return;
    }
    if (result.status === 'possible-duplicates') {
      setDuplicates({ matches: result.matches, input });
      return;
    }
    reset(formFromVolunteer(result.volunteer));
    flashNext(`Saved ${displayName(result.volunteer)}`);
    navigate(`/volunteers/${result.volunteer.id}`);
  }

  const onSubmit = handleSubmit(
    (input) => {
      setSummaryErrors([]);
      return save(input, false);
    },
    (invalid) => setSummaryErrors(flattenErrors(invalid).map((e) => ({ fieldId: fieldId(e.path), message: e.message }))),
  );

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
      <ErrorSummary ref={summary} errors={summaryErrors} />
      <ErrorNotice message={saveError} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset>
          <legend>Name</legend>
          <div className="form-grid">
            <TextField id={fieldId('firstName')} label="First name" autoComplete="off" error={err('firstName')} {...register('firstName')} />
            <TextField id={fieldId('lastName')} label="Last name" autoComplete="off" error={err('lastName')} {...register('lastName')} />
            <TextField id={fieldId('preferredName')} label="Preferred name" hint="If different from their first name" error={err('preferredName')} {...register('preferredName')} />
            <TextField id={fieldId('pronouns')} label="Pronouns" hint="For example, she/her, they/them" className="input--medium" error={err('pronouns')} {...register('pronouns')} />
          </div>
        </fieldset>

        <fieldset>
          <legend>Contact details</legend>
          <div className="form-grid">
            <TextField id={fieldId('email')} type="email" label="Email" autoComplete="off" spellCheck={false} error={err('email')} {...register('email')} />
            <TextField id={fieldId('phone')} type="tel" label="Phone" className="input--medium" error={err('phone')} {...register('phone')} />
          </div>
          <div className="form-grid">
            <TextField id={fieldId('address.line1')} label="Address line 1" error={err('address.line1')} {...register('address.line1')} />
            <TextField id={fieldId('address.line2')} label="Address line 2" error={err('address.line2')} {...register('address.line2')} />
            <TextField id={fieldId('address.town')} label="Town or city" className="input--medium" error={err('address.town')} {...register('address.town')} />
            <TextField id={fieldId('address.postcode')} label="Postcode" className="input--short" error={err('address.postcode')} {...register('address.postcode')} />
          </div>
          <ChoiceGroup legend="Communication preferences" hint="How they are happy to be contacted" error={err('contactPreferences')}>
            {CONTACT_METHODS.map((c) => (
              <Choice key={c} type="checkbox" label={`By ${CONTACT_LABELS[c].toLowerCase()}`} value={c} {...register("contactPreferences")} />
            ))}
          </ChoiceGroup>
        </fieldset>

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

        <fieldset>
          <legend>Emergency contact</legend>
          <div className="form-grid">
            <TextField id={fieldId('emergencyContact.name')} label="Emergency contact name" error={err('emergencyContact.name')} {...register('emergencyContact.name')} />
            <TextField
              id={fieldId('emergencyContact.relationship')}
              label="Relationship to the volunteer"
              hint="For example, partner, daughter, friend"
              error={err('emergencyContact.relationship')}
              {...register('emergencyContact.relationship')}
            />
            <TextField
              id={fieldId('emergencyContact.phone')}
              type="tel"
              label="Emergency contact phone"
              className="input--medium"
              error={err('emergencyContact.phone')}
              {...register('emergencyContact.phone')}
            />
          </div>
        </fieldset>

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

      {duplicates ? (
        <Dialog title="This may be someone already on record" onClose={() => setDuplicates(null)}>
          <ul>
            {duplicates.matches.map((m) => (
              <li key={m.id}>
                <strong>{m.name}</strong>{' '}
                has the same name and {m.reasons.map((r) => REASON_WORDS[r]).join(' and ')}.
              </li>
            ))}
          </ul>
          <p>If this is a different person, save anyway. Otherwise go back and check.</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setDuplicates(null)}>
              Go back
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                const input = duplicates.input;
                setDuplicates(null);
                void save(input, true);
              }}
            >
              Save anyway
            </button>
          </div>
        </Dialog>
      ) : null}
      {confirmLeave ? (
        <ConfirmDialog title="Discard your changes?" confirmLabel="Discard changes" danger onCancel={() => setConfirmLeave(false)} onConfirm={() => navigate(backTo)}>
          <p>What you typed on this page has not been saved.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
