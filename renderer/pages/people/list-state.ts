import { useState } from 'react';
import { forgetRemembered, readRemembered, writeRemembered } from '../../lib/remembered';

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
   * finds the same search and page; the filters and sort are also kept for the next time
   * Peer Desk opens. A React hook.
   */
  use: () => [S, (next: Partial<S>) => void];
  /** The search and filters that show everyone again. */
  cleared: ListFilters<S>;
  /** How the list starts the first time: current people, leavers out of the way. */
  defaults: ListFilters<S>;
  /** Whether the search or a filter leaves anyone out. */
  isFiltered: (state: S) => boolean;
  /** How many of the list's own filters (not the search or status) are set, for "More filters (2 set)". */
  moreFiltersSet: (state: S) => number;
  /** Forgets what was remembered and starts again from the defaults (for tests, and a fresh start). */
  forget: () => void;
}

const SESSION_ONLY = ['query', 'page'];

function readStored<S extends PeopleListState>(key: string, start: S): S {
  const out = readRemembered(key, start, SESSION_ONLY);
  return out.direction === 'asc' || out.direction === 'desc' ? out : { ...out, direction: start.direction };
}

/**
 * The state of one kind of list. It starts from `defaults` (or, once used, the filters and
 * sort left last time, kept under `storageKey`), sorted by name (A to Z); `cleared` shows everyone.
 */
export function createListState<S extends PeopleListState>(cleared: ListFilters<S>, defaults: Partial<ListFilters<S>>, storageKey: string): ListState<S> {
  const start = { ...cleared, ...defaults } as ListFilters<S>;
  const fresh = () => ({ ...start, sort: 'name', direction: 'asc', page: 0 }) as S;
  let remembered = readStored(storageKey, fresh());
  const filterKeys = Object.keys(cleared) as (keyof ListFilters<S>)[];
  return {
    cleared,
    defaults: start,
    isFiltered: (state) => filterKeys.some((key) => (key === 'query' ? state.query.trim() : state[key]) !== cleared[key]),
    moreFiltersSet: (state) => filterKeys.filter((key) => key !== 'query' && key !== 'status' && state[key] !== cleared[key]).length,
    forget: () => {
      remembered = fresh();
      forgetRemembered(storageKey);
    },
    use: function useListState() {
      const [state, setState] = useState<S>(remembered);
      const update = (next: Partial<S>) => {
        setState((prev) => {
          // Any change other than paging starts again at page 1.
          const merged = { ...prev, ...next, page: 'page' in next ? (next.page ?? 0) : 0 };
          remembered = merged;
          writeRemembered(storageKey, merged, SESSION_ONLY);
          return merged;
        });
      };
      return [state, update];
    },
  };
}
