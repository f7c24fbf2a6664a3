// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VolunteerCompliance } from '../../../../../shared/api';
import { summariseHours, type ManualHours } from '../../../../../shared/domain/volunteer-hours';
import { FlashProvider } from '../../../../../renderer/components/Flash';
import { HoursTab } from '../../../../../renderer/pages/volunteers/compliance/HoursTab';
import { answerCalls } from '../../bridge';
import { pressEscapeIn } from '../../support/dialog';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const manual = (id: string, date: string, minutes: number): ManualHours => ({
  id,
  volunteerId: 'v-1',
  createdAt: `${date}T10:00:00.000Z`,
  updatedAt: `${date}T10:00:00.000Z`,
  date,
  activity: 'Travel buddy trip to Ysbyty Gwynedd',
  minutes,
});

/** Rhodri's Hours tab: two and a half hours in 2026, an hour and a half in 2025. */
function openHoursTab(onChange: (view: VolunteerCompliance, message: string) => void = () => undefined) {
  const records = [manual('h-1', '2026-03-02', 150), manual('h-2', '2025-11-20', 90)];
  const hours = summariseHours(
    records.map((r) => ({ volunteerId: r.volunteerId, date: r.date, minutes: r.minutes, kind: 'manual' as const })),
    [],
    'rate in Settings',
  );
  // Only what the Hours tab reads of a volunteer's compliance view.
  const view = { volunteerId: 'v-1', name: 'Rhodri Ó Súilleabháin', manualHours: records, hours } as Partial<VolunteerCompliance> as VolunteerCompliance;
  const calls = answerCalls((name) => {
    if (name === 'sessions.facilitatorHours') return { volunteerId: 'v-1', totalMinutes: 0, sessionMinutes: 0, prepMinutes: 0, sessions: [] };
    if (name === 'compliance.saveHours') return view;
    return undefined;
  });
  render(
    <FlashProvider>
      <HoursTab view={view} onChange={onChange} />
    </FlashProvider>,
  );
  return calls;
}

