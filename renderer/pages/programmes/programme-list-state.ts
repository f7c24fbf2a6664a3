import { useState } from 'react';

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

/**
 * Read back what was left last time; anything of the wrong type is ignored. The search is
 * kept for the session only, as the people lists do (people/list-state.ts).
 */
function readStored(): ProgrammeListState {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return PROGRAMME_LIST_DEFAULTS;
    const stored = raw as Record<string, unknown>;
    const out: Record<string, unknown> = { ...PROGRAMME_LIST_DEFAULTS };
    for (const [name, value] of Object.entries(PROGRAMME_LIST_DEFAULTS)) {
      if (name !== 'query' && typeof stored[name] === typeof value) out[name] = stored[name];
    }
    return out as unknown as ProgrammeListState;
  } catch {
    return PROGRAMME_LIST_DEFAULTS;
  }
}

let remembered: ProgrammeListState | null = null;

/** The list's state, kept for the session and (but for the search) for the next time Peer Desk opens. */
export function useProgrammeListState(): [ProgrammeListState, (next: Partial<ProgrammeListState>) => void] {
  const [state, setState] = useState<ProgrammeListState>(() => (remembered ??= readStored()));
  const update = (next: Partial<ProgrammeListState>) =>
    setState((prev) => {
      const merged = { ...prev, ...next };
      remembered = merged;
      const { query: _query, ...kept } = merged;
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
      } catch {
        // Storage unavailable: the list still works, it starts from its defaults next time.
      }
      return merged;
    });
  return [state, update];
}

/** Forget what was remembered (for tests, and a fresh start). */
export function forgetProgrammeListState(): void {
  remembered = null;
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
