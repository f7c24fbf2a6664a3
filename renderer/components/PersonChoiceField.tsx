import { useEffect, useRef, useState } from 'react';
import { PersonPicker, type PeopleFound, type PickedPerson } from './PersonPicker';

/**
 * A form field whose value is one person chosen by searching (a member's key contact):
 * it shows who is chosen with "Change" and "Remove", or the search when nobody is. A
 * search scales to any number of people where a select of everyone would not.
 *
 * `id` goes on whatever takes focus (the search box, or "Change"), so an error summary's
 * link lands on the field. Focus follows each step, so a keyboard user is never dropped.
 * A filter passes `changeable={false}` and `clearVerb="Clear"`: the one button clears the
 * choice and goes back to the search.
 */
export function PersonChoiceField({
  id,
  label,
  hint,
  searchHint,
  error,
  chosen,
  onChange,
  search,
  noun,
  noneFound,
  clearVerb = 'Remove',
  changeable = true,
}: {
  id: string;
  label: string;
  /** Shown while someone is chosen. */
  hint?: string | undefined;
  /** Shown while searching: what to type. */
  searchHint: string;
  error?: string | undefined;
  /** Who is chosen: null for nobody, undefined while their name loads. */
  chosen: PickedPerson | null | undefined;
  onChange: (person: PickedPerson | null) => void;
  search: (query: string) => Promise<PeopleFound>;
  /** Completes the buttons' names: "Change key contact", "Remove key contact". */
  noun: string;
  noneFound: string;
  /** The button that empties the choice: "Remove" (the default) or, in a filter, "Clear". */
  clearVerb?: string;
  /** False for no "Change" button: clear, then search again. */
  changeable?: boolean;
}) {
  const [changing, setChanging] = useState(false);
  const focusNext = useRef(false);
  const searching = chosen === null || changing;

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    document.getElementById(id)?.focus();
  }, [id, searching, chosen]);

  const then = (action: () => void) => () => {
    focusNext.current = true;
    action();
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const nowId = `${id}-now`;
  const chosenText = chosen === undefined ? 'Loading…' : chosen ? (chosen.note ? `${chosen.name} (${chosen.note})` : chosen.name) : '';

  if (searching) {
    return (
      <div className="person-choice">
        <PersonPicker
          id={id}
          label={label}
          hint={searchHint}
          error={error}
          search={search}
          noneFound={noneFound}
          exclude={chosen ? [chosen.id] : []}
          onChoose={(person) => {
            focusNext.current = true;
            setChanging(false);
            onChange(person);
          }}
          {...(chosen ? { describedBy: nowId } : {})}
        />
        {chosen ? (
          <p className="person-choice__keep">
            <span id={nowId}>
              {label} now: {chosenText}.
            </span>{' '}
            <button type="button" className="button button--link" onClick={then(() => setChanging(false))}>
              Keep {chosen.name}
            </button>
          </p>
        ) : null}
      </div>
    );
  }

  const describedBy = [nowId, hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field person-choice${error ? ' field--error' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="label">
        {label}
      </span>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="error-message">
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      ) : null}
      <div className="person-choice__chosen">
        <span id={nowId} className="person-choice__name">
          {chosenText}
        </span>
        {changeable ? (
          <button id={id} type="button" className="button button--secondary" aria-describedby={describedBy} onClick={then(() => setChanging(true))}>
            Change<span className="visually-hidden"> {noun}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          {...(changeable ? {} : { id, 'aria-describedby': describedBy })}
          onClick={then(() => onChange(null))}
        >
          {clearVerb}
          <span className="visually-hidden"> {noun}</span>
        </button>
      </div>
    </div>
  );
}