describe('the Hours tab', () => {
  it('shows time one way everywhere, in hours and minutes, never as a decimal', () => {
    openHoursTab();
    const tab = screen.getByRole('region', { name: 'Hours' });
    expect(tab.textContent).toContain('4 hours in all');
    const byYear = within(screen.getByRole('table', { name: 'Hours by year' }));
    expect(byYear.getAllByRole('row').map((r) => r.textContent)).toEqual([
      'Kind of time20262025All years',
      'Other volunteering2 hours 30 minutes1 hour 30 minutes4 hours',
      'Total2 hours 30 minutes1 hour 30 minutes4 hours',
    ]);
    const byHand = within(screen.getByRole('table', { name: 'Hours logged by hand, newest first' }));
    expect(byHand.getByText('2 hours 30 minutes')).toBeTruthy();
    // "2.5" or "1.5" anywhere (money aside) would be the other format creeping back.
    expect(tab.textContent?.replace(/£[\d,.]+/g, '')).not.toMatch(/\d\.\d/);
  });

  it('shows one-to-one sessions and their travel time as lines of their own, by year and in the total', () => {
    const entries = [
      { volunteerId: 'v-1', date: '2026-10-05', minutes: 60, kind: 'one-to-one' as const, programmeKindId: 'peer-coaching' },
      { volunteerId: 'v-1', date: '2026-10-05', minutes: 20, kind: 'one-to-one-travel' as const, programmeKindId: 'peer-coaching' },
      { volunteerId: 'v-1', date: '2026-03-02', minutes: 150, kind: 'manual' as const },
    ];
    const view = { volunteerId: 'v-1', name: 'Rhodri Ó Súilleabháin', manualHours: [], hours: summariseHours(entries, [], 'rate in Settings') } as Partial<VolunteerCompliance> as VolunteerCompliance;
    answerCalls((name) => (name === 'sessions.facilitatorHours' ? { volunteerId: 'v-1', totalMinutes: 0, sessionMinutes: 0, prepMinutes: 0, sessions: [] } : undefined));
    render(
      <FlashProvider>
        <HoursTab view={view} onChange={() => undefined} />
      </FlashProvider>,
    );
    expect(screen.getByRole('region', { name: 'Hours' }).textContent).toContain('3 hours 50 minutes in all');
    const byYear = within(screen.getByRole('table', { name: 'Hours by year' }));
    // Kinds down the side, as the hours letter lists them; the last column is all years together.
    expect(byYear.getAllByRole('row').map((r) => r.textContent)).toEqual([
      'Kind of time2026All years',
      'One-to-one sessions1 hour1 hour',
      'Travel for one-to-one sessions20 minutes20 minutes',
      'Other volunteering2 hours 30 minutes2 hours 30 minutes',
      'Total3 hours 50 minutes3 hours 50 minutes',
    ]);
    const byMonth = within(screen.getByRole('table', { name: 'Hours by month (last 12 with hours)' }));
    expect(byMonth.getAllByRole('row').map((r) => r.textContent)).toEqual(['MonthHours', 'October 20261 hour 20 minutes', 'March 20262 hours 30 minutes']);
  });

  it('shows the latest four years one by one and adds up the earlier ones, so a long record stays narrow', () => {
    const entries = [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({ volunteerId: 'v-1', date: `${year}-05-01`, minutes: 60, kind: 'manual' as const }));
    const view = { volunteerId: 'v-1', name: 'Siân Llewelyn', manualHours: [], hours: summariseHours(entries, [], 'rate in Settings') } as Partial<VolunteerCompliance> as VolunteerCompliance;
    answerCalls((name) => (name === 'sessions.facilitatorHours' ? { volunteerId: 'v-1', totalMinutes: 0, sessionMinutes: 0, prepMinutes: 0, sessions: [] } : undefined));
    render(
      <FlashProvider>
        <HoursTab view={view} onChange={() => undefined} />
      </FlashProvider>,
    );
    const byYear = within(screen.getByRole('table', { name: 'Hours by year' }));
    expect(byYear.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Kind of time', '2026', '2025', '2024', '2023', 'Earlier years', 'All years']);
    expect(byYear.getByRole('row', { name: /^Total/ }).textContent).toBe('Total1 hour1 hour1 hour1 hour3 hours7 hours');
  });

  it('lets the keyboard reach the tables that scroll sideways, each a named region', () => {
    openHoursTab();
    for (const name of ['Hours by year', 'Hours by month']) {
      const region = screen.getByRole('region', { name });
      expect(region.tabIndex).toBe(0);
      expect(region.querySelector('table')).toBeTruthy();
    }
  });

  it('asks before Cancel or Escape closes the Log hours form with something typed; Stay keeps it, Discard closes', async () => {
    const user = userEvent.setup();
    openHoursTab();
    const log = screen.getByRole('button', { name: 'Log hours' });

    // Untouched, Cancel closes it at once.
    await user.click(log);
    await user.click(within(screen.getByRole('dialog', { name: 'Log hours' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(log);
    let dialog = screen.getByRole('dialog', { name: 'Log hours' });
    const activity = within(dialog).getByLabelText('What they did');
    await user.type(activity, 'Stall at the summer fair');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const question = screen.getByRole('dialog', { name: 'Discard your changes?' });
    // The question is opened after the form, so it is above it (the browser's top layer).
    expect(dialog.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    dialog = screen.getByRole('dialog', { name: 'Log hours' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((activity as HTMLInputElement).value).toBe('Stall at the summer fair');

    // Escape, from the field being typed in.
    activity.focus();
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Keep editing' }));
    expect(document.activeElement).toBe(activity);

    expect(pressEscapeIn(dialog)).toBe(true);
    await user.click(within(screen.getByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(log);
  });

  it('saving the form closes it without asking', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const calls = openHoursTab(onChange);
    await user.click(screen.getByRole('button', { name: 'Log hours' }));
    const dialog = screen.getByRole('dialog', { name: 'Log hours' });
    await user.type(within(dialog).getByLabelText('What they did'), 'Stall at the summer fair');
    await user.type(within(dialog).getByLabelText('Hours'), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Log hours' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(expect.anything(), 'Logged 3 hours'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.mock.calls.filter(([name]) => name === 'compliance.saveHours')).toHaveLength(1);
  });
});
