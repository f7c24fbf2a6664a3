import { useState } from 'react';
import { forgetRemembered, readRemembered, writeRemembered } from '../../lib/remembered';

/** The Programmes list's search, filters and sort: what programmes.list is given. */
export interface ProgrammeListState {
  query: string;
  kindId: string;
  status: 'open' | 'all' | 'waiting' | 'matched' | 'active' | 'paused' | 'ended';
  volunteerId: string;
  noContact: boolean;
  sort: 'last-contact' | 'member' | 'started';
}

export const PROGRAMME_LIST_DEFAULTS: ProgrammeListState = { query: '', kindId: '', status: 'open', volunteerId: '', noContact: false, sort: 'last-contact' };

const STORAGE_KEY = 'peer-desk.programmes-list';

const SESSION_ONLY = ['query'];

let remembered: ProgrammeListState | null = null;

/** The list's state, kept for the session and (but for the search) for the next time Peer Desk opens. */
export function useProgrammeListState(): [ProgrammeListState, (next: Partial<ProgrammeListState>) => void] {
  const [state, setState] = useState<ProgrammeListState>(() => (remembered ??= readRemembered(STORAGE_KEY, PROGRAMME_LIST_DEFAULTS, SESSION_ONLY)));
  const update = (next: Partial<ProgrammeListState>) =>
    setState((prev) => {
      const merged = { ...prev, ...next };
      remembered = merged;
      writeRemembered(STORAGE_KEY, merged, SESSION_ONLY);
      return merged;
    });
  return [state, update];
}

/** Forget what was remembered (for tests, and a fresh start). */
export function forgetProgrammeListState(): void {
  remembered = null;
  forgetRemembered(STORAGE_KEY);
}
