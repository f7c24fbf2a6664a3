import { useState } from 'react';

/** What every people list keeps: the words searched, a status, a sort, and the page. */
export interface PeopleListState {
  query: string;
  status: string;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
}

export interface SortChoice<S extends PeopleListState> {
  value: string;
  label: string;
  sort: S['sort'];
  direction: S['direction'];
}

/** The sorts every list offers: by name either way, by its own date either way, and by status. */
export function peopleSorts<S extends PeopleListState>(date: { sort: S['sort']; label: string }, statusLabel: string): SortChoice<S>[] {
  const choice = (label: string, sort: S['sort'], direction: S['direction']): SortChoice<S> => ({ value: `${sort}-${direction}`, label, sort, direction });
  return [
    choice('Name (A to Z)', 'name', 'asc'),
    choice('Name (Z to A)', 'name', 'desc'),
    choice(`${date.label} (newest first)`, date.sort, 'desc'),
    choice(`${date.label} (oldest first)`, date.sort, 'asc'),
    choice(statusLabel, 'status', 'asc'),
  ];
}

/** A list's search and filters: everything but its sort and page. */
export type ListFilters<S extends PeopleListState> = Omit<S, 'sort' | 'direction' | 'page'>;

export interface ListState<S extends PeopleListState> {
  /**
   * The list's search, filters and page, kept for the whole session so "back to the list"
   * finds the same search and page. A React hook.
   */
  use: () => [S, (next: Partial<S>) => void];
  /** The search and filters that show everyone again. */
  cleared: ListFilters<S>;
  /** Whether the search or a filter leaves anyone out. */
  isFiltered: (state: S) => boolean;
}

/** The state of one kind of list, starting from `cleared`, sorted by name (A to Z). */
export function createListState<S extends PeopleListState>(cleared: ListFilters<S>): ListState<S> {
  let remembered = { ...cleared, sort: 'name', direction: 'asc', page: 0 } as S;
  const filterKeys = Object.keys(cleared) as (keyof ListFilters<S>)[];
  return {
    cleared,
    isFiltered: (state) => filterKeys.some((key) => (key === 'query' ? state.query.trim() : state[key]) !== cleared[key]),
    use: function useListState() {
      const [state, setState] = useState<S>(remembered);
      const update = (next: Partial<S>) => {
        setState((prev) => {
          // Any change other than paging starts again at page 1.
          const merged = { ...prev, ...next, page: 'page' in next ? (next.page ?? 0) : 0 };
          remembered = merged;
          return merged;
        });
      };
      return [state, update];
    },
  };
}
