// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { volunteersOnRecord } from './two-volunteers';
import { VolunteerChoiceField } from '../../../../../renderer/pages/members/VolunteerChoiceField';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});


function KeyContact({ initial, onChange }: { initial: string; onChange: (id: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <VolunteerChoiceField
      id="field-keyContactId"
      label="Key contact"
      hint="The volunteer who is their main contact"
      noun="key contact"
      value={value}
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
      currentOnly
    />
  );
}

describe('choosing a key contact by searching', () => {
  it('shows the chosen volunteer by name, even one who has left, and lets it be changed with the keyboard', async () => {
    const user = userEvent.setup();
    const call = volunteersOnRecord();
    const onChange = vi.fn();
    render(<KeyContact initial="v-chiara" onChange={onChange} />);

    const group = await screen.findByRole('group', { name: 'Key contact' });
    await vi.waitFor(() => expect(group.textContent).toContain('Chiara Rossi (has left)'));

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change key contact' }));
    await user.keyboard('{Enter}');
    const search = screen.getByRole('searchbox', { name: 'Key contact' });
    expect(document.activeElement).toBe(search);
    expect(search.getAttribute('aria-describedby')).toContain('field-keyContactId-now');

    await user.keyboard('chi');
    // Only current volunteers are offered.
    await screen.findByRole('button', { name: 'Choose Chidi Okafor' });
    expect(call).toHaveBeenLastCalledWith('volunteers.list', expect.objectContaining({ query: 'chi', status: 'current' }));
    expect(screen.queryByRole('button', { name: 'Choose Chiara Rossi' })).toBeNull();

    await user.tab();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('v-chidi');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change key contact' }));
    expect(screen.getByRole('group', { name: 'Key contact' }).textContent).toContain('Chidi Okafor');
  });

  it('can be cleared, leaving the search ready', async () => {
    const user = userEvent.setup();
    volunteersOnRecord();
    const onChange = vi.fn();
    render(<KeyContact initial="v-chidi" onChange={onChange} />);
    await user.click(await screen.findByRole('button', { name: 'Remove key contact' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Key contact' }));
  });

  it('starts at the search when nobody is chosen, with its hint and error tied to it', () => {
    volunteersOnRecord();
    render(
      <VolunteerChoiceField
        id="field-keyContactId"
        label="Key contact"
        hint="The volunteer who is their main contact"
        noun="key contact"
        error="That volunteer is no longer on record. Choose another key contact."
        value=""
        onChange={() => undefined}
        currentOnly
      />,
    );
    const search = screen.getByRole('searchbox', { name: 'Key contact' });
    expect(search.id).toBe('field-keyContactId');
    expect(search.getAttribute('aria-invalid')).toBe('true');
    const described = (search.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([expect.stringContaining('main contact'), 'Error: That volunteer is no longer on record. Choose another key contact.']);
  });

  it('does not save the form when Enter is pressed in the search', async () => {
    const user = userEvent.setup();
    volunteersOnRecord();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <KeyContact initial="" onChange={() => undefined} />
        <button type="submit">Save</button>
      </form>,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Key contact' }), 'chi{Enter}');
    await screen.findByRole('button', { name: 'Choose Chidi Okafor' });
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
