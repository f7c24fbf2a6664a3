// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportView } from '../../../../../shared/api';
import { figureChanges, otherFiguresChanged } from '../../../../../shared/domain/report-changes';
import { computeReportFigures, type ReportFigures } from '../../../../../shared/domain/report-figures';
import { ReportPage } from '../../../../../renderer/pages/reports/ReportPage';
import { FIXTURE_GRANT, fixtureReportData, YEAR_2 } from '../../../../fixtures/reports/grant-report';
import { programmeReportData } from '../../../../fixtures/reports/programme-report';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const sentFigures = computeReportFigures(fixtureReportData(YEAR_2, { suppressSmallNumbers: true }));
const REPORT = { id: 'r1', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', from: YEAR_2.from, to: YEAR_2.to, label: YEAR_2.label, caseStudyIds: [], outcomeProgress: [] };
const SENT = { sentOn: '2026-04-20', recipient: 'Hallam Community Fund — grants@hallam.example', recordedAt: '2026-04-20T10:00:00.000Z', madeOn: '2026-04-20', figures: sentFigures, outcomeProgress: [], caseStudies: [] };

/** Today's figures after a late register: two more attendances this period and to date. */
function later(f: ReportFigures): ReportFigures {
  return { ...f, headline: f.headline.map((r) => (r.key === 'attendances' ? { ...r, value: '29', toDate: '34' } : r)) };
}

function view(today: ReportFigures, sent = true): ReportView {
  return {
    grantId: FIXTURE_GRANT.id,
    report: sent ? { ...REPORT, sent: SENT } : REPORT,
    figures: today,
    caseStudies: [],
    outcomeProgress: [],
    checks: ['3 sessions of the funded groups in this period have no register yet.'],
    madeOn: '2026-11-23',
    changesSinceSent: sent ? figureChanges(sentFigures, today) : [],
    otherChangesSinceSent: sent ? otherFiguresChanged(sentFigures, today) : [],
  };
}

function show(v: ReportView) {
  const path = `/reports/${FIXTURE_GRANT.id}/reports/r1`;
  return renderAt(path, { '/reports/:grantId/reports/:reportId': <ReportPage /> }, (call) => (call === 'grants.report' ? v : undefined));
}

/** A paragraph by its whole text (the numbers are in spans of their own). */
const paragraph = (text: string) => screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === text);

const attendances = () =>
  within(within(screen.getByRole('table', { name: 'Headline figures, this period and grant to date' })).getByRole('row', { name: /^Attendances/ })).getAllByRole('cell')[0]?.textContent;

describe('a report marked as sent', () => {
  it('shows the figures as sent, says what changed, and shows today’s on asking', async () => {
    const { calls } = show(view(later(sentFigures)));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sent on 20/04/2026 to Hallam Community Fund — grants@hallam.example' })).toBeTruthy();
    expect(attendances()).toBe('27');
    expect(paragraph('Since it was sent, records keyed in late have changed this period’s figures: Attendances 27 → 29.')).toBeTruthy();
    expect(paragraph('And the grant to date: Attendances 32 → 34.')).toBeTruthy();
    // What to check is for today's figures, not the copy already sent.
    expect(screen.queryByText(/no register yet/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show today’s figures' }));
    expect(attendances()).toBe('29');
    expect(screen.getByText('You are looking at today’s figures, not the ones sent.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Today’s figures: what to check' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV of today’s figures' }));
    expect(callsTo(calls, 'grants.reportCsv')).toEqual([{ grantId: FIXTURE_GRANT.id, reportId: 'r1', figures: 'today' }]);
  });

  it('says nothing about changes when there are none, and asks before editing', async () => {
    const { location } = show(view(sentFigures));
    expect(await screen.findByRole('heading', { level: 2, name: /^Sent on 20\/04\/2026/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The figures have changed since it was sent' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show today’s figures' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Edit report' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit a report already sent?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Edit report' }));
    expect(location.history?.at(-1)).toBe(`/reports/${FIXTURE_GRANT.id}/reports/r1/edit`);
  });

  it('offers "Mark as sent" on a report not yet sent, with the checks before sending', async () => {
    show(view(sentFigures, false));
    expect(await screen.findByRole('heading', { name: 'Before you send this' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as sent' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as not sent' })).toBeNull();
  });
});

describe('a report for a grant that funds programmes', () => {
  const withProgrammes = computeReportFigures(programmeReportData(YEAR_2, { suppressSmallNumbers: true }));

  it('shows the one-to-one section with its breakdowns, "<5" explained', async () => {
    show(view(withProgrammes, false));
    expect(await screen.findByRole('heading', { level: 2, name: 'One-to-one support' })).toBeTruthy();
    const main = screen.getByRole('table', { name: 'One-to-one support, this period and grant to date' });
    const [people, ofWhomNew] = within(main).getAllByRole('row', { name: /^People supported one to one/ });
    expect(people?.textContent).toBe('People supported one to oneDifferent people who came to at least one session66');
    // The indented row says what it is part of, for a screen reader reading the row alone.
    expect(ofWhomNew?.textContent).toContain('People supported one to one, of whom new');
    const how = screen.getByRole('table', { name: 'How sessions were delivered' });
    expect(within(how).getByRole('row', { name: /^Phone/ }).textContent).toBe('Phone33');
    const ended = screen.getByRole('table', { name: 'How programmes ended' });
    expect(within(within(ended).getByRole('row', { name: /^Completed/ })).getAllByTitle('between 1 and 4')).toHaveLength(2);
    expect(screen.getByRole('table', { name: 'Onward referrals' })).toBeTruthy();
    expect(screen.getByText('“<5”: between 1 and 4, not shown so that nobody can be identified (Settings).')).toBeTruthy();
    expect(screen.getByText(/Programmes funded: Peer coaching, One-to-one peer support, Peer mentoring\./)).toBeTruthy();
    expect(screen.getByText(/volunteers gave their time to the funded groups and one-to-one programmes in this period/)).toBeTruthy();
  });

  it('has no such section for a grant funding groups only', async () => {
    show(view(sentFigures, false));
    expect(await screen.findByRole('heading', { level: 2, name: 'Headline figures' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'One-to-one support' })).toBeNull();
    expect(screen.getByText(/volunteers gave their time to the funded groups in this period/)).toBeTruthy();
  });
});
