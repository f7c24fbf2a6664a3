import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { REFERRAL_SOURCES, REFERRAL_SOURCE_LABELS, referralFormSchema, type ReferralFormValues, type ReferralInput } from '../../../shared/domain/referrals';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { useAppStatus } from '../../lib/app-status';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';

export function ReferralFormPage() {
  const { id } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const { status } = useAppStatus();
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useForm<ReferralFormValues, unknown, ReferralInput>({
    resolver: zodResolver(referralFormSchema),
    shouldFocusError: false,
    defaultValues: {
      receivedDate: formatUkDate(todayIso()),
      source: 'self',
      referrer: { name: '', organisation: '', contact: '' },
      person: { firstName: '', lastName: '', phone: '', email: '', dateOfBirth: '', postcode: '' },
      reason: '',
      targetWaitDays: String(status.settings.referralTargetDays),
      contactedDate: '',
      assessedDate: '',
    },
  });
  const { register, handleSubmit, formState, reset, setError } = form;
  // Read in render so the form state tracks it (see useUnsavedChanges).
  const unsaved = useUnsavedChanges(formState.isDirty);

  useEffect(() => {
    if (!id) return;
    api.referrals.get({ id }).then(
      (r) =>
        reset({
          receivedDate: formatUkDate(r.receivedDate),
          source: r.source,
          referrer: { name: r.referrer.name ?? '', organisation: r.referrer.organisation ?? '', contact: r.referrer.contact ?? '' },
          person: {
            firstName: r.person.firstName,
            lastName: r.person.lastName,
            phone: r.person.phone ?? '',
            email: r.person.email ?? '',
            dateOfBirth: formatUkDate(r.person.dateOfBirth),
            postcode: r.person.postcode ?? '',
          },
          ...(r.memberId ? { memberId: r.memberId } : {}),
          reason: r.reason ?? '',
          targetWaitDays: String(r.targetWaitDays),
          contactedDate: formatUkDate(r.contactedDate),
          assessedDate: formatUkDate(r.assessedDate),
        }),
      (e: unknown) => setSaveError(errorMessage(e)),
    );
  }, [id, reset]);

  const err = (path: string) => fieldError(formState.errors, path);

  const saving = useFormSave<ReferralFormValues, ReferralInput>({
    setError,
    wrapper: 'referral',
    initial: undefined,
    save: async (referral) => {
      const saved = id ? await api.referrals.update({ id, referral }) : await api.referrals.create({ referral });
      flashNext(`Saved the referral for ${saved.person.firstName} ${saved.person.lastName}`);
      navigate(`/referrals/${saved.id}`);
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  return (
    <Page title={id ? 'Edit referral' : 'Add referral'}>
      {saving.feedback}
      <ErrorNotice message={saveError} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset>
          <legend>The referral</legend>
          <div className="form-grid">
            <TextField id={fieldId('receivedDate')} label="Date received" hint="dd/mm/yyyy" className="input--short" error={err('receivedDate')} {...register('receivedDate')} />
            <SelectField id={fieldId('source')} label="Referred by" error={err('source')} {...register('source')}>
              {REFERRAL_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {REFERRAL_SOURCE_LABELS[s]}
                </option>
              ))}
            </SelectField>
            <TextField id={fieldId('targetWaitDays')} label="Target wait (days)" hint="From referral to assessment" className="input--short" inputMode="numeric" error={err('targetWaitDays')} {...register('targetWaitDays')} />
          </div>
          <div className="form-grid">
            <TextField id={fieldId('referrer.name')} label="Referrer's name" error={err('referrer.name')} {...register('referrer.name')} />
            <TextField id={fieldId('referrer.organisation')} label="Referrer's organisation" hint="For example: the GP practice" error={err('referrer.organisation')} {...register('referrer.organisation')} />
            <TextField id={fieldId('referrer.contact')} label="Referrer's phone or email" error={err('referrer.contact')} {...register('referrer.contact')} />
          </div>
          <TextArea id={fieldId('reason')} label="Reason for referral" error={err('reason')} {...register('reason')} />
        </fieldset>
        <fieldset>
          <legend>The person referred</legend>
          <div className="form-grid">
            <TextField id={fieldId('person.firstName')} label="First name" error={err('person.firstName')} {...register('person.firstName')} />
            <TextField id={fieldId('person.lastName')} label="Last name" error={err('person.lastName')} {...register('person.lastName')} />
            <TextField id={fieldId('person.phone')} type="tel" label="Phone" error={err('person.phone')} {...register('person.phone')} />
            <TextField id={fieldId('person.email')} type="email" label="Email" error={err('person.email')} {...register('person.email')} />
            <TextField id={fieldId('person.dateOfBirth')} label="Date of birth" hint="dd/mm/yyyy" className="input--short" error={err('person.dateOfBirth')} {...register('person.dateOfBirth')} />
            <TextField id={fieldId('person.postcode')} label="Postcode" className="input--short" error={err('person.postcode')} {...register('person.postcode')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Progress</legend>
          <div className="form-grid">
            <TextField id={fieldId('contactedDate')} label="Date contacted" hint="dd/mm/yyyy, when you first spoke to them" className="input--short" error={err('contactedDate')} {...register('contactedDate')} />
            <TextField id={fieldId('assessedDate')} label="Date assessed" hint="dd/mm/yyyy" className="input--short" error={err('assessedDate')} {...register('assessedDate')} />
          </div>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save
          </button>
          <button type="button" className="button button--secondary" onClick={() => unsaved.leave(id ? `/referrals/${id}` : '/referrals')}>
            Cancel
          </button>
        </div>
      </form>
      {unsaved.dialog}
    </Page>
  );
}
