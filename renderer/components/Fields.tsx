import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/**
 * Labelled form controls. Each has a real <label>, its hint and error tied to it with
 * aria-describedby, and aria-invalid when in error — the error text sits next to the field,
 * above the input, so it is read before the value.
 */

interface FieldShell {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Visually hide the label (it is still the accessible name). */
  hideLabel?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The id and ARIA wiring every control inside a Shell needs; `more` adds to the description. */
function controlProps(id: string, hint: unknown, error: unknown, more?: string) {
  const description = [describedBy(`${id}-hint`, `${id}-error`, hint, error), more].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': description || undefined } as const;
}

function Shell({ id, label, hint, error, hideLabel, children }: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  hideLabel,
  ref,
  id: givenId,
  'aria-describedby': more,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <Shell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel ?? false}>
      <input ref={ref} type="text" {...controlProps(id, hint, error, more)} {...input} />
    </Shell>
  );
}

export function TextArea({
  label,
  hint,
  error,
  ref,
  id: givenId,
  ...input
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <textarea ref={ref} {...controlProps(id, hint, error)} {...input} />
    </Shell>
  );
}

export function SelectField({
  label,
  hint,
  error,
  ref,
  id: givenId,
  children,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select ref={ref} {...controlProps(id, hint, error)} {...select}>
        {children}
      </select>
    </Shell>
  );
}

/** A checkbox or radio with its label beside it. */
export function Choice({
  label,
  ref,
  id: givenId,
  ...input
}: { label: string } & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const auto = useId();
  const id = givenId ?? auto;
  return (
    <div className="choice">
      <input ref={ref} id={id} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of choices with a legend, and the group's error next to it. */
export function ChoiceGroup({ legend, hint, error, children }: { legend: string; hint?: string; error?: string | undefined; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className={error ? 'field--error' : undefined} aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}>
      <legend>{legend}</legend>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <div className="choices">{children}</div>
    </fieldset>
  );
}

/** GOV.UK-style summary at the top of a form: every problem, each a link to its field. */
export function ErrorSummary({ errors, ref }: { errors: { fieldId: string; message: string }[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
