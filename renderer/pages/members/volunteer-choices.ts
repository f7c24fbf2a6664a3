import { useEffect, useState } from 'react';
import type { VolunteerChoice } from '../../../shared/api';
import { api } from '../../lib/api';

/**
 * Volunteers by name, for key contact and linked-record choices: null while loading (a
 * select must have its options before it is given a value), empty if loading fails.
 */
export function useVolunteerChoices(): VolunteerChoice[] | null {
  const [choices, setChoices] = useState<VolunteerChoice[] | null>(null);
  useEffect(() => {
    let current = true;
    api.members.volunteerChoices().then(
      (list) => {
        if (current) setChoices(list);
      },
      () => {
        if (current) setChoices([]);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return choices;
}
