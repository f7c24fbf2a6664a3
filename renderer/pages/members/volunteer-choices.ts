import { useEffect, useState } from 'react';
import type { VolunteerSummary } from '../../../shared/api';
import { displayName } from '../../../shared/domain/person';
import type { Volunteer } from '../../../shared/domain/volunteers';
import type { PeopleFound, PickedPerson } from '../../components/PersonPicker';
import { ApiCallError, api } from '../../lib/api';

/**
 * Volunteers for a member's pages, one at a time: found by searching, or fetched by id to
 * show a name. Never the whole list, which can run to thousands.
 */

/** Enough to choose from; more than this and the search says to type more of the name. */
const SHOWN = 8;

function picked(v: { id: string; name: string; status: string; phone?: string | undefined }): PickedPerson {
  return { id: v.id, name: v.name, ...(v.phone ? { phone: v.phone } : {}), ...(v.status === 'left' ? { note: 'has left' } : {}) };
}

export function pickedFromSummary(v: VolunteerSummary): PickedPerson {
  return picked(v);
}

export function pickedFromVolunteer(v: Volunteer): PickedPerson {
  return picked({ id: v.id, name: displayName(v), status: v.status, phone: v.phone });
}

/** Volunteers by name, email or phone: only those who have not left, or everyone. */
export async function searchVolunteers(query: string, currentOnly: boolean): Promise<PeopleFound> {
  const list = await api.volunteers.list({ query, status: currentOnly ? 'current' : 'all', limit: SHOWN });
  return { people: list.rows.map(pickedFromSummary), more: Math.max(0, list.matched - list.rows.length) };
}

/** One volunteer by id; null if they are no longer on record (deleted). Other failures reject. */
export async function lookUpVolunteer(id: string): Promise<PickedPerson | null> {
  try {
    return pickedFromVolunteer(await api.volunteers.get({ id }));
  } catch (e) {
    if (e instanceof ApiCallError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export type VolunteerOnRecord =
  | { status: 'loading' }
  | { status: 'found'; volunteer: PickedPerson }
  /** The id points at a volunteer since deleted. */
  | { status: 'gone' }
  | { status: 'failed' };

/** The volunteer with this id, fetched on its own; null when there is no id. */
export function useVolunteerOnRecord(id: string | undefined): VolunteerOnRecord | null {
  const [result, setResult] = useState<{ id: string; value: VolunteerOnRecord } | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    lookUpVolunteer(id).then(
      (volunteer) => {
        if (current) setResult({ id, value: volunteer ? { status: 'found', volunteer } : { status: 'gone' } });
      },
      () => {
        if (current) setResult({ id, value: { status: 'failed' } });
      },
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (!id) return null;
  return result?.id === id ? result.value : { status: 'loading' };
}

/** How a member's page names a volunteer: "Chiara Rossi (has left)", or why it cannot. */
export function volunteerLabel(v: VolunteerOnRecord): string {
  switch (v.status) {
    case 'loading':
      return 'Loading…';
    case 'found':
      return v.volunteer.note ? `${v.volunteer.name} (${v.volunteer.note})` : v.volunteer.name;
    case 'gone':
      return 'A volunteer no longer on record';
    case 'failed':
      return 'A volunteer whose name could not be loaded';
  }
}
