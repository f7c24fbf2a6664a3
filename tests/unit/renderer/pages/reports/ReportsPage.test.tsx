// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantSummary } from '../../../../../shared/api';
import { ReportsPage } from '../../../../../renderer/pages/reports/ReportsPage';
import { renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function grant(name: string, extra: Partial<GrantSummary>): GrantSummary {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'),
    funder: 'Hallam Community Fund',
    name,
    amountPence: 2_500_000,
    startDate: '2024-04-01',
    endDate: '2027-03-31',
    frequency: 'yearly',
    groupNames: ['Tuesday Peer Support'],
    programmeKindNames: [],
    reportCount: 0,
    sentCount: 0,
    reportsDue: [],
    allMade: false,
    ...extra,
  };
}

const Y1 = { from: '2024-04-01', to: '2025-03-31', label: 'Year 1: April 2024 to March 2025' };
const Y2 = { from: '2025-04-01', to: '2026-03-31', label: 'Year 2: April 2025 to March 2026' };
const Y3 = { from: '2026-04-01', to: '2027-03-31', label: 'Year 3: April 2026 to March 2027' };

function showList(grants: GrantSummary[]) {
  renderAt('/reports', { '/reports': <ReportsPage /> }, (call) => (call === 'grants.list' ? grants : undefined));
}

describe('the grants and reports list', () => {
  it('says how many reports are due, naming the oldest, when the next falls due, and when all are made', async () => {
    showList([
      grant('Owes two', { reportsDue: [Y1, Y2], nextPeriod: Y3 }),
      grant('Owes one', { reportsDue: [Y2], nextPeriod: Y3, reportCount: 1 }),
      grant('Up to date', { nextPeriod: Y3, reportCount: 2 }),
      grant('Finished', { endDate: '2025-03-31', reportCount: 1, allMade: true }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grants & reports' })).toBeTruthy();
    expect(screen.getByText(/3 reports are due, across 2 grants\./)).toBeTruthy();
    const cell = (name: string) => within(screen.getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')[1]?.textContent;
    expect(cell('Owes two')).toBe('2 reports due, the oldest for Year 1: April 2024 to March 2025');
    expect(cell('Owes one')).toBe('1 report due, for Year 2: April 2025 to March 2026');
    expect(cell('Up to date')).toBe('Next report: Year 3: April 2026 to March 2027 (from 01/04/2027)');
    expect(cell('Finished')).toBe('All reports made');
  });

  it('says when none are due', async () => {
    showList([grant('Up to date', { nextPeriod: Y3 })]);
    expect(await screen.findByText(/No reports are due\./)).toBeTruthy();
  });

  it('says of the reports made how many went to the funder, and when the last did', async () => {
    showList([
      grant('None yet', {}),
      grant('Made not sent', { reportCount: 1 }),
      grant('Some sent', { reportCount: 3, sentCount: 2, lastSentOn: '2026-05-14' }),
      grant('All sent', { reportCount: 2, sentCount: 2, lastSentOn: '2025-04-30' }),
    ]);
    // The heading shows before the list has loaded: wait for a row.
    await screen.findByRole('row', { name: /None yet/ });
    const cell = (name: string) => within(screen.getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')[2]?.textContent;
    expect(cell('None yet')).toBe('Every yearNone made yet');
    expect(cell('Made not sent')).toBe('Every year1 made, none sent yet');
    expect(cell('Some sent')).toBe('Every year3 made, 2 sent (last on 14/05/2026)');
    expect(cell('All sent')).toBe('Every year2 made, all sent (last on 30/04/2025)');
  });

  it('says what each grant funds: its groups, then the kinds of programme one to one', async () => {
    showList([
      grant('Groups', {}),
      grant('Both', { programmeKindNames: ['Peer coaching'] }),
      grant('Programmes', { groupNames: [], programmeKindNames: ['Peer coaching', 'Travel buddy'] }),
    ]);
    await screen.findByRole('row', { name: /^Programmes/ });
    const cell = (name: string) => within(screen.getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')[5]?.textContent;
    expect(cell('Groups')).toBe('Tuesday Peer Support');
    expect(cell('Both')).toBe('Tuesday Peer Support; one to one: Peer coaching');
    expect(cell('Programmes')).toBe('One to one: Peer coaching, Travel buddy');
  });
});
