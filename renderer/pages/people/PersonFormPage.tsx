import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormRegister } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import { displayName } from '../../../shared/domain/person';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { errorMessage } from '../../lib/api';
import { fieldId, flattenErrors } from '../../lib/form-errors';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import type { PeopleListState } from './list-state';
import type { PersonKind, PersonRecord, PersonRow } from './person-kind';
import type { PersonFormValues } from './form-values';
import { ContactFieldset, EmergencyContactFieldset, NameFieldset } from './PersonFields';
import { usePersonSave } from './use-person-save';

/**
 * Adding or editing a person of any kind, following GOV.UK's question pages: only first and
 * last name are needed; every problem is listed in a summary that takes focus and next to its
 * field; what was typed is never lost; possible duplicates are shown before saving. The fields
 * every person has come first in each fieldset, the kind's own after them.
 */
export function PersonFormPage<P extends PersonRecord<S>, F extends FieldValues, I, S extends string, Row extends PersonRow<S>, L extends PeopleListState>({
  kind,
}: {
  kind: PersonKind<P, F, I, S, Row, L>;
}) {
  const params = useParams<{ id?: string }>();
  const editingId = params.id;
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [existing, setExisting] = useState<P | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<S>(kind.form.newStatus);
  const saveButton = useRef<HTMLButtonElement>(null);
  const { form: spec, api: people } = kind;
  const { Contact, About, Section, More } = spec;

  const form = useForm<F, unknown, I>({
    resolver: zodResolver(spec.schema),
    defaultValues: spec.empty as DefaultValues<F>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead, so every problem is read out first.
    shouldFocusError: false,
  });
  const { handleSubmit, formState, setError, reset } = form;
  // The fields every person has are in every kind's form values.
  const register = form.register as unknown as UseFormRegister<PersonFormValues>;
  const errors = formState.errors;
  // Read here, in render, so the form state tracks it (see useUnsavedChanges). A new
  // person's status is chosen outside the form, so changing it counts as a change too.
  const dirty = formState.isDirty || (!editingId && status !== kind.form.newStatus);
  const unsaved = useUnsavedChanges(dirty);

  useEffect(() => {
    if (!editingId) return;
    people
      .get(editingId)
      .then((record) => {
        setExisting(record);
        reset(spec.fromRecord(record));
      })
      .catch((e: unknown) => setLoadError(errorMessage(e)));
  }, [editingId, reset, people, spec]);

  const err = (path: string): string | undefined => flattenErrors(errors).find((e) => e.path === path)?.message;

  const saving = usePersonSave<F, I>({
    setError,
    wrapper: kind.id,
    returnFocus: saveButton,
    profilePath: (id) => `${kind.path}/${id}`,
    save: async (input, allowDuplicate) => {
      const result = editingId ? await people.update(editingId, input, allowDuplicate, existing?.updatedAt) : await people.create(input, status, allowDuplicate);
      if (result.status === 'possible-duplicates') return result.matches;
      reset(spec.fromRecord(result.record));
      flashNext(`Saved ${displayName(result.record)}`);
      navigate(`${kind.path}/${result.record.id}`);
      return null;
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);

  const backTo = editingId ? `${kind.path}/${editingId}` : kind.path;
  const title = editingId ? (existing ? `Edit ${displayName(existing)}` : `Edit ${kind.noun}`) : `Add ${kind.noun}`;

  if (loadError) {
    return (
      <Page title={`Edit ${kind.noun}`}>
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

  const parts = { form, err };
  return (
    <Page title={title} lede="Only first and last name are needed. Add the rest when you have it.">
      {saving.feedback}
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <NameFieldset register={register} err={err} />
        <ContactFieldset register={register} err={err}>
          <Contact {...parts} />
        </ContactFieldset>

        <fieldset>
          <legend>About them</legend>
          <TextField
            id={fieldId('dateOfBirth')}
            label="Date of birth"
            hint={spec.dateOfBirthHint}
            className="input--short"
            inputMode="numeric"
            error={err('dateOfBirth')}
            {...register('dateOfBirth')}
          />
          <About {...parts} />
          <TextArea id={fieldId('notes')} label="Notes" error={err('notes')} {...register('notes')} />
        </fieldset>

        <EmergencyContactFieldset register={register} err={err} relationshipLabel={`Relationship to the ${kind.noun}`} />

        <fieldset>
          <legend>{kind.section.title}</legend>
          <Section.Before {...parts} />
          {!editingId ? (
            <SelectField label="Status" hint={spec.statusHint} value={status} onChange={(e) => setStatus(e.target.value as S)}>
              {kind.statuses
                .filter((s) => s !== 'left')
                .map((s) => (
                  <option key={s} value={s}>
                    {kind.statusLabels[s]}
                  </option>
                ))}
            </SelectField>
          ) : null}
          <Section.After {...parts} />
        </fieldset>
        {More ? <More {...parts} /> : null}

        <div className="button-row">
          <button ref={saveButton} type="submit" className="button" disabled={formState.isSubmitting}>
            Save
          </button>
          <button type="button" className="button button--secondary" onClick={() => unsaved.leave(backTo)}>
            Cancel
          </button>
        </div>
      </form>

      {saving.dialog}
      {unsaved.dialog}
    </Page>
  );
}
