// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VolunteerCompliance } from '../../../../../shared/api';
import { summariseHours, type ManualHours } from '../../../../../shared/domain/volunteer-hours';
import { FlashProvider } from '../../../../../renderer/components/Flash';
import { HoursTab } from '../../../../../renderer/pages/volunteers/compliance/HoursTab';
import { answerCalls } from '../../bridge';

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
function openHoursTab() {
  const records = [manual('h-1', '2026-03-02', 150), manual('h-2', '2025-11-20', 90)];
  const hours = summariseHours(
    records.map((r) => ({ volunteerId: r.volunteerId, date: r.date, minutes: r.minutes, kind: 'manual' as const })),
    [],
    'rate in Settings',
  );
  // Only what the Hours tab reads of a volunteer's compliance view.
  const view = { volunteerId: 'v-1', name: 'Rhodri Ó Súilleabháin', manualHours: records, hours } as Partial<VolunteerCompliance> as VolunteerCompliance;
  answerCalls((name) => (name === 'sessions.facilitatorHours' ? { volunteerId: 'v-1', totalMinutes: 0, sessionMinutes: 0, prepMinutes: 0, sessions: [] } : undefined));
  render(
    <FlashProvider>
      <HoursTab view={view} onChange={() => undefined} />
    </FlashProvider>,
  );
}

describe('the Hours tab', () => {
  it('shows time one way everywhere, in hours and minutes, never as a decimal', () => {
    openHoursTab();
    const tab = screen.getByRole('region', { name: 'Hours' });
    expect(tab.textContent).toContain('4 hours in all');
    const byYear = within(screen.getByRole('table', { name: 'Hours by year' }));
    expect(byYear.getAllByRole('row').map((r) => r.textContent)).toEqual(['YearOther volunteeringTotal', '20262 hours 30 minutes2 hours 30 minutes', '20251 hour 30 minutes1 hour 30 minutes']);
    const byHand = within(screen.getByRole('table', { name: 'Hours logged by hand, newest first' }));
    expect(byHand.getByText('2 hours 30 minutes')).toBeTruthy();
    // "2.5" or "1.5" anywhere (money aside) would be the other format creeping back.
    expect(tab.textContent?.replace(/£[\d,.]+/g, '')).not.toMatch(/\d\.\d/);
  });

  it('lets the keyboard reach the tables that scroll sideways, each a named region', () => {
    openHoursTab();
    for (const name of ['Hours by year', 'Hours by month']) {
      const region = screen.getByRole('region', { name });
      expect(region.tabIndex).toBe(0);
      expect(region.querySelector('table')).toBeTruthy();
    }
  });
});
