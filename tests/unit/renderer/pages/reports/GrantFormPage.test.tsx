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

function answer(name: string, input: unknown): unknown {
  if (name === 'grants.get') return DETAIL;
  if (name === 'groups.list') return [{ id: G1, name: 'Tuesday Peer Support', archived: false }, { id: G2, name: 'Sunday Drop-in', archived: false }];
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
