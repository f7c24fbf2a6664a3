import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { FieldErrors, FieldValues, UseFormSetError } from 'react-hook-form';
import type { DuplicateMatch } from '../../../shared/api';
import { useFormSave } from '../../lib/use-form-save';
import { DuplicatesDialog } from './DuplicatesDialog';

export interface PersonSave<T extends FieldValues, Input> {
  /** For handleSubmit: the checked input is saved, warning first about possible duplicates. */
  onValid: (input: Input) => Promise<void>;
  onInvalid: (errors: FieldErrors<T>) => void;
  /** The error summary and any failure, for the top of the form. */
  feedback: ReactNode;
  /** The possible-duplicates dialog while open. */
  dialog: ReactNode;
}

/**
 * Saving a person's add/edit form, for volunteers and members alike: the usual form save
 * (see useFormSave), with possible duplicates shown before anything is saved.
 * `save` creates or updates; it returns the possible duplicates, or null once saved.
 */
export function usePersonSave<T extends FieldValues, Input>({
  setError,
  wrapper,
  save,
  returnFocus,
  profilePath,
}: {
  setError: UseFormSetError<T>;
  /** The key the API wraps the fields in ("volunteer"), stripped from server errors. */
  wrapper: string;
  save: (input: Input, allowDuplicate: boolean) => Promise<DuplicateMatch[] | null>;
  /**
   * Where "Go back" returns focus: the Save button. The dialog cannot give it back itself, as
   * the button was disabled (and so lost focus) while the save was being tried.
   */
  returnFocus: RefObject<HTMLElement | null>;
  /** The address of a record on file, so the dialog can link to each possible duplicate. */
  profilePath: (id: string) => string;
}): PersonSave<T, Input> {
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; input: Input } | null>(null);
  const wentBack = useRef(false);
  useEffect(() => {
    if (duplicates || !wentBack.current) return;
    wentBack.current = false;
    returnFocus.current?.focus();
  }, [duplicates, returnFocus]);
  const saving = useFormSave<T, Input, boolean>({
    setError,
    wrapper,
    initial: false,
    save: async (input, allowDuplicate) => {
      const matches = await save(input, allowDuplicate);
      if (matches) setDuplicates({ matches, input });
    },
  });

  return {
    onValid: saving.onValid,
    onInvalid: saving.onInvalid,
    feedback: saving.feedback,
    dialog: duplicates ? (
      <DuplicatesDialog
        matches={duplicates.matches}
        profilePath={profilePath}
        onBack={() => {
          wentBack.current = true;
          setDuplicates(null);
        }}
        onSaveAnyway={() => {
          const input = duplicates.input;
          setDuplicates(null);
          void saving.submit(input, true);
        }}
      />
    ) : null,
  };
}
