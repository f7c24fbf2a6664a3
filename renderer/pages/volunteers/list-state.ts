import type { VolunteerListQuery } from '../../../shared/api';
import { createListState } from '../people/list-state';

export type ListState = Required<Pick<VolunteerListQuery, 'query' | 'status' | 'role' | 'workforceType' | 'sort' | 'direction'>> & { page: number };

export const INITIAL_LIST_STATE: ListState = { query: '', status: 'all', role: '', workforceType: '', sort: 'name', direction: 'asc', page: 0 };

export const useListState = createListState<ListState>(INITIAL_LIST_STATE);

export function isFiltered(s: ListState): boolean {
  return s.query.trim() !== '' || s.status !== 'all' || s.role !== '' || s.workforceType !== '';
}
