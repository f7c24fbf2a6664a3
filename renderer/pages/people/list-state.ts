import { useState } from 'react';

/** What every people list keeps: the words searched, a status, a sort, and the page. */
export interface PeopleListState {
  query: string;
  status: string;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
}

/**
 * A list's search, filters and page, kept for the whole session so "back to the list"
 * finds the same search and page. One per kind of list.
 */
export function createListState<S extends PeopleListState>(initial: S): () => [S, (next: Partial<S>) => void] {
  let remembered = initial;
  return function useListState() {
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
  };
}
