// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'wouter';
import { afterEach, describe, expect, it } from 'vitest';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';
import { KIND_CASES, type KindCase } from './person-pages';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

/** The person's fields as the first call to `name` sent them, in the kind's wrapper ("volunteer"). */
function fieldsSent(calls: Parameters<typeof callsTo>[0], name: string, wrapper: string): unknown {
  return (callsTo(calls, name)[0] as Record<string, unknown> | undefined)?.[wrapper];
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { exact: true });

/** The add and edit pages of a kind under a menu link, with stand-ins for the pages the form goes to. */
function openForm(c: KindCase, path: string, answer: (name: string, input: unknown) => unknown) {
  const withMenu = (
    <>
      <nav aria-label="Main">
        <Link href="/groups">Groups</Link>
      </nav>
      {c.formPage}
    </>
  );
  return renderAt(
    path,
    {
      [`${c.kind.path}/new`]: withMenu,
      [`${c.kind.path}/:id/edit`]: withMenu,
      [`${c.kind.path}/:id`]: <h1>Profile</h1>,
      [c.kind.path]: <h1>List</h1>,
      '/groups': <h1>Groups</h1>,
    },
    answer,
  );
}

/** Whether closing or reloading the window now would be held back for a question. */
function unloadIsHeldBack(): boolean {
  return !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
}

