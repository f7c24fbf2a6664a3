// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantDetail, ReportView } from '../../../../../shared/api';
import { grantPeriods } from '../../../../../shared/domain/grant-periods';
import { ReportFormPage } from '../../../../../renderer/pages/reports/ReportFormPage';
import { FIXTURE_GRANT, YEAR_2 } from '../../../../fixtures/reports/grant-report';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const GRANT = { ...FIXTURE_GRANT, caseStudies: [{ id: 'cs-1', title: 'Finding people who understand', text: 'A story.', createdAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-01-10T10:00:00.000Z' }] };
const DETAIL: GrantDetail = { grant: GRANT, groups: [], programmeKinds: [], periods: grantPeriods(GRANT), rateName: 'National Living Wage' };
const CREATED = { grantId: GRANT.id, report: { id: 'r-9', from: YEAR_2.from, to: YEAR_2.to, label: YEAR_2.label } } as Partial<ReportView> as ReportView;

const ROUTES = {
  '/reports/:grantId/reports/new': <ReportFormPage />,
  '/reports/:grantId/reports/:reportId': <h1>The report</h1>,
  '/reports/:grantId': <h1>The grant</h1>,
};

function answer(name: string): unknown {
  if (name === 'grants.get') return DETAIL;
  if (name === 'grants.createReport') return CREATED;
  return undefined;
}

const discard = () => screen.getByRole('dialog', { name: 'Discard your changes?' });
const path = `/reports/${GRANT.id}/reports/new`;

describe('leaving the report form', () => {
  it('asks before Cancel throws away words typed: Stay keeps them and gives focus back, Discard leaves', async () => {
    const user = userEvent.setup();
    const { location } = renderAt(path, ROUTES, answer);
    const summary = await screen.findByLabelText('Summary');
    await user.type(summary, 'Both groups were full from the autumn.');

    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await user.click(cancel);
    await user.click(within(discard()).getByRole('button', { name: 'Stay on this page' }));
    expect(document.activeElement).toBe(cancel);
    expect((summary as HTMLTextAreaElement).value).toBe('Both groups were full from the autumn.');
    expect(location.history.at(-1)).toBe(path);

    // The back link is a way out too.
    await user.click(screen.getByRole('link', { name: 'Back to the grant' }));
    await user.click(within(discard()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(location.history.at(-1)).toBe(`/reports/${GRANT.id}`);
  });

  it('does not ask when what was changed is back as it was', async () => {
    const user = userEvent.setup();
    renderAt(path, ROUTES, answer);
    const progress = await screen.findByLabelText('Progress towards: People feel less alone');
    await user.type(progress, 'Feedback');
    await user.clear(progress);
    const story = screen.getByRole('checkbox', { name: 'Finding people who understand' });
    await user.click(story);
    await user.click(story);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'The grant' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saving never asks', async () => {
    const user = userEvent.setup();
    const { calls, location } = renderAt(path, ROUTES, answer);
    await user.type(await screen.findByLabelText('Summary'), 'Both groups were full from the autumn.');
    await user.click(screen.getByRole('button', { name: 'Create report' }));
    await screen.findByRole('heading', { level: 1, name: 'The report' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'grants.createReport')).toEqual([expect.objectContaining({ summary: 'Both groups were full from the autumn.' })]);
    expect(location.history.at(-1)).toBe(`/reports/${GRANT.id}/reports/r-9`);
  });
});
