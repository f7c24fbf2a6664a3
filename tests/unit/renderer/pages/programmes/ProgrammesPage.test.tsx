// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgrammesPage } from '../../../../../renderer/pages/programmes/ProgrammesPage';
import { forgetProgrammeListState } from '../../../../../renderer/pages/programmes/programme-list-state';
import { callsTo, renderAt } from '../../support/render';
import { COACHING, list, ROWS } from './fixtures';

beforeEach(() => forgetProgrammeListState());
afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function show() {
  return renderAt('/programmes', { '/programmes': <ProgrammesPage /> }, (name) => {
    if (name === 'programmes.list') return list(ROWS);
    if (name === 'programmes.kinds') return [COACHING];
    throw new Error(`unexpected ${name}`);
  });
}

// The list as filtered (the other call, with just "open", finds the volunteers for the filter).
const lastListCall = (calls: ReturnType<typeof show>['calls']) => callsTo(calls, 'programmes.list').filter((c) => 'sort' in (c as object)).at(-1);

describe('the Programmes list', () => {
  it('starts with open programmes, longest since contact first, and shows each counter and wait', async () => {
    const { calls } = show();
    const table = await screen.findByRole('table');
    expect(lastListCall(calls)).toEqual({ query: '', kindId: '', status: 'open', volunteerId: '', noContact: false, sort: 'last-contact' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first!.textContent).toContain('Amira Haddad');
    expect(first!.textContent).toContain('Chidi Okafor');
    expect(first!.textContent).toContain('6 of 10');
    expect(first!.textContent).toContain('20/11/2026');
    expect(second!.textContent).toContain('Waiting for a match (12 days)');
    expect(within(table).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe('/programmes/p-1');
  });

  it('filters by kind, status, volunteer and no contact, and the counts show just those', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Peer coaching');
    expect(lastListCall(calls)).toMatchObject({ kindId: 'peer-coaching' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Volunteer' }), 'Chidi Okafor');
    expect(lastListCall(calls)).toMatchObject({ kindId: 'peer-coaching', volunteerId: 'v-1' });
    await user.click(screen.getByRole('checkbox', { name: 'No contact for 21 days' }));
    expect(lastListCall(calls)).toMatchObject({ noContact: true });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Member (A to Z)');
    expect(lastListCall(calls)).toMatchObject({ sort: 'member' });

    // A count is a button to just those programmes: the other filters go.
    const waiting = screen.getByRole('button', { name: '3 waiting for a match' });
    await user.click(waiting);
    expect(lastListCall(calls)).toMatchObject({ status: 'waiting', kindId: '', volunteerId: '', noContact: false });
    expect(waiting.getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: '2 no contact for 21 days' }));
    expect(lastListCall(calls)).toMatchObject({ status: 'open', noContact: true });
  });

  it('remembers the filters, but not the search, the next time the list opens', async () => {
    const user = userEvent.setup();
    show();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Paused');
    await user.type(screen.getByRole('searchbox', { name: 'Search programmes' }), 'amira');
    cleanup();

    const { calls } = show();
    await screen.findByRole('table');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('paused');
    expect(lastListCall(calls)).toMatchObject({ status: 'paused', query: 'amira' });

    // Stored for the next start: the status, never the search.
    const stored = JSON.parse(window.localStorage.getItem('peer-desk.programmes-list') ?? '{}') as Record<string, unknown>;
    expect(stored).toMatchObject({ status: 'paused' });
    expect(stored).not.toHaveProperty('query');
  });
});
