import { useState } from 'react';
import type { VolunteerListQuery } from '../../../shared/api';

export type ListState = Required<Pick<VolunteerListQuery, 'query' | 'status' | 'role' | 'workforceType' | 'sort' | 'direction'>> & { page: number };

export const INITIAL_LIST_STATE: ListState = { query: '', status: 'all', role: '', workforceType: '', sort: 'name', direction: 'asc', page: 0 };

// Kept for the whole session so "back to the list" finds the same search and page.
let remembered: ListState = INITIAL_LIST_STATE;

export function useListState(): [ListState, (next: Partial<ListState>) => void] {
  const [state, setState] = useState<ListState>(remembered);
  const update = (next: Partial<ListState>) => {
    setState((prev) => {
      // Any change other than paging starts again at page 1.
      const merged = { ...prev, ...next, page: 'page' in next ? (next.page ?? 0) : 0 };
      remembered = merged;
      return merged;
    });
  };
  return [state, update];
}

export function isFiltered(s: ListState): boolean {
  return s.query.trim() !== '' || s.status !== 'all' || s.role !== '' || s.workforceType !== '';
}
