import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from './api';

/** react-hook-form's nested errors as "address.postcode" → message. */
export function flattenErrors(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'root') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === 'string' && value.message) out.push({ path, message: value.message });
    else if (typeof value === 'object') out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}

/** DOM ids for fields, so the error summary can link to them ("address.postcode" → "field-address-postcode"). */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

/**
 * Puts the server's field errors next to the fields (stripping the wrapper key such as
 * "volunteer."), and returns them for the error summary. Non-field errors return null.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, wrapper?: string): { fieldId: string; message: string }[] | null {
  if (!(error instanceof ApiCallError) || Object.keys(error.fields).length === 0) return null;
  const list: { fieldId: string; message: string }[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    const field = wrapper && path.startsWith(`${wrapper}.`) ? path.slice(wrapper.length + 1) : path;
    setError(field as Path<T>, { type: 'server', message });
    list.push({ fieldId: fieldId(field), message });
  }
  return list;
}
