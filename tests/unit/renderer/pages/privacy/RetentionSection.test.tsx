// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErasurePreview } from '../../../../../shared/api';
import { addMonthsIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { RetentionItem, RetentionList } from '../../../../../shared/domain/retention';
import { RetentionSection } from '../../../../../renderer/pages/privacy/RetentionSection';
import { eraseAllText } from '../../../../../renderer/pages/privacy/retention-text';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const WHY = 'Long enough to answer a question or a claim.';

function item(kind: RetentionItem['kind'], recordId: string, who: string, what: string, overrides: Partial<RetentionItem> = {}): RetentionItem {
  const person = kind === 'referral' ? undefined : { kind: kind === 'member' ? ('member' as const) : ('volunteer' as const), id: `${kind}-person-${recordId}` };
  return {
    key: `${kind}:${recordId}`,
    kind,
    recordId,
    rule: kind === 'dbs' ? 'dbs-numbers' : kind === 'referral' ? 'referrals-closed' : 'people-left',
    ...(person ? { person } : {}),
    who,
    what,
    from: '2019-03-14',
    fromLabel: 'last contact',
    keptUntil: '2025-03-14',
    why: WHY,
    ...overrides,
  };
}

const LIST: RetentionList = {
  items: [
    item('volunteer', 'v1', 'Dot Clarke', 'Volunteer who left'),
    item('dbs', 'd1', 'Alison Fotheringham', 'DBS certificate number (Enhanced check issued 12/12/2023)', { fromLabel: 'decision', from: '2023-12-14', keptUntil: '2024-06-14' }),
    item('referral', 'r1', 'Ann Cole', 'Declined referral', { fromLabel: 'closed', lastKept: { reason: 'Complaint open', reviewOn: '2025-01-01', decidedAt: '2024-01-01T10:00:00.000Z' } }),
  ],
  kept: [],
};

const PREVIEW: ErasurePreview = { name: 'Dot Clarke', placeholder: 'Erased person V1', goes: ['Their record (1): name'], stays: ['Hours (3): dates and minutes'], linked: { kind: 'member', name: 'Dot Clarke', stillActive: false } };

function show(list: RetentionList = LIST) {
  return renderAt('/privacy', { '/privacy': <RetentionSection openId={undefined} /> }, (name) => {
    if (name === 'retention.list') return list;
    if (name === 'retention.clear' || name === 'retention.eraseListed') return { erased: 1, skipped: 0 };
    if (name === 'retention.keep') return {};
    if (name === 'erasures.preview') return PREVIEW;
    if (name === 'erasures.erase') return {};
    throw new Error(`unexpected ${name}`);
  });
}

const section = () => screen.getByRole('region', { name: /^Past their keep-until date/ });

describe('Past their keep-until date', () => {
  it('lists who, what, kept until and why, with a count, a link to the record and a search', async () => {
    const user = userEvent.setup();
    show();
    expect(await screen.findByRole('heading', { level: 2, name: 'Past their keep-until date (3)' })).toBeTruthy();
    const rows = within(section()).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Dot Clarke', 'Alison Fotheringham', 'Ann Cole']);
    expect(within(rows[1]!).getByRole('link', { name: 'Alison Fotheringham' }).getAttribute('href')).toBe('/volunteers/dbs-person-d1/dbs');
    expect(within(rows[2]!).getByRole('link', { name: 'Ann Cole' }).getAttribute('href')).toBe('/referrals/r1');
    expect(rows[1]!.textContent).toContain('14/06/2024Decision 14/12/2023');
    expect(rows[2]!.textContent).toContain('Kept before until 01/01/2025: Complaint open');
    await user.type(within(section()).getByRole('searchbox', { name: 'Search the keep-until list' }), 'dbs');
    expect(within(section()).getByRole('status').textContent).toBe('Showing 1 of 3 items');
  });

  it('erases a DBS number on its own after a confirmation saying what stays', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    await user.click(await screen.findByRole('button', { name: 'Erase the DBS certificate number (Enhanced check issued 12/12/2023) of Alison Fotheringham' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('the level, dates and decision stay on their record');
    await user.click(within(dialog).getByRole('button', { name: 'Erase' }));
    expect(callsTo(calls, 'retention.clear')).toEqual([{ kind: 'dbs', recordId: 'd1' }]);
    expect(callsTo(calls, 'retention.list')).toHaveLength(2);
  });

  it('keeps an item with a reason and a review date, asking for a reason first', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    await user.click(await screen.findByRole('button', { name: 'Keep the declined referral of Ann Cole' }));
    const dialog = screen.getByRole('dialog', { name: 'Keep the declined referral of Ann Cole?' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Review date').value).toBe(formatUkDate(addMonthsIso(todayIso(), 12)));
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(within(dialog).getByText('Enter why it is being kept (for example “An insurance claim is open”)')).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Why is it being kept?'), 'They asked us to hold it while they complain');
    const review = within(dialog).getByLabelText('Review date');
    await user.clear(review);
    await user.type(review, '01/06/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
    expect(callsTo(calls, 'retention.keep')).toEqual([{ kind: 'referral', recordId: 'r1', reason: 'They asked us to hold it while they complain', reviewOn: '2027-06-01' }]);
  });

  it('erases a person through “Erase this person”, offering their other record too, as past their date', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    await user.click(await screen.findByRole('button', { name: 'Erase the volunteer who left of Dot Clarke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Dot Clarke?' });
    expect(await within(dialog).findByText(/is also on record as a member/)).toBeTruthy();
    const both = within(dialog).getByRole('checkbox', { name: 'Erase their member record too' });
    expect((both as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByLabelText<HTMLTextAreaElement>('Why are their details being erased?').value).toBe('Past the keep-until date of 14/03/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Erase this person' }));
    expect(callsTo(calls, 'erasures.erase')).toEqual([{ kind: 'volunteer', id: 'v1', reason: 'Past the keep-until date of 14/03/2025', because: 'retention', alsoLinked: true }]);
  });

  it('“Erase all listed” names the count and erases what the search shows, in one call', async () => {
    const user = userEvent.setup();
    const { calls } = show();
    await user.type(await within(section()).findByRole('searchbox', { name: 'Search the keep-until list' }), 'declined');
    await user.click(within(section()).getByRole('button', { name: 'Erase all listed' }));
    const dialog = screen.getByRole('dialog', { name: 'Erase 1 item?' });
    expect(dialog.textContent).toContain('Everything is erased in one save');
    await user.click(within(dialog).getByRole('button', { name: 'Erase 1 item' }));
    expect(callsTo(calls, 'retention.eraseListed')).toEqual([{ items: [{ kind: 'referral', recordId: 'r1' }] }]);
  });

  it('says when nothing is past its date, and lists what is kept until a review', async () => {
    show({ items: [], kept: [{ ...item('member', 'm1', 'Amira White', 'Member who left'), decision: { reason: 'Insurance claim', reviewOn: '2027-01-31', decidedAt: '2026-01-01T10:00:00.000Z' } }] });
    expect(await screen.findByText('Nothing is past its keep-until date.')).toBeTruthy();
    expect(section().textContent).toContain('Amira White, member who left: kept until 31/01/2027 because “Insurance claim”');
  });
});

describe('the words of “Erase all listed”', () => {
  it('counts each kind and says it is one save', () => {
    expect(eraseAllText([{ kind: 'member' }, { kind: 'dbs' }, { kind: 'dbs' }, { kind: 'referral' }])).toEqual([
      '1 person who left will be erased as “Erase this person” does: their details go, and registers and reports still count them as anonymous placeholders.',
      '2 DBS certificate numbers, the person’s details on 1 closed referral will go; the dates and outcomes stay.',
      'Everything is erased in one save, so either all of it goes or, if something goes wrong, none of it; the audit log has a line for each item. This cannot be undone.',
      'Backups made before today keep these details until they are deleted.',
    ]);
  });
});
