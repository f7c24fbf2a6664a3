import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import {
  MEMBER_STATUSES,
  MEMBER_STATUS_LABELS,
  NEWSLETTER_LABELS,
  NEWSLETTER_PREFERENCES,
  memberFormSchema,
  type Member,
  type MemberFormValues,
  type MemberInput,
  type MemberStatus,
} from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { fieldId, flattenErrors } from '../../lib/form-errors';
import { ContactFieldset, EmergencyContactFieldset, NameFieldset } from '../people/PersonFields';
import { usePersonSave } from '../people/use-person-save';
import { EMPTY_MEMBER_FORM, formFromMember } from './form-values';
import { VolunteerChoiceField } from './VolunteerChoiceField';

export function MemberFormPage() {
  const params = useParams<{ id?: string }>();
  const editingId = params.id;
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [existing, setExisting] = useState<Member | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<MemberStatus>('referred');
  const [confirmLeave, setConfirmLeave] = useState(false);

  const form = useForm<MemberFormValues, unknown, MemberInput>({
    resolver: zodResolver(memberFormSchema),
    defaultValues: EMPTY_MEMBER_FORM,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead, so every problem is read out first.
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, formState, setError, reset } = form;
  const errors = formState.errors;

  useEffect(() => {
    if (!editingId) return;
    api.members
      .get({ id: editingId })
      .then((m) => {
        setExisting(m);
        reset(formFromMember(m));
      })
      .catch((e: unknown) => setLoadError(errorMessage(e)));
  }, [editingId, reset]);

  const err = (path: string): string | undefined => flattenErrors(errors).find((e) => e.path === path)?.message;

  const saving = usePersonSave<MemberFormValues, MemberInput>({
    setError,
    wrapper: 'member',
    save: async (input, allowDuplicate) => {
      const result = editingId
        ? await api.members.update({ id: editingId, member: input, allowDuplicate, ...(existing ? { expectedUpdatedAt: existing.updatedAt } : {}) })
        : await api.members.create({ member: input, status, allowDuplicate });
      if (result.status === 'possible-duplicates') return result.matches;
      reset(formFromMember(result.member));
      flashNext(`Saved ${displayName(result.member)}`);
      navigate(`/members/${result.member.id}`);
      return null;
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  const backTo = editingId ? `/members/${editingId}` : '/members';
  const title = editingId ? (existing ? `Edit ${displayName(existing)}` : 'Edit member') : 'Add member';

  if (loadError) {
    return (
      <Page title="Edit member">
        <ErrorNotice message={loadError} />
      </Page>
    );
  }

  if (editingId && !existing) {
    return (
      <Page title={title}>
        <p role="status">Loading…</p>
      </Page>
    );
  }

  return (
    <Page title={title} lede="Only first and last name are needed. Add the rest when you have it.">
      {saving.feedback}
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <NameFieldset register={register} err={err} />
        <ContactFieldset register={register} err={err}>
          <ChoiceGroup legend="Newsletter preference" hint="How they would like to get the newsletter" error={err('newsletter')}>
            {NEWSLETTER_PREFERENCES.map((n) => (
              <Choice key={n} type="radio" label={NEWSLETTER_LABELS[n]} value={n} {...register('newsletter')} />
            ))}
          </ChoiceGroup>
        </ContactFieldset>

        <fieldset>
          <legend>About them</legend>
          <TextField
            id={fieldId('dateOfBirth')}
            label="Date of birth"
            hint="For example, 27/03/1950"
            className="input--short"
            inputMode="numeric"
            error={err('dateOfBirth')}
            {...register('dateOfBirth')}
          />
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
          <TextArea id={fieldId('notes')} label="Notes" error={err('notes')} {...register('notes')} />
        </fieldset>

        <EmergencyContactFieldset register={register} err={err} relationshipLabel="Relationship to the member" />

        <fieldset>
          <legend>Support</legend>
          <TextField
            id={fieldId('joinedDate')}
            label="Date joined"
            hint="When they were referred or first joined, for example 01/09/2025. Leave blank for today."
            className="input--short"
            inputMode="numeric"
            error={err('joinedDate')}
            {...register('joinedDate')}
          />
          {!editingId ? (
            <SelectField label="Status" hint="Where they are now. You can change it later from their profile." value={status} onChange={(e) => setStatus(e.target.value as MemberStatus)}>
              {MEMBER_STATUSES.filter((s) => s !== 'left').map((s) => (
                <option key={s} value={s}>
                  {MEMBER_STATUS_LABELS[s]}
                </option>
              ))}
            </SelectField>
          ) : null}
          {/* A key contact who has since left stays on their member's record until someone else is
              chosen (as the server's rule allows); new choices are current volunteers only. */}
          <Controller
            control={control}
            name="keyContactId"
            render={({ field }) => (
              <VolunteerChoiceField
                id={fieldId('keyContactId')}
                label="Key contact"
                hint="The volunteer who is their main contact"
                noun="key contact"
                error={err('keyContactId')}
                value={field.value ?? ''}
                onChange={field.onChange}
                currentOnly
              />
            )}
          />
          <Controller
            control={control}
            name="volunteerId"
            render={({ field }) => (
              <VolunteerChoiceField
                id={fieldId('volunteerId')}
                label="Linked volunteer record"
                hint="If this member also volunteers with you, choose their volunteer record"
                noun="linked volunteer record"
                error={err('volunteerId')}
                value={field.value ?? ''}
                onChange={field.onChange}
                currentOnly={false}
              />
            )}
          />
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
