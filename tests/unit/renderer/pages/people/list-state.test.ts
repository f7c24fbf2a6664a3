// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createListState, peopleSorts, type PeopleListState } from '../../../../../renderer/pages/people/list-state';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

interface ListOfTest extends PeopleListState {
  role: string;
}

describe('peopleSorts', () => {
  it('offers name both ways, the kind’s date both ways, and status, each with a value naming its sort and direction', () => {
    expect(peopleSorts<ListOfTest>({ sort: 'startDate', label: 'Start date' }, 'Status (in pipeline order)')).toEqual([
      { value: 'name-asc', label: 'Name (A to Z)', sort: 'name', direction: 'asc' },
      { value: 'name-desc', label: 'Name (Z to A)', sort: 'name', direction: 'desc' },
      { value: 'startDate-desc', label: 'Start date (newest first)', sort: 'startDate', direction: 'desc' },
      { value: 'startDate-asc', label: 'Start date (oldest first)', sort: 'startDate', direction: 'asc' },
      { value: 'status-asc', label: 'Status (in pipeline order)', sort: 'status', direction: 'asc' },
    ]);
  });
});

describe('createListState', () => {
  const cleared = { query: '', status: 'all', role: '' };

  it('counts a search or a filter as filtering, but not spaces, a sort or a page', () => {
    const { isFiltered } = createListState<ListOfTest>(cleared, {}, 'test.filtered');
    const start: ListOfTest = { ...cleared, sort: 'name', direction: 'asc', page: 0 };
    expect(isFiltered(start)).toBe(false);
    expect(isFiltered({ ...start, query: '   ' })).toBe(false);
    expect(isFiltered({ ...start, sort: 'status', direction: 'desc', page: 3 })).toBe(false);
    expect(isFiltered({ ...start, query: 'Siân' })).toBe(true);
    expect(isFiltered({ ...start, status: 'current' })).toBe(true);
    expect(isFiltered({ ...start, role: 'befriender' })).toBe(true);
  });

  it('starts cleared by name A to Z, goes back to the first page on any change but paging, and remembers it for the next page shown', () => {
    const state = createListState<ListOfTest>(cleared, {}, 'test.session');
    const first = renderHook(() => state.use());
    expect(first.result.current[0]).toEqual({ query: '', status: 'all', role: '', sort: 'name', direction: 'asc', page: 0 });

    act(() => first.result.current[1]({ page: 2 }));
    expect(first.result.current[0].page).toBe(2);
    act(() => first.result.current[1]({ query: 'Zoë' }));
    expect(first.result.current[0]).toEqual(expect.objectContaining({ query: 'Zoë', page: 0 }));
    act(() => first.result.current[1]({ status: 'current' }));
    act(() => first.result.current[1]({ page: 1 }));
    first.unmount();

    // The list shown again (back from a profile) picks up where it was.
    const again = renderHook(() => state.use());
    expect(again.result.current[0]).toEqual({ query: 'Zoë', status: 'current', role: '', sort: 'name', direction: 'asc', page: 1 });
    // Each kind keeps its own.
    expect(renderHook(() => createListState<ListOfTest>(cleared, {}, 'test.other').use()).result.current[0].query).toBe('');
  });

  it('starts from its defaults (current people), and next time Peer Desk opens from the filters and sort left last time, but not the search or page', () => {
    const first = createListState<ListOfTest>(cleared, { status: 'current' }, 'test.kept');
    const hook = renderHook(() => first.use());
    expect(hook.result.current[0]).toEqual({ query: '', status: 'current', role: '', sort: 'name', direction: 'asc', page: 0 });
    act(() => hook.result.current[1]({ status: 'left', role: 'befriender', sort: 'status', direction: 'desc', query: 'Zoë' }));
    act(() => hook.result.current[1]({ page: 2 }));
    hook.unmount();

    // A new start of the app: the module made again, the same storage.
    const reopened = createListState<ListOfTest>(cleared, { status: 'current' }, 'test.kept');
    expect(renderHook(() => reopened.use()).result.current[0]).toEqual({ query: '', status: 'left', role: 'befriender', sort: 'status', direction: 'desc', page: 0 });

    reopened.forget();
    expect(renderHook(() => reopened.use()).result.current[0]).toEqual({ query: '', status: 'current', role: '', sort: 'name', direction: 'asc', page: 0 });
  });

  it('ignores remembered filters it does not understand', () => {
    window.localStorage.setItem('test.odd', JSON.stringify({ status: 3, role: 'trustee', direction: 'sideways', unknown: true }));
    const state = createListState<ListOfTest>(cleared, { status: 'current' }, 'test.odd');
    expect(renderHook(() => state.use()).result.current[0]).toEqual({ query: '', status: 'current', role: 'trustee', sort: 'name', direction: 'asc', page: 0 });
    window.localStorage.setItem('test.broken', '{not json');
    expect(renderHook(() => createListState<ListOfTest>(cleared, { status: 'current' }, 'test.broken').use()).result.current[0].status).toBe('current');
  });
});
