// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_KEY_CONTACT, type VolunteerListQuery, type VolunteerSummary } from '../../../../../shared/api';
import type { ApiResult } from '../../../../../shared/errors';
import { KeyContactFilter } from '../../../../../renderer/pages/members/KeyContactFilter';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const summary = (id: string, name: string, status: VolunteerSummary['status']): VolunteerSummary => ({
  id,
  name,
  sortName: name,
  status,
  roles: [],
  workforceType: 'voluntary',
});
const CHIDI = summary('v-chidi', 'Chidi Okafor', 'active');
const CHIARA = summary('v-chiara', 'Chiara Rossi', 'left');

/** Plays the main process with two volunteers on record; any other id is not found. */
function volunteersOnRecord() {
  const call = vi.fn(async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    await Promise.resolve();
    if (name === 'volunteers.get') {
      const v = [CHIDI, CHIARA].find((x) => x.id === (input as { id: string }).id);
      if (!v) return { ok: false, error: { code: 'NOT_FOUND', message: 'That volunteer is not on record.' } };
      const [firstName = '', lastName = ''] = v.name.split(' ');
      return { ok: true, value: { id: v.id, firstName, lastName, status: v.status } };
    }
    if (name === 'volunteers.list') {
      const q = input as VolunteerListQuery;
      const rows = [CHIDI, CHIARA].filter((v) => v.name.toLowerCase().includes((q.query ?? '').toLowerCase()));
      return { ok: true, value: { total: 2, matched: rows.length, offset: 0, rows } };
    }
    throw new Error(`unexpected ${name}`);
  });
  window.peerDesk = { call };
  return call;
}

/** The filter as the members page holds it: the value is what members.list is given. */
function Filter({ initial, onChange }: { initial: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <KeyContactFilter
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('the members list key-contact filter', () => {
  it('finds a volunteer by typing, including one who has left, and filters by their id', async () => {
    const user = userEvent.setup();
    const call = volunteersOnRecord();
    const onChange = vi.fn();
    render(<Filter initial="" onChange={onChange} />);

    const search = screen.getByRole('searchbox', { name: 'Key contact' });
    expect(search.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toEqual(['Type a volunteer’s name']);
    await user.click(search);
    await user.keyboard('chi');
    await screen.findByRole('button', { name: 'Choose Chiara Rossi' });
    expect(call).toHaveBeenLastCalledWith('volunteers.list', expect.objectContaining({ query: 'chi', status: 'all' }));
    expect(screen.getByText('(has left)')).toBeTruthy();

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Choose Chidi Okafor' }));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('v-chidi');
    const clear = screen.getByRole('button', { name: 'Clear key contact filter' });
    expect(document.activeElement).toBe(clear);
    expect(screen.getByRole('group', { name: 'Key contact' }).textContent).toContain('Chidi Okafor');
    // Nothing but searches: never every volunteer.
    expect(call.mock.calls.map(([name]) => name)).not.toContain('members.volunteerChoices');
  });

  it('names the volunteer of a filter it opens with, and clearing goes back to the search', async () => {
    const user = userEvent.setup();
    const call = volunteersOnRecord();
    const onChange = vi.fn();
    render(<Filter initial="v-chiara" onChange={onChange} />);

    const group = await screen.findByRole('group', { name: 'Key contact' });
    await vi.waitFor(() => expect(group.textContent).toContain('Chiara Rossi (has left)'));
    expect(call).toHaveBeenCalledWith('volunteers.get', { id: 'v-chiara' });
    expect(call.mock.calls.map(([name]) => name)).toEqual(['volunteers.get']);

    await user.click(screen.getByRole('button', { name: 'Clear key contact filter' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Key contact' }));
  });

  it('says so when the volunteer filtered by is no longer on record', async () => {
    volunteersOnRecord();
    render(<Filter initial="v-deleted" onChange={() => undefined} />);
    const group = await screen.findByRole('group', { name: 'Key contact' });
    await vi.waitFor(() => expect(group.textContent).toContain('A volunteer no longer on record'));
    expect(screen.getByRole('button', { name: 'Clear key contact filter' })).toBeTruthy();
  });

  it('"Only with no key contact" and a chosen volunteer replace each other', async () => {
    const user = userEvent.setup();
    const call = volunteersOnRecord();
    const onChange = vi.fn();
    render(<Filter initial={NO_KEY_CONTACT} onChange={onChange} />);

    const nobody = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Only with no key contact' });
    expect(nobody().checked).toBe(true);
    // "none" is not a volunteer's id: nothing is looked up, the search is ready.
    const search = screen.getByRole('searchbox', { name: 'Key contact' });
    expect(call).not.toHaveBeenCalledWith('volunteers.get', expect.anything());

    await user.type(search, 'okafor');
    await user.click(await screen.findByRole('button', { name: 'Choose Chidi Okafor' }));
    expect(onChange).toHaveBeenLastCalledWith('v-chidi');
    expect(nobody().checked).toBe(false);

    await user.click(nobody());
    expect(onChange).toHaveBeenLastCalledWith(NO_KEY_CONTACT);
    expect(screen.queryByRole('group', { name: 'Key contact' })).toBeNull();
    await user.click(nobody());
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('Escape on a result goes back to the search box', async () => {
    const user = userEvent.setup();
    volunteersOnRecord();
    render(<Filter initial="" onChange={() => undefined} />);
    await user.type(screen.getByRole('searchbox', { name: 'Key contact' }), 'chi');
    await screen.findByRole('button', { name: 'Choose Chidi Okafor' });
    await user.tab();
    expect(document.activeElement?.textContent).toContain('Choose');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Key contact' }));
  });
});
