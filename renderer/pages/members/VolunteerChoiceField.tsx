import { useEffect, useState } from 'react';
import { PersonChoiceField } from '../../components/PersonChoiceField';
import type { PickedPerson } from '../../components/PersonPicker';
import { lookUpVolunteer, searchVolunteers } from './volunteer-choices';

/**
 * A member's volunteer (key contact, or their own volunteer record) chosen by searching
 * volunteers by name, email or phone. The value is the volunteer's id ('' for none); the
 * name of the one chosen is fetched once, so the form can open with only the id.
 */
export function VolunteerChoiceField({
  id,
  label,
  hint,
  searchHint = `${hint ?? label}. Type at least 2 letters of their name, or their phone number or email, then choose them.`,
  noun,
  error,
  value,
  onChange,
  currentOnly,
  clearVerb,
  changeable,
}: {
  id: string;
  label: string;
  /** Shown while someone is chosen. */
  hint?: string;
  /** Shown while searching; by default the hint and what to type. */
  searchHint?: string;
  noun: string;
  error?: string | undefined;
  value: string;
  onChange: (volunteerId: string) => void;
  /** Offer only volunteers who have not left (one already chosen stays shown). */
  currentOnly: boolean;
  clearVerb?: string;
  changeable?: boolean;
}) {
  const [known, setKnown] = useState<PickedPerson | null>(null);

  useEffect(() => {
    if (!value || known?.id === value) return;
    let current = true;
    const gone = { id: value, name: 'A volunteer no longer on record' };
    lookUpVolunteer(value).then(
      (v) => {
        if (current) setKnown(v ?? gone);
      },
      () => {
        if (current) setKnown(gone);
      },
    );
    return () => {
      current = false;
    };
  }, [value, known]);

  return (
    <PersonChoiceField
      id={id}
      label={label}
      hint={hint}
      searchHint={searchHint}
      error={error}
      chosen={!value ? null : known?.id === value ? known : undefined}
      onChange={(person) => {
        if (person) setKnown(person);
        onChange(person?.id ?? '');
      }}
      search={(query) => searchVolunteers(query, currentOnly)}
      noun={noun}
      noneFound={currentOnly ? 'No current volunteers found.' : 'No volunteers found.'}
      {...(clearVerb === undefined ? {} : { clearVerb })}
      {...(changeable === undefined ? {} : { changeable })}
    />
  );
}
