import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PersonRef } from '../../shared/api';
import { api, errorMessage } from '../lib/api';
import { TextField } from './Fields';

/** A person the picker offers: a member or a volunteer, with a short note to tell two apart. */
export interface PickedPerson extends PersonRef {
  /** Shown after the name, for example "has left". */
  note?: string;
}

export interface PeopleFound {
  people: PickedPerson[];
  /** How many more match than are shown: the person should type more of the name. */
  more: number;
}

/** Members by name, email or phone (the register's and the groups' search). */
async function findMembers(query: string): Promise<PeopleFound> {
  return { people: await api.sessions.findPeople({ query }), more: 0 };
}

const MIN_QUERY = 2;

/**
 * Find a person by name, email or phone and choose them. Results update as you type and
 * each is a button, so it works the same with a mouse, a keyboard or a screen reader.
 * Members by default; `search` finds others (volunteers, for a member's key contact).
 */
export function PersonPicker({
  label,
  onChoose,
  exclude = [],
  chooseVerb = 'Choose',
  search = findMembers,
  noneFound = 'No members found.',
  hint = 'Type at least 2 letters of a name, or a phone number',
  id,
  error,
  describedBy,
  addedText,
}: {
  label: string;
  onChoose: (p: PickedPerson) => void;
  exclude?: readonly string[];
  chooseVerb?: string;
  search?: (query: string) => Promise<PeopleFound>;
  noneFound?: string;
  hint?: ReactNode;
  /** The search box's id, for an error summary's link. */
  id?: string;
  error?: string | undefined;
  /** More ids to describe the search box by (for example, what is chosen now). */
  describedBy?: string;
  /**
   * For a picker that adds people one after another (walk-ins): once a person is chosen the
   * search box is emptied and focused for the next, and this ("Val Clarke added") is said.
   * Without it the search stays as typed, for a page that moves on after the choice.
   */
  addedText?: (p: PickedPerson) => string;
}) {
  const [query, setQuery] = useState('');
  const [added, setAdded] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<PeopleFound>({ people: [], more: 0 });
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);
  // The newest search function without searching again when only its identity changes.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim().length < MIN_QUERY) return;
    searchRef.current(query).then(
      (result) => {
        if (ticket === latest.current) {
          setFound(result);
          setSearchError(null);
        }
      },
      (e: unknown) => {
        if (ticket === latest.current) setSearchError(errorMessage(e));
      },
    );
  }, [query]);

  function choose(p: PickedPerson) {
    onChoose(p);
    if (!addedText) return;
    setQuery('');
    setAdded(addedText(p));
    input.current?.focus();
  }

  const searching = query.trim().length >= MIN_QUERY;
  const shown = searching ? found.people.filter((r) => !exclude.includes(r.id)) : [];
  const more = searching ? found.more : 0;
  return (
    <div className="person-picker">
      <TextField
        ref={input}
        id={id}
        type="search"
        label={label}
        hint={hint}
        error={error}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setAdded('');
        }}
        // Enter in a search box inside a form would otherwise save the whole form.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        aria-describedby={describedBy}
      />
      <p className={added ? 'picker-added' : 'visually-hidden'} role="status">
        {added || (searching ? `${shown.length + more} found` : '')}
      </p>
      {/* What the search found, in one box that a page can place (a filter opens it over the list). */}
      {searching || searchError ? (
        <div className="picker-found">
          {searchError ? <p className="error-message">{searchError}</p> : null}
          {shown.length > 0 ? (
            <ul className="picker-results">
              {shown.map((p) => (
                <li key={p.id}>
                  <span>
                    {p.name}
                    {p.note ? (
                      <span className="lede">
                        {' '}
                        <span className="picker-nowrap">({p.note})</span>
                      </span>
                    ) : null}
                    {p.phone ? (
                      <span className="lede">
                        {' '}
                        · <span className="picker-nowrap">{p.phone}</span>
                      </span>
                    ) : null}
                  </span>
                  <button type="button" className="button button--secondary" onClick={() => choose(p)}>
                    {chooseVerb}
                    <span className="visually-hidden"> {p.name}</span>
                  </button>
                </li>
              ))}
              {more > 0 ? <li className="lede">{more === 1 ? '1 more matches' : `${more} more match`}: type more of the name to find them.</li> : null}
            </ul>
          ) : searching ? (
            <p className="lede">{noneFound}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
