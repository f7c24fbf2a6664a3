// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'wouter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capitalised } from '../../../../../renderer/pages/people/person-kind';
import { callsTo, renderAt } from '../../support/render';
import { KIND_CASES, type KindCase, type OnFile } from './person-pages';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const ON_FILE: OnFile[] = [
  { firstName: 'Łukasz', lastName: 'Wróbel', stage: 'active' },
  { firstName: 'Zoë', lastName: 'Ellis', stage: 'joining' },
  { firstName: 'Siân', lastName: 'ap Gruffudd', stage: 'active' },
  { firstName: 'Dafydd', lastName: 'Morgan', stage: 'left' },
];

/** The kind's list, with a stand-in profile that links back to it. */
function openList(c: KindCase) {
  const answer = c.list.onFile(ON_FILE);
  return renderAt(
    c.kind.path,
    {
      [c.kind.path]: c.list.page,
      [`${c.kind.path}/:id`]: (
        <>
          <h1>Profile</h1>
          <Link href={c.kind.path}>Back to the list</Link>
        </>
      ),
    },
    (name, input) => (name === `${c.area}.list` ? answer(input) : undefined),
  );
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
/** The names in the list, in order. */
const names = () => within(screen.getByRole('table')).getAllByRole('link').map((a) => a.textContent);

describe.each(KIND_CASES)('the $kind.plural list', (c) => {
  const { kind } = c;
  const showing = (matched: number) => screen.findByText(`Showing ${matched} of 4 ${kind.plural}`);
  const search = () => screen.getByRole<HTMLInputElement>('searchbox', { name: `Search ${kind.plural}` });

  beforeEach(() => c.list.reset());

  it('starts with current people, leavers out of the way, by name; "All statuses" brings the leavers back', async () => {
    const user = userEvent.setup();
    const { calls } = openList(c);
    await showing(3);
    expect(select('Status').value).toBe('current');
    expect(names()).toEqual(['Siân ap Gruffudd', 'Zoë Ellis', 'Łukasz Wróbel']);
    expect(callsTo(calls, `${c.area}.list`)[0]).toEqual(expect.objectContaining({ query: '', status: 'current', sort: 'name', direction: 'asc', offset: 0, limit: 50 }));

    await user.selectOptions(select('Status'), 'All statuses');
    await showing(4);
    expect(names()).toEqual(['Siân ap Gruffudd', 'Zoë Ellis', 'Dafydd Morgan', 'Łukasz Wróbel']);
    await user.selectOptions(select('Status'), c.list.joiningLabel);
    await showing(1);
    expect(names()).toEqual(['Zoë Ellis']);
  });

  it('folds the kind’s own filters and the sort away until asked for, saying how many are set', async () => {
    const user = userEvent.setup();
    openList(c);
    await showing(3);
    const toggle = screen.getByRole('button', { name: 'More filters' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: 'Sort by' })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.selectOptions(select('Sort by'), 'Name (Z to A)');
    await user.click(screen.getByRole('button', { name: 'Fewer filters' }));
    expect(screen.getByRole('button', { name: 'More filters (1 set)' })).toBeTruthy();
  });

  it('narrows as you type, accents or not, sorts, and offers to clear a search that finds nobody', async () => {
    const user = userEvent.setup();
    const { calls } = openList(c);
    await showing(3);
    await user.selectOptions(select('Status'), 'All statuses');
    await showing(4);

    await user.type(search(), 'zoe');
    await showing(1);
    expect(names()).toEqual(['Zoë Ellis']);
    expect(callsTo(calls, `${c.area}.list`).at(-1)).toEqual(expect.objectContaining({ query: 'zoe' }));

    await user.clear(search());
    await user.type(search(), 'wrobel');
    await showing(1);
    expect(names()).toEqual(['Łukasz Wróbel']);
    await user.clear(search());
    await showing(4);

    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.selectOptions(select('Sort by'), 'Name (Z to A)');
    await waitFor(() => expect(names()).toEqual(['Łukasz Wróbel', 'Dafydd Morgan', 'Zoë Ellis', 'Siân ap Gruffudd']));
    expect(screen.getByRole('table', { name: `${capitalised(kind.plural)}, sorted by Name (Z to A)` })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');
    expect(callsTo(calls, `${c.area}.list`).at(-1)).toEqual(expect.objectContaining({ query: '', sort: 'name', direction: 'desc' }));

    await user.type(search(), 'Gwenllian');
    await showing(0);
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await showing(4);
    expect(search().value).toBe('');
  });

  it('keeps the search, status and sort after opening someone and coming back', async () => {
    const user = userEvent.setup();
    const { calls } = openList(c);
    await showing(3);
    await user.selectOptions(select('Status'), 'All statuses');
    await showing(4);
    await user.selectOptions(select('Status'), 'Current (everyone except leavers)');
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    await user.selectOptions(select('Sort by'), 'Name (Z to A)');
    await user.type(search(), 'e');
    await showing(2);
    expect(names()).toEqual(['Łukasz Wróbel', 'Zoë Ellis']);

    await user.click(screen.getByRole('link', { name: 'Zoë Ellis' }));
    await screen.findByRole('heading', { level: 1, name: 'Profile' });
    const before = callsTo(calls, `${c.area}.list`).length;
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));

    await showing(2);
    expect(search().value).toBe('e');
    expect(select('Status').value).toBe('current');
    // A sort or filter in use keeps the folded filters open, so it is never set out of sight.
    expect(screen.getByRole('button', { name: 'Fewer filters' }).getAttribute('aria-expanded')).toBe('true');
    expect(select('Sort by').value).toBe('name-desc');
    expect(names()).toEqual(['Łukasz Wróbel', 'Zoë Ellis']);
    expect(callsTo(calls, `${c.area}.list`).slice(before)).toEqual([expect.objectContaining({ query: 'e', status: 'current', sort: 'name', direction: 'desc', offset: 0 })]);
  });
});
