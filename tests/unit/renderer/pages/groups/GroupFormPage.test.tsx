// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupFormPage } from '../../../../../renderer/pages/groups/GroupFormPage';
import type { MeasureEntry, MeasuresView } from '../../../../../shared/contracts/outcomes';
import type { Group } from '../../../../../shared/domain/groups';
import { BUILT_IN_MEASURES } from '../../../../../shared/domain/outcome-measures';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const entries: MeasureEntry[] = BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false }));

const group: Group = {
  id: 'g1',
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  name: 'Tuesday walk and talk',
  kind: 'peer-group',
  schedule: { frequency: 'weekly', weekday: 'tue', startTime: '10:30', endTime: '12:00', startDate: '2026-01-06', skipDates: [], skipBankHolidays: true },
  facilitatorIds: [],
  eligibility: {},
  roster: [],
  waitingList: [],
  archived: false,
  measures: [{ measureId: 'ucla-3', atStart: true, atEnd: true }],
};

function openGroup() {
  return renderAt('/groups/g1/edit', { '/groups/:id/edit': <GroupFormPage />, '/groups/:id': <p>Group page</p> }, (name, input) => {
    if (name === 'groups.get') return { group, scheduleInWords: 'Every Tuesday', facilitators: [], roster: [], pastMembers: [], waitingList: [], upcoming: [], notMeeting: [], recent: [], sessionsHeld: 0 };
    if (name === 'venues.list') return [];
    if (name === 'volunteers.list') return { rows: [], total: 0 };
    if (name === 'outcomes.measures') return { measures: entries } satisfies MeasuresView;
    if (name === 'groups.update') return { ...group, ...(input as { group: object }).group };
    return undefined;
  });
}

describe('Group form: questionnaires', () => {
  it('shows the group’s plans, checks the count beside its field, and saves the plans with the group', async () => {
    const user = userEvent.setup();
    const { calls } = openGroup();
    const questionnaires = await screen.findByRole('group', { name: 'Questionnaires' });
    const ucla = await within(questionnaires).findByRole('group', { name: /UCLA/ });
    await screen.findByDisplayValue('Tuesday walk and talk');
    expect(within(ucla).getByLabelText<HTMLInputElement>('At the start').checked).toBe(true);
    expect(within(ucla).getByLabelText<HTMLInputElement>('At the end').checked).toBe(true);

    const swemwbs = within(questionnaires).getByRole('group', { name: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)' });
    await user.type(within(swemwbs).getByLabelText('Every'), '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(swemwbs).findByText('Enter at least 1')).toBeTruthy();
    // The summary at the top links to the field.
    expect(screen.getByRole('link', { name: 'Enter at least 1' }).getAttribute('href')).toBe(`#${within(swemwbs).getByLabelText('Every').id}`);
    expect(callsTo(calls, 'groups.update')).toEqual([]);

    await user.clear(within(swemwbs).getByLabelText('Every'));
    await user.type(within(swemwbs).getByLabelText('Every'), '5');
    await user.click(within(ucla).getByLabelText('At the start'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Group page');
    expect(callsTo(calls, 'groups.update')).toEqual([
      {
        id: 'g1',
        group: expect.objectContaining({
          name: 'Tuesday walk and talk',
          measures: [
            { measureId: 'swemwbs', atStart: false, atEnd: false, every: { count: 5, unit: 'sessions' } },
            { measureId: 'ucla-3', atStart: false, atEnd: true },
          ],
        }) as unknown,
      },
    ]);
  });
});
