import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import { ACCESS_FEATURES, venueFormSchema, type VenueFormValues, type VenueInput } from '../../../shared/domain/venues';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';

const EMPTY: VenueFormValues = {
  name: '',
  address: { line1: '', line2: '', town: '', postcode: '' },
  access: { stepFree: 'unknown', hearingLoop: 'unknown', accessibleToilet: 'unknown', parking: 'unknown' },
  transportNotes: '',
  contact: { name: '', phone: '', email: '' },
  roomCostPence: '',
  notes: '',
};

const ANSWERS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not checked' },
] as const;

export function VenueFormPage() {
  const { id } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<VenueFormValues, unknown, VenueInput>({ resolver: zodResolver(venueFormSchema), defaultValues: EMPTY, shouldFocusError: false });
  const { register, handleSubmit, formState, reset, setError } = form;
  // Read in render so the form state tracks it (see useUnsavedChanges).
  const unsaved = useUnsavedChanges(formState.isDirty);

  useEffect(() => {
    if (!id) return;
    api.venues.get({ id }).then(
      (v) =>
        reset({
          name: v.name,
          address: { line1: v.address.line1 ?? '', line2: v.address.line2 ?? '', town: v.address.town ?? '', postcode: v.address.postcode ?? '' },
          access: v.access,
          transportNotes: v.transportNotes ?? '',
          contact: { name: v.contact.name ?? '', phone: v.contact.phone ?? '', email: v.contact.email ?? '' },
          roomCostPence: v.roomCostPence === undefined ? '' : (v.roomCostPence / 100).toFixed(2),
          notes: v.notes ?? '',
        }),
      (e: unknown) => setSaveError(errorMessage(e)),
    );
  }, [id, reset]);

  const err = (path: string) => fieldError(formState.errors, path);

  const saving = useFormSave<VenueFormValues, VenueInput>({
    setError,
    wrapper: 'venue',
    initial: undefined,
    save: async (venue) => {
      const saved = id ? await api.venues.update({ id, venue }) : await api.venues.create({ venue });
      flashNext(`Saved ${saved.name}`);
      navigate('/venues');
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  async function remove() {
    if (!id) return;
    try {
      await api.venues.delete({ id });
      flashNext('Venue deleted');
      navigate('/venues');
    } catch (e) {
      setConfirmDelete(false);
      setSaveError(errorMessage(e));
    }
  }

  return (
    <Page title={id ? 'Edit venue' : 'Add venue'}>
      {saving.feedback}
      <ErrorNotice message={saveError} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id={fieldId('name')} label="Venue name" error={err('name')} {...register('name')} />
        <fieldset>
          <legend>Address</legend>
          <div className="form-grid">
            <TextField id={fieldId('address.line1')} label="Address line 1" error={err('address.line1')} {...register('address.line1')} />
            <TextField id={fieldId('address.line2')} label="Address line 2" error={err('address.line2')} {...register('address.line2')} />
            <TextField id={fieldId('address.town')} label="Town or city" className="input--medium" error={err('address.town')} {...register('address.town')} />
            <TextField id={fieldId('address.postcode')} label="Postcode" className="input--short" error={err('address.postcode')} {...register('address.postcode')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Access</legend>
          {ACCESS_FEATURES.map((f) => (
            <ChoiceGroup key={f.key} legend={f.label}>
              {ANSWERS.map((a) => (
                <Choice key={a.value} type="radio" label={a.label} value={a.value} {...register(`access.${f.key}`)} />
              ))}
            </ChoiceGroup>
          ))}
          <TextArea id={fieldId('transportNotes')} label="Public transport notes" hint="Buses, trams, nearest station, where to get off" error={err('transportNotes')} {...register('transportNotes')} />
        </fieldset>
        <fieldset>
          <legend>Contact at the venue</legend>
          <div className="form-grid">
            <TextField id={fieldId('contact.name')} label="Contact name" error={err('contact.name')} {...register('contact.name')} />
            <TextField id={fieldId('contact.phone')} type="tel" label="Contact phone" error={err('contact.phone')} {...register('contact.phone')} />
            <TextField id={fieldId('contact.email')} type="email" label="Contact email" error={err('contact.email')} {...register('contact.email')} />
          </div>
        </fieldset>
        <TextField id={fieldId('roomCostPence')} label="Room cost per session (£)" hint="Optional, for example 12.50" className="input--short" inputMode="decimal" error={err('roomCostPence')} {...register('roomCostPence')} />
        <TextArea id={fieldId('notes')} label="Notes" error={err('notes')} {...register('notes')} />
        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save
          </button>
          <button type="button" className="button button--secondary" onClick={() => unsaved.leave('/venues')}>
            Cancel
          </button>
          {id ? (
            <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
              Delete venue
            </button>
          ) : null}
        </div>
      </form>
      {unsaved.dialog}
      {confirmDelete ? (
        <ConfirmDialog title="Delete this venue?" confirmLabel="Delete venue" danger onCancel={() => setConfirmDelete(false)} onConfirm={() => void remove()}>
          <p>Groups that meet here must move first. This cannot be undone, except by restoring a backup.</p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
