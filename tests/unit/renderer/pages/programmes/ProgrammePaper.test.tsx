// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgrammeDetail } from '../../../../../shared/contracts/programmes';
import { addDaysIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { FileDownload } from '../../../../../shared/files';
import { ProgrammePage } from '../../../../../renderer/pages/programmes/ProgrammePage';
import { callsTo, renderAt } from '../../support/render';
import { detail } from './fixtures';

const PDF: FileDownload = { filename: 'my-plan-amira-2026-11-23.pdf', mimeType: 'application/pdf', base64: 'JVBERi0=' };

beforeEach(() => {
  // The browser's download of the PDF: not what these tests are about.
  URL.createObjectURL = vi.fn(() => 'blob:pdf');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function show(shown: ProgrammeDetail, after: ProgrammeDetail = shown) {
  return renderAt('/programmes/p-1', { '/programmes/:id': <ProgrammePage /> }, (name) => {
    if (name === 'programmes.get') return shown;
    if (name === 'programmes.printPlan' || name === 'programmes.printSessionSheet') return PDF;
    if (name.startsWith('programmes.')) return after;
    throw new Error(`unexpected ${name}`);
  });
}

const focused = () => document.activeElement as HTMLElement;

describe('keying in a paper session sheet', () => {
  it('takes three rows from the keyboard alone: Tab along each row, Enter logs them all in one call', async () => {
    const user = userEvent.setup();
    const today = todayIso();
    const [first, second, third] = [addDaysIso(today, -14), addDaysIso(today, -7), addDaysIso(today, -1)];
    const { calls } = show(detail(), detail({ counter: '4 of 10', attended: 4 }));
    const open = await screen.findByRole('button', { name: 'Key in a paper sheet' });
    open.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Key in a paper sheet' });
    expect(focused()).toBe(within(dialog).getByLabelText('Row 1: Date'));

    // Row 1: the full date, phone, 45 minutes, what happened left blank (attended), a note.
    await user.keyboard(`${formatUkDate(first)}{Tab}p{Tab}45{Tab}{Tab}Went to the café{Tab}`);
    // Row 2: dd/mm only, in person, the usual length, did not attend.
    expect(focused()).toBe(within(dialog).getByLabelText('Row 2: Date'));
    await user.keyboard(`${formatUkDate(second).slice(0, 5)}{Tab}I{Tab}{Tab}DNA{Tab}{Tab}`);
    // Row 3: video, cancelled by the volunteer; Enter from the note logs the sheet.
    expect(focused()).toBe(within(dialog).getByLabelText('Row 3: Date'));
    await user.keyboard(`${formatUkDate(third)}{Tab}v{Tab}{Tab}cv{Tab}`);
    expect(focused()).toBe(within(dialog).getByLabelText('Row 3: Note (optional)'));

    // Each row says what it will be logged as before anything is saved; dd/mm shows its year once left.
    expect(within(dialog).getByLabelText<HTMLInputElement>('Row 2: Date').value).toBe(formatUkDate(second));
    const rows = within(dialog).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Phone · 45 min · Attended');
    expect(rows[2]!.textContent).toContain('In person · 60 min · Did not attend');
    expect(rows[3]!.textContent).toContain('Video · 60 min · Cancelled by the volunteer');
    expect(within(dialog).getByRole('status').textContent).toBe('3 rows to log.');

    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'programmes.logSessions')).toEqual([
      {
        programmeId: 'p-1',
        sessions: [
          { date: first, minutes: 45, mode: 'phone', outcome: 'attended', note: 'Went to the café' },
          { date: second, minutes: 60, mode: 'in-person', outcome: 'did-not-attend' },
          { date: third, minutes: 60, mode: 'video', outcome: 'cancelled-by-volunteer' },
        ],
      },
    ]);
    expect(await screen.findByText('3 sessions logged from the paper sheet: 4 of 10.')).toBeTruthy();
  });

  it('↑ and ↓ move along a column; a wrong code is pointed out in its row and nothing typed is lost', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail());
    await user.click(await screen.findByRole('button', { name: 'Key in a paper sheet' }));
    const dialog = screen.getByRole('dialog', { name: 'Key in a paper sheet' });
    await user.keyboard(`${formatUkDate(addDaysIso(todayIso(), -3))}{Tab}x{ArrowDown}`);
    expect(focused()).toBe(within(dialog).getByLabelText('Row 2: How'));
    // Left, row 1 says what is wrong with it before anything is saved.
    expect(within(dialog).getAllByRole('row')[1]!.textContent).toContain('How: Use I, P, V, H, W or O');
    await user.keyboard('{ArrowUp}{Enter}');
    const how = within(dialog).getByLabelText<HTMLInputElement>('Row 1: How');
    expect(within(dialog).getByRole('alert').textContent).toBe('Check row 1, how: Use I, P, V, H, W or O.');
    expect(how.value).toBe('x');
    expect(how.getAttribute('aria-invalid')).toBe('true');
    expect(focused()).toBe(how);
    expect(callsTo(calls, 'programmes.logSessions')).toEqual([]);
  });

  it('shows the main process’s objection on the row it is about, and keeps the sheet open', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail());
    calls.mockImplementation(async (name: string) => {
      await Promise.resolve();
      if (name === 'programmes.get') return { ok: true, value: detail() };
      return { ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted rows.', fields: { 'sessions.1.date': "A session can't be before the programme started on 01/09/2026" } } };
    });
    await user.click(await screen.findByRole('button', { name: 'Key in a paper sheet' }));
    const dialog = screen.getByRole('dialog', { name: 'Key in a paper sheet' });
    // Rows 1 and 3 filled, row 2 left blank: the second row sent is row 3 of the sheet.
    await user.type(within(dialog).getByLabelText('Row 1: Date'), formatUkDate(addDaysIso(todayIso(), -3)));
    await user.type(within(dialog).getByLabelText('Row 1: How'), 'p');
    await user.type(within(dialog).getByLabelText('Row 3: Date'), '01/08/2026');
    await user.type(within(dialog).getByLabelText('Row 3: How'), 'p');
    await user.keyboard('{Enter}');
    expect(await within(dialog).findByText("Date: A session can't be before the programme started on 01/09/2026")).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe("Check row 3, date: A session can't be before the programme started on 01/09/2026. Nothing has been logged yet.");
    expect(focused()).toBe(within(dialog).getByLabelText('Row 3: Date'));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Row 1: How').value).toBe('p');
  });
});

describe('printing from the programme page', () => {
  it('prints the plan in the member’s newsletter print, offers the other, and prints a session record sheet', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail({ member: { id: 'm-1', name: 'Amira Haddad', age: 34, largePrint: true } }));
    await user.click(await screen.findByRole('button', { name: 'Print my plan' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.printPlan')).toEqual([{ id: 'p-1' }]));
    expect(screen.getByText('Print my plan prints in large print: Amira Haddad gets the newsletter in large print.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Print in standard print instead' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.printPlan')).toEqual([{ id: 'p-1' }, { id: 'p-1', size: 'standard' }]));
    await user.click(screen.getByRole('button', { name: 'Print session record sheet' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.printSessionSheet')).toEqual([{ id: 'p-1' }]));
    expect(await screen.findAllByText(/Saved my-plan-amira-2026-11-23\.pdf/)).not.toHaveLength(0);
  });

  it('offers large print to a member who has not asked for it', async () => {
    const user = userEvent.setup();
    const { calls } = show(detail());
    await user.click(await screen.findByRole('button', { name: 'Print in large print instead' }));
    await vi.waitFor(() => expect(callsTo(calls, 'programmes.printPlan')).toEqual([{ id: 'p-1', size: 'large' }]));
  });
});
