// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComplianceFilterInput, ComplianceOverview } from '../../../../../shared/api';
import { complianceCounts, matchesComplianceFilter, type AreaStatus, type ComplianceRow } from '../../../../../shared/domain/compliance';
import type { DueState } from '../../../../../shared/domain/due-status';
import { CompliancePage } from '../../../../../renderer/pages/compliance/CompliancePage';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const TODAY = '2026-11-23';
const OK: AreaStatus = { state: 'ok', due: '2028-06-01', text: 'OK: renewal due 01/06/2028' };

function row(name: string, dbs: DueState, due?: string): ComplianceRow {
  const [first, last] = name.split(' ');
  const texts: Record<DueState, string> = { ok: OK.text, overdue: `Overdue: renewal was due ${due}`, missing: 'Missing: needs an enhanced check', 'due-soon': `Due soon: renewal by ${due}` };
  const area: AreaStatus = dbs === 'ok' ? OK : { state: dbs, text: texts[dbs], ...(due ? { due } : {}) };
  return {
    volunteerId: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    sortName: `${last}, ${first}`,
    roles: ['group-facilitator'],
    dbs: area,
    training: OK,
    supervision: OK,
    actionNow: dbs === 'overdue' || dbs === 'missing',
    ...(dbs !== 'ok' && due ? { firstDue: due } : {}),
  };
}

/** Plays the main process: filters the rows (already most urgent first) as the handler does. */
function overviewOf(rows: ComplianceRow[]) {
  return (input: unknown): ComplianceOverview => {
    const filter = input as ComplianceFilterInput;
    return {
      today: TODAY,
      activeCount: rows.length,
      rows: rows.filter((r) => matchesComplianceFilter(r, filter, TODAY)),
      counts: complianceCounts(rows, 30, TODAY),
    };
  };
}

function renderPage(rows: ComplianceRow[]) {
  const overview = overviewOf(rows);
  return renderAt('/compliance', { '/compliance': <CompliancePage /> }, (call, input) => {
    if (call === 'compliance.overview') return overview(input);
    if (call === 'compliance.exportCsv') return { filename: 'compliance-2026-11-23.csv', mimeType: 'text/csv', text: 'Name\n' };
    return undefined;
  });
}

const names = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

const SOME_NEED_ACTION = [row('Siân Llewelyn', 'overdue', '2026-11-01'), row('Dafydd ap Gwilym', 'missing'), row('Gwenllïan Rhys', 'due-soon', '2027-01-15'), row('Owain Ôwen', 'ok')];

describe('the Compliance page', () => {
  it('opens on those needing action in the next 30 days when anyone does, with a way back to everyone', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(SOME_NEED_ACTION);
    expect(await screen.findByText('Showing 2 of 4 active volunteers')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Needs action in the next 30 days').checked).toBe(true);
    expect(names()).toEqual(['Siân Llewelyn', 'Dafydd ap Gwilym']);
    expect(callsTo(calls, 'compliance.overview')).toEqual([{ withinDays: 30 }]);

    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(await screen.findByText('Showing 4 of 4 active volunteers')).toBeTruthy();
    expect(names()).toEqual(['Siân Llewelyn', 'Dafydd ap Gwilym', 'Gwenllïan Rhys', 'Owain Ôwen']);
    expect(screen.getByLabelText<HTMLInputElement>('Needs action in the next 30 days').checked).toBe(false);
    expect(screen.queryByRole('button', { name: 'Show everyone' })).toBeNull();
    // The button has gone: focus is on what it changed, not lost.
    expect(document.activeElement?.textContent).toBe('Showing 4 of 4 active volunteers');
  });

  it('opens on everyone when nobody needs action, rather than on an empty list', async () => {
    renderPage([row('Owain Ôwen', 'ok'), row('Gwenllïan Rhys', 'due-soon', '2027-01-15')]);
    expect(await screen.findByText('Showing 2 of 2 active volunteers')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Needs action in the next 30 days').checked).toBe(false);
    expect(screen.queryByText('Nobody needs action in the next 30 days.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show everyone' })).toBeNull();
  });

  it('a summary count shows exactly those people, and Export CSV exports that list', async () => {
    const user = userEvent.setup();
    const { calls } = renderPage(SOME_NEED_ACTION);
    const summary = await screen.findByRole('list', { name: 'Summary' });
    await screen.findByText('Showing 2 of 4 active volunteers');
    // A count of nobody is words, not a button to an empty list.
    expect(within(summary).queryByRole('button', { name: 'Training: 0 overdue' })).toBeNull();
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual(['DBS: 1 overdue', 'DBS: 1 missing', 'DBS: 1 due soon']);
    expect(within(summary).getAllByRole('listitem')[2]?.textContent).toBe('Training: 0 overdue, 0 missing, 0 due soon');

    const dueSoon = within(summary).getByRole('button', { name: 'DBS: 1 due soon' });
    await user.click(dueSoon);
    expect(await screen.findByText('Showing 1 of 4 active volunteers: DBS due soon')).toBeTruthy();
    expect(names()).toEqual(['Gwenllïan Rhys']);
    expect(dueSoon.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByLabelText<HTMLInputElement>('Needs action in the next 30 days').checked).toBe(false);
    expect(callsTo(calls, 'compliance.overview').at(-1)).toEqual({ area: 'dbs', state: 'due-soon' });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(callsTo(calls, 'compliance.exportCsv')).toEqual([{ area: 'dbs', state: 'due-soon' }]);

    await user.click(within(summary).getByRole('button', { name: 'DBS: 1 overdue' }));
    expect(await screen.findByText('Showing 1 of 4 active volunteers: DBS overdue')).toBeTruthy();
    expect(names()).toEqual(['Siân Llewelyn']);

    await user.click(screen.getByRole('button', { name: 'Show everyone' }));
    expect(await screen.findByText('Showing 4 of 4 active volunteers')).toBeTruthy();
    expect(callsTo(calls, 'compliance.overview').at(-1)).toEqual({});
  });
});
