import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldErrors, FieldValues, UseFormSetError } from 'react-hook-form';
import { ErrorNotice } from '../components/ErrorNotice';
import { ErrorSummary } from '../components/Fields';
import { ApiCallError, errorMessage } from './api';
import { applyServerErrors, fieldId, flattenErrors } from './form-errors';

export interface FormSave<T extends FieldValues, Input, Option> {
  /** For handleSubmit: saves the checked input. */
  onValid: (input: Input) => Promise<void>;
  onInvalid: (errors: FieldErrors<T>) => void;
  /** Saves again with an option (for example "save anyway" after a warning). */
  submit: (input: Input, option: Option) => Promise<void>;
  /** The error summary and any failure, for the top of the form. */
  feedback: ReactNode;
}

/**
 * Saving any add/edit form: every problem listed in a focused summary and next to its
 * field (the server's too, with the API's wrapper key such as "group." stripped), other
 * failures in plain words, and what was typed kept whatever happens.
 */
export function useFormSave<T extends FieldValues, Input, Option = undefined>({
  setError,
  wrapper,
  save,
  initial,
}: {
  setError: UseFormSetError<T>;
  wrapper?: string;
  save: (input: Input, option: Option) => Promise<void>;
  /** The option for a first save. */
  initial: Option;
}): FormSave<T, Input, Option> {
  const [summaryErrors, setSummaryErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (summaryErrors.length > 0) summary.current?.focus();
  }, [summaryErrors]);

  async function submit(input: Input, option: Option) {
    setSaveError(null);
    try {
      await save(input, option);
    } catch (e) {
      const fields = applyServerErrors(e, setError, wrapper);
      if (fields) setSummaryErrors(fields);
      else setSaveError(errorMessage(e));
    }
  }

  return {
    onValid: (input) => {
      setSummaryErrors([]);
      return submit(input, initial);
    },
    onInvalid: (errors) => setSummaryErrors(flattenErrors(errors).map((e) => ({ fieldId: fieldId(e.path), message: e.message }))),
    submit,
    feedback: (
      <>
        <ErrorSummary ref={summary} errors={summaryErrors} />
        <ErrorNotice message={saveError} />
      </>
    ),
  };
}

/**
 * Saving a small form in a dialog: the server's field errors go next to their fields (with
 * the API's wrapper key stripped), any other failure into `error` for an ErrorNotice. When
 * `fields` names the form's own fields, an error about anything else (a volunteer chosen by a
 * button, say) goes into the notice too, so no message is lost for want of a field to show it.
 */
export function useDialogSave<T extends FieldValues>(
  setFieldError: UseFormSetError<T>,
  wrapper: string,
  fields?: readonly string[],
): { error: string | null; run: (save: () => Promise<void>) => Promise<void> } {
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    run: async (save) => {
      setError(null);
      try {
        await save();
      } catch (e) {
        const { placed, unplaced } = splitByField(e, fields, wrapper);
        if (!applyServerErrors(placed, setFieldError, wrapper) || unplaced.length > 0) setError(unplaced.length > 0 ? unplaced.join(' ') : errorMessage(e));
      }
    },
  };
}

/** The error with only the field messages the form can place beside a field, and the rest. */
function splitByField(e: unknown, fields: readonly string[] | undefined, wrapper: string): { placed: unknown; unplaced: string[] } {
  if (!fields || !(e instanceof ApiCallError)) return { placed: e, unplaced: [] };
  const strip = (path: string) => (wrapper && path.startsWith(`${wrapper}.`) ? path.slice(wrapper.length + 1) : path);
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(e.fields)) {
    if (fields.includes(strip(path))) placed[path] = message;
    else unplaced.push(message);
  }
  return { placed: new ApiCallError({ code: e.code, message: e.message, fields: placed }), unplaced };
}

/** The message for one field, from react-hook-form's nested errors. */
export function fieldError(errors: FieldErrors, path: string): string | undefined {
  return flattenErrors(errors).find((e) => e.path === path)?.message;
}
