// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { volunteersOnRecord } from './two-volunteers';
import { NO_KEY_CONTACT } from '../../../../../shared/api';
import { KeyContactFilter } from '../../../../../renderer/pages/members/KeyContactFilter';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});


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
