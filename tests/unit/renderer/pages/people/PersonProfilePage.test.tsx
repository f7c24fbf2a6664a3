// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgrammeRow } from '../../../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../../../shared/dates';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';
import { KIND_CASES, type KindCase } from './person-pages';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

/** A profile of the kind, its record on file; `more` answers anything else the test is about. */
function openProfile(c: KindCase, more: (name: string, input: unknown) => unknown = () => undefined) {
  let record = c.record;
  const opened = renderAt(`${c.kind.path}/p-1`, { [`${c.kind.path}/:id`]: c.profilePage, [c.kind.path]: <h1>List</h1> }, (name, input) => {
    const answer = more(name, input);
    if (answer !== undefined) return answer;
    if (name === `${c.area}.get`) return record;
    if (name === `${c.area}.changeStatus`) {
      const { status, reason } = input as { status: typeof record.status; reason?: string };
      record = { ...record, status, ...(reason ? { leftReason: reason, leftDate: todayIso() } : {}) } as typeof record;
      return record;
    }
    if (name === 'audit.list') return { entries: [] };
    return undefined;
  });
  return opened;
}

describe.each(KIND_CASES)('the $kind.noun profile', (c) => {
  const { kind } = c;

  it('shows the record with the tabs of its kind', async () => {
    openProfile(c);
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(c.tabs);
    expect(screen.getByRole('region', { name: 'Contact details' }).textContent).toContain('sian@example.org');
    expect(screen.getByRole('link', { name: `Back to ${kind.plural}` }).getAttribute('href')).toContain(kind.path);
  });

  it('changes the status with a dated note, says so, and gives focus back to the button', async () => {
    const user = userEvent.setup();
    const { calls } = openProfile(c);
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });

    const change = screen.getByRole('button', { name: 'Change status' });
    await user.click(change);
    const dialog = screen.getByRole('dialog', { name: 'Change the status of Siân Llewelyn' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Date of change').value).toBe(formatUkDate(todayIso()));
    await user.selectOptions(within(dialog).getByLabelText('Status'), c.next.label);
    await user.type(within(dialog).getByLabelText('Note (optional)'), 'Phoned on Monday');
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    await screen.findByText(`Siân Llewelyn: status is now ${c.next.label}`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(change);
    expect(callsTo(calls, `${c.area}.changeStatus`)).toEqual([{ id: 'p-1', status: c.next.value, date: todayIso(), note: 'Phoned on Monday' }]);
  });

  it('asks before Cancel or Escape throws away a status change being typed; untouched, it closes at once', async () => {
    const user = userEvent.setup();
    const { calls } = openProfile(c);
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });
    const change = screen.getByRole('button', { name: 'Change status' });
    const statusDialog = () => screen.getByRole('dialog', { name: 'Change the status of Siân Llewelyn' });
    const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

    await user.click(change);
    await user.click(within(statusDialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(change);
    const note = within(statusDialog()).getByLabelText('Note (optional)');
    await user.type(note, 'Phoned on Monday');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    expect(document.activeElement).toBe(note);
    expect((note as HTMLTextAreaElement).value).toBe('Phoned on Monday');

    await user.click(within(statusDialog()).getByRole('button', { name: 'Cancel' }));
    expect(pressEscapeIn(discard())).toBe(true);
    expect(within(statusDialog()).getByLabelText<HTMLTextAreaElement>('Note (optional)').value).toBe('Phoned on Monday');
    await user.click(within(statusDialog()).getByRole('button', { name: 'Cancel' }));
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(change);
    expect(callsTo(calls, `${c.area}.changeStatus`)).toEqual([]);
  });

  it('asks for the reason before recording that someone has left, and keeps the record', async () => {
    const user = userEvent.setup();
    const { calls } = openProfile(c);
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });

    await user.click(screen.getByRole('button', { name: 'Record leaving' }));
    const dialog = screen.getByRole('dialog', { name: 'Record that Siân Llewelyn has left' });
    // The form opens at Left (end to end in person-kinds.spec.ts); happy-dom does not show a
    // select's value set by react-hook-form, so it is chosen here as a coordinator could.
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Left');
    await user.click(within(dialog).getByRole('button', { name: 'Record leaving' }));
    expect(await within(dialog).findByText(/Enter the reason for leaving/)).toBeTruthy();
    expect(callsTo(calls, `${c.area}.changeStatus`)).toEqual([]);

    await user.type(within(dialog).getByLabelText('Reason for leaving'), 'Moved away');
    await user.click(within(dialog).getByRole('button', { name: 'Record leaving' }));
    await screen.findByText(`Left on ${formatUkDate(todayIso())}: Moved away. Their record is kept.`);
    expect(callsTo(calls, `${c.area}.changeStatus`)).toEqual([expect.objectContaining({ status: 'left', reason: 'Moved away' })]);
    expect(screen.queryByRole('button', { name: 'Record leaving' })).toBeNull();
  });

  it('deletes only after asking, with the safe choice focused', async () => {
    const user = userEvent.setup();
    const { calls, location } = openProfile(c, (name) => (name === `${c.area}.delete` ? { deleted: true } : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });

    const remove = screen.getByRole('button', { name: 'Delete' });
    await user.click(remove);
    const dialog = screen.getByRole('dialog', { name: 'Delete Siân Llewelyn?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(callsTo(calls, `${c.area}.delete`)).toEqual([]);

    await user.click(remove);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete permanently' }));
    await screen.findByRole('heading', { name: 'List' });
    expect(callsTo(calls, `${c.area}.delete`)).toEqual([{ id: 'p-1' }]);
    expect(location.history.at(-1)).toBe(kind.path);
    expect(screen.getByRole('status').textContent).toContain('Deleted the record of Siân Llewelyn');
  });
});

describe('deleting someone with one-to-one programmes says what happens to them first', () => {
  const [volunteers, members] = KIND_CASES;
  const row = (over: Partial<ProgrammeRow>): ProgrammeRow => ({
    id: 'pr-1',
    member: { id: 'm-1', name: 'Amira Haddad' },
    kind: { id: 'peer-coaching', name: 'Peer coaching' },
    status: 'active',
    volunteer: { id: 'p-1', name: 'Siân Llewelyn' },
    startDate: '2026-09-01',
    counter: '3 of 10',
    attended: 3,
    plannedSessions: 10,
    daysSinceContact: 4,
    atPlanned: false,
    ...over,
  });

  it("a member's programmes go with them, named by kind", async () => {
    const user = userEvent.setup();
    if (!members) throw new Error('no member case');
    const rows = [row({}), row({ id: 'pr-2', kind: { id: 'travel-buddy', name: 'Travel buddy' }, status: 'ended' })];
    openProfile(members, (name) => (name === 'programmes.forMember' ? rows : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Siân Llewelyn?' });
    expect(await within(dialog).findByText(/Their 2 one-to-one programmes \(Peer coaching, Travel buddy\) will be deleted too/)).toBeTruthy();
  });

  it("a volunteer's open programmes go back to waiting for a match; past ones keep their sessions", async () => {
    const user = userEvent.setup();
    if (!volunteers) throw new Error('no volunteer case');
    const rows = [row({}), row({ id: 'pr-2', member: { id: 'm-2', name: 'Bronwen Ellis' }, status: 'ended' })];
    openProfile(volunteers, (name) => (name === 'programmes.forVolunteer' ? rows : name === 'programmes.forMember' ? [] : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Siân Llewelyn?' });
    const note = await within(dialog).findByText(/will go back to “Waiting for a match”/);
    expect(note.textContent).toBe('The 1 one-to-one programme they support now (Amira Haddad) will go back to “Waiting for a match”. Sessions they gave on 1 other programme stay in those programmes\' records, with “Deleted record” for their name.');
  });

  it('says nothing more when there are none', async () => {
    const user = userEvent.setup();
    if (!members) throw new Error('no member case');
    openProfile(members, (name) => (name === 'programmes.forMember' ? [] : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Siân Llewelyn?' });
    await vi.waitFor(() => expect(within(dialog).queryByRole('status')).toBeNull());
    expect(dialog.textContent).not.toContain('programme');
  });
});

describe('a volunteer made active without what their roles need', () => {
  const [volunteers] = KIND_CASES;

  it('asks for a reason in its own dialog, and saves it with the change', async () => {
    const user = userEvent.setup();
    if (!volunteers) throw new Error('no volunteer case');
    const { calls } = openProfile(volunteers, (name) =>
      name === 'compliance.activationCheck' ? { missing: [{ area: 'dbs', text: 'Enhanced DBS check: none on record' }] } : undefined,
    );
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });

    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the status of Siân Llewelyn' });
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Active');
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    const activation = await screen.findByRole('dialog', { name: 'Siân Llewelyn is missing what their roles need' });
    expect(activation.textContent).toContain('Enhanced DBS check: none on record');
    expect(callsTo(calls, 'volunteers.changeStatus')).toEqual([]);
    await user.type(within(activation).getByLabelText('Reason for making them active without these'), 'DBS applied for');
    await user.click(within(activation).getByRole('button', { name: 'Make active anyway' }));

    await screen.findByText('Siân Llewelyn: status is now Active');
    expect(callsTo(calls, 'volunteers.changeStatus')).toEqual([expect.objectContaining({ status: 'active', overrideReason: 'DBS applied for' })]);
    // What their roles need is looked at again, now they are active.
    expect(callsTo(calls, 'compliance.volunteer').length).toBeGreaterThan(1);
  });
});

describe.each(KIND_CASES)('erasing a $kind.noun', (c) => {
  const erasedKind = c.area === 'members' ? 'member' : 'volunteer';
  const preview = { name: 'Siân Llewelyn', placeholder: 'Erased person P1', goes: ['Their record (1): name, contact details'], stays: ['Attendance (3): marks on registers'] };

  it('names what goes and what stays, asks why, and erases once a reason is given', async () => {
    const user = userEvent.setup();
    const { calls } = openProfile(c, (name) => (name === 'erasures.preview' ? preview : name === 'erasures.erase' ? { id: 'e1' } : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Siân Llewelyn' });

    await user.click(screen.getByRole('button', { name: 'Erase this person' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase Siân Llewelyn?' });
    await within(dialog).findByText('Their record (1): name, contact details');
    expect(within(dialog).getByRole('region', { name: 'What stays, as anonymous counts' }).textContent).toContain('Attendance (3)');
    expect(callsTo(calls, 'erasures.preview')).toEqual([{ kind: erasedKind, id: 'p-1' }]);

    await user.click(within(dialog).getByRole('button', { name: 'Erase this person' }));
    expect(within(dialog).getByText(/^Enter why their details are being erased/)).toBeTruthy();
    expect(callsTo(calls, 'erasures.erase')).toEqual([]);
    await user.type(within(dialog).getByLabelText('Why are their details being erased?'), 'Asked by email');
    await user.click(within(dialog).getByRole('button', { name: 'Erase this person' }));

    await screen.findByRole('heading', { level: 1, name: 'List' });
    expect(callsTo(calls, 'erasures.erase')).toEqual([{ kind: erasedKind, id: 'p-1', reason: 'Asked by email' }]);
  });

  it('shows an erased placeholder as erased, with nothing to change', async () => {
    openProfile(c, (name) => (name === `${c.area}.get` ? { ...c.record, firstName: 'Erased person', lastName: 'P1', erasedAt: '2026-11-20T10:00:00.000Z' } : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Erased person P1' });
    expect(screen.getByText(/^This person’s details were erased on Fri 20 Nov 2026\./)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });
});
