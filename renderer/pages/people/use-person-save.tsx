import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldErrors, FieldValues, UseFormSetError } from 'react-hook-form';
import type { DuplicateMatch } from '../../../shared/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ErrorSummary } from '../../components/Fields';
import { errorMessage } from '../../lib/api';
import { applyServerErrors, fieldId, flattenErrors } from '../../lib/form-errors';
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
 * Saving a person's add/edit form, for volunteers and members alike: every problem listed
 * in a focused summary and next to its field (the server's too), possible duplicates shown
 * before anything is saved, and what was typed kept whatever happens.
 * `save` creates or updates; it returns the possible duplicates, or null once saved.
 */
export function usePersonSave<T extends FieldValues, Input>({
  setError,
  wrapper,
  save,
}: {
  setError: UseFormSetError<T>;
  /** The key the API wraps the fields in ("volunteer"), stripped from server errors. */
  wrapper: string;
  save: (input: Input, allowDuplicate: boolean) => Promise<DuplicateMatch[] | null>;
}): PersonSave<T, Input> {
  const [summaryErrors, setSummaryErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; input: Input } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (summaryErrors.length > 0) summary.current?.focus();
  }, [summaryErrors]);

  async function submit(input: Input, allowDuplicate: boolean) {
    setSaveError(null);
    try {
      const matches = await save(input, allowDuplicate);
      if (matches) setDuplicates({ matches, input });
    } catch (e) {
      const fields = applyServerErrors(e, setError, wrapper);
      if (fields) setSummaryErrors(fields);
      else setSaveError(errorMessage(e));
    }
  }

  return {
    onValid: (input) => {
      setSummaryErrors([]);
      return submit(input, false);
    },
    onInvalid: (errors) => setSummaryErrors(flattenErrors(errors).map((e) => ({ fieldId: fieldId(e.path), message: e.message }))),
    feedback: (
      <>
        <ErrorSummary ref={summary} errors={summaryErrors} />
        <ErrorNotice message={saveError} />
      </>
    ),
    dialog: duplicates ? (
      <DuplicatesDialog
        matches={duplicates.matches}
        onBack={() => setDuplicates(null)}
        onSaveAnyway={() => {
          const input = duplicates.input;
          setDuplicates(null);
          void submit(input, true);
        }}
      />
    ) : null,
  };
}