describe.each(KIND_CASES)('the $kind.noun form', (c) => {
  const { kind } = c;

  it('lists every problem of a bad save in a summary that takes focus, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { calls } = openForm(c, `${kind.path}/new`, () => undefined);
    expect(screen.getByRole('heading', { level: 1, name: `Add ${kind.noun}` })).toBeTruthy();

    await user.type(field('Last name'), 'ap Gruffudd');
    await user.type(field('Email'), 'sian@example');
    await user.type(field('Postcode'), 'not a postcode');
    await user.type(field(c.own.label), c.own.typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Enter a first name',
      'Enter an email address in the right format, like name@example.com',
      'Enter a real postcode, like S1 2HE',
    ]);
    expect(field('First name').getAttribute('aria-invalid')).toBe('true');
    expect(field('Email').getAttribute('aria-invalid')).toBe('true');
    expect(field('Last name').value).toBe('ap Gruffudd');
    expect(field('Email').value).toBe('sian@example');
    expect(field('Postcode').value).toBe('not a postcode');
    expect(field(c.own.label).value).toBe(c.own.typed);
    expect(callsTo(calls, `${c.area}.create`)).toEqual([]);

    // A link in the summary takes the coordinator to the field.
    await user.click(within(summary).getByRole('link', { name: 'Enter a first name' }));
    expect(document.activeElement).toBe(field('First name'));
  });

  it('shows possible duplicates before saving: Go back returns to Save with the form as typed, Save anyway saves', async () => {
    const user = userEvent.setup();
    const matches = [{ id: 'p-0', name: 'Siân Llewelyn', reasons: ['email'] }];
    const { calls, location } = openForm(c, `${kind.path}/new`, (name, input) => {
      if (name !== `${c.area}.create`) return undefined;
      return (input as { allowDuplicate: boolean }).allowDuplicate ? { status: 'saved', [c.wrapper]: c.record } : { status: 'possible-duplicates', matches };
    });

    await user.type(field('First name'), 'Siân');
    await user.type(field('Last name'), 'Llewelyn');
    await user.type(field('Email'), 'SIAN@example.org');
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);

    const dialog = await screen.findByRole('dialog', { name: 'This may be someone already on record' });
    expect(dialog.textContent).toContain('Siân Llewelyn has the same name and email');
    // Opened as a modal <dialog>: the browser moves focus into it, and Go back gives it back to
    // Save (which a browser takes from a button disabled while saving, happy-dom does not:
    // volunteer-records.spec.ts checks both in Chromium).
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(callsTo(calls, `${c.area}.create`)).toEqual([expect.objectContaining({ status: kind.form.newStatus, allowDuplicate: false })]);
    expect(fieldsSent(calls, `${c.area}.create`, c.wrapper)).toEqual(expect.objectContaining({ firstName: 'Siân', lastName: 'Llewelyn', email: 'SIAN@example.org' }));

    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(save);
    expect(field('Email').value).toBe('SIAN@example.org');

    await user.click(save);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save anyway' }));
    await screen.findByRole('heading', { name: 'Profile' });
    expect(callsTo(calls, `${c.area}.create`)).toHaveLength(3);
    expect(callsTo(calls, `${c.area}.create`)[2]).toEqual(expect.objectContaining({ allowDuplicate: true }));
    expect(location.history.at(-1)).toBe(`${kind.path}/p-1`);
    expect(screen.getByRole('status').textContent).toContain('Saved Siân Llewelyn');
  });

  it('edits a record on file: the form opens filled in, and saves with when it was opened', async () => {
    const user = userEvent.setup();
    const { calls } = openForm(c, `${kind.path}/p-1/edit`, (name) => {
      if (name === `${c.area}.get`) return c.record;
      if (name === `${c.area}.update`) return { status: 'saved', [c.wrapper]: c.record };
      return undefined;
    });

    await screen.findByRole('heading', { level: 1, name: 'Edit Siân Llewelyn' });
    expect(field('First name').value).toBe('Siân');
    expect(field('Email').value).toBe('sian@example.org');
    // Only someone new is given a status here; a record on file changes it from its profile.
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();

    await user.clear(field('Phone'));
    await user.type(field('Phone'), '0114 496 0333');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Profile' });
    expect(callsTo(calls, `${c.area}.update`)).toEqual([expect.objectContaining({ id: 'p-1', expectedUpdatedAt: c.record.updatedAt, allowDuplicate: false })]);
    expect(fieldsSent(calls, `${c.area}.update`, c.wrapper)).toEqual(expect.objectContaining({ firstName: 'Siân', phone: '0114 496 0333' }));
  });

  it('asks before Cancel throws away what was typed: Stay keeps the text and focus, Discard leaves', async () => {
    const user = userEvent.setup();
    const { location } = openForm(c, `${kind.path}/new`, () => undefined);
    await user.type(field('First name'), 'Siân');
    await user.type(field(c.own.label), c.own.typed);
    expect(unloadIsHeldBack()).toBe(true);

    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    let dialog = screen.getByRole('dialog', { name: 'Discard your changes?' });
    // The safe choice is focused, so Enter or Space does not throw the work away.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(cancel);
    expect(field('First name').value).toBe('Siân');
    expect(field(c.own.label).value).toBe(c.own.typed);
    expect(location.history.at(-1)).toBe(`${kind.path}/new`);

    // Escape is staying too.
    await user.click(cancel);
    expect(pressEscapeIn(screen.getByRole('dialog', { name: 'Discard your changes?' }))).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(cancel);
    dialog = screen.getByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { name: 'List' });
    expect(location.history.at(-1)).toBe(kind.path);
    expect(unloadIsHeldBack()).toBe(false);
  });

  it('leaves a form with nothing changed without asking', async () => {
    const user = userEvent.setup();
    const { location } = openForm(c, `${kind.path}/p-1/edit`, (name) => (name === `${c.area}.get` ? c.record : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Edit Siân Llewelyn' });
    // Typing and then taking it back again is no change either.
    await user.type(field('First name'), 'x');
    await user.type(field('First name'), '{Backspace}');
    expect(unloadIsHeldBack()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByRole('heading', { name: 'Profile' });
    expect(location.history.at(-1)).toBe(`${kind.path}/p-1`);
  });

  it('asks before a menu link leaves a changed form', async () => {
    const user = userEvent.setup();
    const { location } = openForm(c, `${kind.path}/p-1/edit`, (name) => (name === `${c.area}.get` ? c.record : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Edit Siân Llewelyn' });
    await user.clear(field('Phone'));
    await user.type(field('Phone'), '029 2018 0123');

    const groups = screen.getByRole('link', { name: 'Groups' });
    await user.click(groups);
    const dialog = screen.getByRole('dialog', { name: 'Discard your changes?' });
    expect(location.history.at(-1)).toBe(`${kind.path}/p-1/edit`);
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(document.activeElement).toBe(groups);
    expect(field('Phone').value).toBe('029 2018 0123');

    await user.click(groups);
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { name: 'Groups' });
    expect(location.history.at(-1)).toBe('/groups');
  });

  it('links each possible duplicate to its record, asking before what was typed is left behind', async () => {
    const user = userEvent.setup();
    const matches = [{ id: 'p-0', name: 'Siân Llewelyn', reasons: ['email'] }];
    const { location } = openForm(c, `${kind.path}/new`, (name) => (name === `${c.area}.create` ? { status: 'possible-duplicates', matches } : undefined));
    await user.type(field('First name'), 'Siân');
    await user.type(field('Last name'), 'Llewelyn');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const duplicates = await screen.findByRole('dialog', { name: 'This may be someone already on record' });
    const onFile = within(duplicates).getByRole('link', { name: 'Siân Llewelyn' });
    expect(onFile.getAttribute('href')).toBe(`${kind.path}/p-0`);
    await user.click(onFile);
    const discard = screen.getByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(discard).getByRole('button', { name: 'Stay on this page' }));
    expect(document.activeElement).toBe(onFile);
    expect(location.history.at(-1)).toBe(`${kind.path}/new`);

    await user.click(onFile);
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { name: 'Profile' });
    expect(location.history.at(-1)).toBe(`${kind.path}/p-0`);
  });
});
