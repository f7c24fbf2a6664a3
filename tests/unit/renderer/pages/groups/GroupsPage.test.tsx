// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupsPage } from '../../../../../renderer/pages/groups/GroupsPage';
import type { GroupSummary } from '../../../../../shared/api';
import { renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const GROUPS: GroupSummary[] = [
  { id: 'g1', name: 'Tuesday Peer Support', kind: 'peer-group', scheduleInWords: 'Every Tuesday, 10:30–12:00', memberCount: 8, waitingCount: 0, archived: false, questionnaires: 'SWEMWBS at start and every 6 weeks' },
  { id: 'g2', name: 'Sunday Drop-in', kind: 'drop-in', scheduleInWords: 'Last Sunday of the month, 13:00–15:00', memberCount: 0, waitingCount: 0, archived: false },
];

describe('the Groups page', () => {
  it('says which questionnaires a group asks, under its name, and nothing for a group that asks none', async () => {
    renderAt('/groups', { '/groups': <GroupsPage /> }, (name) => {
      if (name === 'groups.list') return GROUPS;
      throw new Error(`unexpected ${name}`);
    });
    const table = await screen.findByRole('table', { name: 'Groups' });
    const groupCell = (name: string) => within(table).getByRole('link', { name }).closest('td')!;
    expect(within(groupCell('Tuesday Peer Support')).getByText('Questionnaires: SWEMWBS at start and every 6 weeks')).toBeTruthy();
    expect(groupCell('Sunday Drop-in').textContent).not.toContain('Questionnaires');
  });
});
