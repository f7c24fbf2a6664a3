// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewsletterDetail } from '../../../../../shared/api';
import { formatUkDate, todayIso } from '../../../../../shared/dates';
import { LinkDialog } from '../../../../../renderer/pages/newsletters/LinkDialog';
import { MarkSentDialog } from '../../../../../renderer/pages/newsletters/MarkSentDialog';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

/** The newsletter page's part: a button that opens the dialog, which closes on cancel or when done. */
function Opener({ dialog }: { dialog: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open ? dialog(() => setOpen(false)) : null}
    </main>
  );
}

describe('Mark as sent (a newsletter)', () => {
  function show(onSent: (d: NewsletterDetail) => void = () => undefined) {
    const opened = renderAt(
      '/newsletters/n-1',
      { '/newsletters/:id': <Opener dialog={(close) => <MarkSentDialog issueId="n-1" recipients={null} onCancel={close} onSent={(d) => { onSent(d); close(); }} />} /> },
      (name) => (name === 'newsletters.markSent' ? { issue: { id: 'n-1' } } : undefined),
    );
    return opened;
  }

  it('asks before Cancel or Escape throws away a changed date; Stay keeps it; Discard closes', async () => {
    const user = userEvent.setup();
    show();
    const open = screen.getByRole('button', { name: 'Open' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Mark this newsletter as sent?' });
    const date = within(dialog).getByLabelText('Date it was sent');
    expect((date as HTMLInputElement).value).toBe(formatUkDate(todayIso()));
    await user.clear(date);
    await user.type(date, '01/12/2026');

    expect(pressEscapeIn(dialog)).toBe(true);
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    expect((date as HTMLInputElement).value).toBe('01/12/2026');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);

    // Untouched (today's date as it came), it closes at once.
    await user.click(open);
    expect(pressEscapeIn(screen.getByRole('dialog', { name: 'Mark this newsletter as sent?' }))).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saving does not ask', async () => {
    const user = userEvent.setup();
    const onSent = vi.fn();
    const { calls } = show(onSent);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark this newsletter as sent?' });
    const date = within(dialog).getByLabelText('Date it was sent');
    await user.clear(date);
    await user.type(date, '01/12/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Mark as sent' }));
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'newsletters.markSent')).toEqual([{ id: 'n-1', date: '2026-12-01' }]);
  });
});

describe('Add a link', () => {
  it('does not count the words it opened with, only what is typed', async () => {
    const user = userEvent.setup();
    const onInsert = vi.fn();
    renderAt('/s', { '/s': <Opener dialog={(close) => <LinkDialog initialWords="Mind’s helpline" onCancel={close} onInsert={(w, a) => { onInsert(w, a); close(); }} />} /> }, () => undefined);
    const open = screen.getByRole('button', { name: 'Open' });

    await user.click(open);
    await user.click(within(screen.getByRole('dialog', { name: 'Add a link' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Add a link' });
    await user.type(within(dialog).getByLabelText('Web or email address'), 'www.mind.org.uk');
    await user.keyboard('{Escape}');
    await user.click(within(discard()).getByRole('button', { name: 'Keep editing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add link' }));
    expect(onInsert).toHaveBeenCalledWith('Mind’s helpline', 'www.mind.org.uk');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
