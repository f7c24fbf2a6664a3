// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantDetail } from '../../../../../shared/api';
import { grantPeriods } from '../../../../../shared/domain/grant-periods';
import { GrantFormPage } from '../../../../../renderer/pages/reports/GrantFormPage';
import { FIXTURE_GRANT, G1, G2 } from '../../../../fixtures/reports/grant-report';
import { makeStatus, WithStatus } from '../../bridge';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const DETAIL: GrantDetail = {
  grant: FIXTURE_GRANT,
  groups: [],
  programmeKinds: [],
  periods: grantPeriods(FIXTURE_GRANT),
  rateName: 'National Living Wage',
};

const withStatus = (page: ReactNode) => <WithStatus initial={makeStatus()}>{page}</WithStatus>;
const ROUTES = {
  '/reports/new': withStatus(<GrantFormPage />),
  '/reports/:grantId/edit': withStatus(<GrantFormPage />),
  '/reports/:grantId': <h1>The grant</h1>,
  '/reports': <h1>Grants &amp; reports</h1>,
};

const KINDS = [
  { id: 'peer-coaching', name: 'Peer coaching', plannedSessions: 10, sessionMinutes: 60, roles: ['peer-coach'], countsForHours: true },
  { id: 'old-befriending', name: 'Befriending', plannedSessions: null, sessionMinutes: 60, roles: [], countsForHours: true, archived: true },
];

function answer(name: string, input: unknown): unknown {
  if (name === 'grants.get') return DETAIL;
  if (name === 'groups.list') return [{ id: G1, name: 'Tuesday Peer Support', archived: false }, { id: G2, name: 'Sunday Drop-in', archived: false }];
  if (name === 'programmes.kinds') return KINDS;
  if (name === 'grants.create') return { ...FIXTURE_GRANT, id: 'grant-new', ...(input as { grant: object }).grant };
  if (name === 'grants.update') return { ...FIXTURE_GRANT, ...(input as { grant: object }).grant };
  return undefined;
}

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('leaving the grant form', () => {
  it('asks before Cancel throws away a change: Stay keeps it and gives focus back, Discard leaves', async () => {
    const user = userEvent.setup();
    const { location } = renderAt(`/reports/${FIXTURE_GRANT.id}/edit`, ROUTES, answer);
    const notes = await screen.findByLabelText('Notes (optional)');
    await screen.findByDisplayValue('Peer support for all');
    await user.type(notes, 'Grant ref HCF-2024-118');

    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    await user.click(within(discard()).getByRole('button', { name: 'Stay on this page' }));
    expect(document.activeElement).toBe(cancel);
    expect((notes as HTMLTextAreaElement).value).toBe('Grant ref HCF-2024-118');
    expect(location.history.at(-1)).toBe(`/reports/${FIXTURE_GRANT.id}/edit`);

    await user.click(cancel);
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(location.history.at(-1)).toBe(`/reports/${FIXTURE_GRANT.id}`);
  });

  it('asks before a link leaves it too, for a ticked group as much as typing', async () => {
    const user = userEvent.setup();
    const { location } = renderAt(`/reports/${FIXTURE_GRANT.id}/edit`, ROUTES, answer);
    await screen.findByDisplayValue('Peer support for all');
    // Sunday Drop-in is funded already: unticking it is the change.
    await user.click(await screen.findByRole('checkbox', { name: 'Sunday Drop-in' }));
    await user.click(screen.getByRole('link', { name: 'Back to the grant' }));
    expect(discard()).toBeTruthy();
    expect(location.history.at(-1)).toBe(`/reports/${FIXTURE_GRANT.id}/edit`);
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
  });

  it('leaves an untouched form at once, and saving never asks', async () => {
    const user = userEvent.setup();
    renderAt(`/reports/${FIXTURE_GRANT.id}/edit`, ROUTES, answer);
    await screen.findByDisplayValue('Peer support for all');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(screen.queryByRole('dialog')).toBeNull();
    cleanup();

    const { calls, location } = renderAt(`/reports/${FIXTURE_GRANT.id}/edit`, ROUTES, answer);
    const name = await screen.findByDisplayValue('Peer support for all');
    await user.clear(name);
    await user.type(name, 'Peer support for everyone');
    await user.click(screen.getByRole('button', { name: 'Save grant' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'grants.update')).toMatchObject([{ id: FIXTURE_GRANT.id, grant: { name: 'Peer support for everyone' } }]);
    expect(location.history.at(-1)).toBe(`/reports/${FIXTURE_GRANT.id}`);
  });
});

describe('what a grant funds', () => {
  it('offers the kinds of programme beside the groups, and saves a grant funding programmes only', async () => {
    const user = userEvent.setup();
    const { calls } = renderAt('/reports/new', ROUTES, answer);
    const kinds = await screen.findByRole('group', { name: 'Kinds of programme the grant funds' });
    // The kinds arrive in their own call, possibly after the fieldset is drawn.
    await within(kinds).findByRole('checkbox', { name: 'Peer coaching' });
    // An archived kind is offered only to a grant that already funds it.
    expect(within(kinds).getAllByRole('checkbox')).toEqual([within(kinds).getByRole('checkbox', { name: 'Peer coaching' })]);
    expect(screen.queryByText(/cannot be chosen yet/)).toBeNull();

    await user.type(screen.getByLabelText('Funder'), 'Hallam Community Fund');
    await user.type(screen.getByLabelText('Grant name'), 'Coaching for all');
    await user.type(screen.getByLabelText('Amount (£)'), '12000');
    await user.type(screen.getByLabelText('Start date'), '01/04/2026');
    await user.type(screen.getByLabelText('End date'), '31/03/2027');
    await user.click(screen.getByRole('button', { name: 'Save grant' }));
    expect(await screen.findByText('Choose at least one group or kind of programme the grant funds', { selector: '.error-message *, .error-message' })).toBeTruthy();
    expect(callsTo(calls, 'grants.create')).toEqual([]);

    await user.click(within(kinds).getByRole('checkbox', { name: 'Peer coaching' }));
    await user.click(screen.getByRole('button', { name: 'Save grant' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(callsTo(calls, 'grants.create')).toMatchObject([{ grant: { name: 'Coaching for all', groupIds: [], programmeKindIds: ['peer-coaching'] } }]);
  });

  it('shows an archived kind the grant funds, marked so', async () => {
    const funded = { ...DETAIL, grant: { ...FIXTURE_GRANT, programmeKindIds: ['old-befriending'] } };
    renderAt(`/reports/${FIXTURE_GRANT.id}/edit`, ROUTES, (name, input) => (name === 'grants.get' ? funded : answer(name, input)));
    const archived = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Befriending (archived)' });
    expect(archived.checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Peer coaching' }).checked).toBe(false);
  });
});
