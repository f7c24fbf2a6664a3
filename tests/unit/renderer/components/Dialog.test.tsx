// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog, Dialog } from '../../../../renderer/components/Dialog';
import { pressEscapeIn } from '../support/dialog';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A page with a button before the opener, the opener, and the dialog it opens while open. */
function Harness({ confirm, onClose, onConfirm }: { confirm: boolean; onClose: () => void; onConfirm?: () => void }) {
  const [open, setOpen] = useState(false);
  const close = () => {
    onClose();
    setOpen(false);
  };
  return (
    <main>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && !confirm ? (
        <Dialog title="Record consent" onClose={close}>
          <label>
            Consent given on <input />
          </label>
          <button type="button" onClick={close}>
            Done
          </button>
        </Dialog>
      ) : null}
      {open && confirm ? (
        <ConfirmDialog title="Delete Zoë Ellis?" confirmLabel="Delete permanently" danger onCancel={close} onConfirm={onConfirm ?? (() => undefined)}>
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}

/** Tab to the opener and press Enter: keyboard only, so focus is where a keyboard user's is. */
async function openByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  await user.tab();
  await user.tab();
  const opener = screen.getByRole('button', { name: 'Open' });
  expect(document.activeElement).toBe(opener);
  await user.keyboard('{Enter}');
  return opener;
}

describe('Dialog', () => {
  it('opens as a modal named by its title, and Escape calls onClose and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    // A modal is what makes the browser move focus in and keep Tab inside (the rest of the page
    // goes inert). happy-dom does neither, so that it is opened as a modal is what is checked.
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const show = vi.spyOn(HTMLDialogElement.prototype, 'show');
    const onClose = vi.fn();
    render(<Harness confirm={false} onClose={onClose} />);
    const opener = await openByKeyboard(user);

    const dialog = screen.getByRole('dialog', { name: 'Record consent' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(show).not.toHaveBeenCalled();
    expect(within(dialog).getByLabelText('Consent given on')).toBeTruthy();

    // The page closes it, not the browser: the cancel is prevented and onClose decides.
    expect(pressEscapeIn(dialog)).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives focus back to the opener when closed by its own button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness confirm={false} onClose={onClose} />);
    const opener = await openByKeyboard(user);

    const dialog = screen.getByRole('dialog', { name: 'Record consent' });
    // Where a browser's showModal() would put focus; happy-dom leaves it on the opener.
    within(dialog).getByLabelText('Consent given on').focus();
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Done' }));
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('Escape from the keyboard', () => {
  it('closes the dialog itself at keydown, so the browser never decides on its own; a search box with text in it keeps Escape, to empty itself', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog title="Find a member" onClose={onClose}>
        <label>
          Name <input />
        </label>
        <label>
          Search <input type="search" />
        </label>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Find a member' });
    const search = within(dialog).getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
    await user.type(search, 'Zoë');
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();

    within(dialog).getByRole('textbox', { name: 'Name' }).focus();
    // The keydown is handled (default prevented): Chromium then sends no `cancel` at all.
    const keydown = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    within(dialog).getByRole('textbox', { name: 'Name' }).dispatchEvent(keydown);
    expect(keydown.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('ConfirmDialog', () => {
  it('focuses the safe choice, Cancel, first in the tab order before the confirm button', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness confirm onClose={() => undefined} onConfirm={onConfirm} />);
    await openByKeyboard(user);

    const dialog = screen.getByRole('dialog', { name: 'Delete Zoë Ellis?' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel', 'Delete permanently']);
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete permanently' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(cancel);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('Escape cancels, never confirms, and focus goes back to the opener', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onConfirm = vi.fn();
    render(<Harness confirm onClose={onCancel} onConfirm={onConfirm} />);
    const opener = await openByKeyboard(user);

    expect(pressEscapeIn(screen.getByRole('dialog', { name: 'Delete Zoë Ellis?' }))).toBe(true);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('while busy, the confirm button cannot be pressed again', () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmDialog title="Delete the grant?" confirmLabel="Delete grant" danger busy onCancel={() => undefined} onConfirm={onConfirm}>
        <p>Deleting…</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Delete the grant?' });
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Delete grant' }).disabled).toBe(true);
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Cancel' }).disabled).toBe(false);
  });
});
