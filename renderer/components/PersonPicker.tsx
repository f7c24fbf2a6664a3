import { useEffect, useRef, useState } from 'react';
import type { PersonRef } from '../../shared/api';
import { api, errorMessage } from '../lib/api';
import { TextField } from './Fields';

/**
 * Find a member by name, email or phone and choose them. Results update as you type and
 * each is a button, so it works the same with a mouse, a keyboard or a screen reader.
 */
export function PersonPicker({ label, onChoose, exclude = [], chooseVerb = 'Choose' }: { label: string; onChoose: (p: PersonRef) => void; exclude?: readonly string[]; chooseVerb?: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim().length < 2) return;
    api.sessions.findPeople({ query }).then(
      (found) => {
        if (ticket === latest.current) {
          setResults(found);
          setError(null);
        }
      },
      (e: unknown) => {
        if (ticket === latest.current) setError(errorMessage(e));
      },
    );
  }, [query]);

  const shown = query.trim().length < 2 ? [] : results.filter((r) => !exclude.includes(r.id));
  return (
    <div className="person-picker">
      <TextField type="search" label={label} hint="Type at least 2 letters of a name, or a phone number" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      {error ? <p className="error-message">{error}</p> : null}
      <p className="visually-hidden" role="status">
        {query.trim().length >= 2 ? `${shown.length} found` : ''}
      </p>
      {shown.length > 0 ? (
        <ul className="picker-results">
          {shown.map((p) => (
            <li key={p.id}>
              <span>
                {p.name}
                {p.phone ? <span className="lede"> · {p.phone}</span> : null}
              </span>
              <button type="button" className="button button--secondary" onClick={() => onChoose(p)}>
                {chooseVerb}
                <span className="visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 2 ? (
        <p className="lede">No members found.</p>
      ) : null}
    </div>
  );
}
