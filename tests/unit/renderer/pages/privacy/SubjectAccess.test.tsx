// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubjectAccessPack, SubjectAccessRow, SubjectAccessView } from '../../../../../shared/api';
import { formatUkDate, formatUkDateLong, todayIso } from '../../../../../shared/dates';
import { firstDueDate } from '../../../../../shared/domain/subject-access';
import { SubjectAccessDialog } from '../../../../../renderer/pages/privacy/SubjectAccessDialog';
import { SubjectAccessPage } from '../../../../../renderer/pages/privacy/SubjectAccessPage';
import { SubjectAccessSection } from '../../../../../renderer/pages/privacy/SubjectAccessSection';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const row = (id: string, name: string, overrides: Partial<SubjectAccessRow> = {}): SubjectAccessRow => ({
  id,
  subjectType: 'member',
  subjectId: `m-${id}`,
  name,
  receivedDate: '2026-12-01',
  dueDate: '2027-01-01',
  status: 'open',
  dueText: 'due Fri 1 Jan 2027, 25 days left',
  ...overrides,
});

const view = (overrides: Partial<SubjectAccessView> = {}): SubjectAccessView => ({
  ...row('r1', 'Amira Haddad'),
  request: { id: 'r1', createdAt: '2026-12-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z', subjectType: 'member', subjectId: 'm-r1', receivedDate: '2026-12-01', method: 'email', requester: 'the-person', withheld: [], log: [{ at: '2026-12-01T09:00:00Z', by: 'Sam', text: 'Received 01/12/2026' }] },
  ...overrides,
});

const pack: SubjectAccessPack = {
  items: [
    { id: 'member:m-r1', kind: 'record', title: 'Member record', fields: [{ label: 'Notes', value: 'Prefers mornings' }], sources: [] },
    { id: 'group:g1', kind: 'group', title: 'Tuesday Walk', fields: [{ label: 'On the roster', value: 'from 01/11/2026' }], sources: [] },
  ],
  withheld: {},
};

describe('the Privacy page’s subject access section', () => {
  it('lists requests to answer first with their due dates, folds answered ones away, counts them and searches', async () => {
    const user = userEvent.setup();
    renderAt('/privacy', { '/privacy': <SubjectAccessSection /> }, (name) => {
      if (name === 'subjectAccess.list') return [row('r1', 'Amira Haddad', { status: 'overdue', dueText: 'overdue by 3 days (it was due Fri 4 Dec)' }), row('r2', 'Brian Okafor', { status: 'answered', dueText: 'answered on 02/12/2026' })];
      throw new Error(`unexpected ${name}`);
    });
    const section = await screen.findByRole('region', { name: 'Subject access requests (2)' });
    expect(await within(section).findByText('2 requests; 1 still to answer.')).toBeTruthy();
    const open = within(section).getByRole('table', { name: 'Requests still to answer, the soonest due first' });
    expect(within(open).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe('/privacy/subject-access/r1');
    expect(within(open).getByText('overdue by 3 days (it was due Fri 4 Dec)')).toBeTruthy();
    const answered = within(section).getByText('Answered requests (1)').closest('details')!;
    expect(answered.open).toBe(false);
    await user.type(within(section).getByRole('searchbox', { name: 'Search subject access requests' }), 'okafor');
    expect(within(section).getByText('Showing 1 of 2 requests')).toBeTruthy();
    expect(within(section).queryByRole('table', { name: /still to answer/ })).toBeNull();
  });
});

describe('the request dialog', () => {
  it('shows the due date a calendar month on as the date is typed, and sends the request', async () => {
    const user = userEvent.setup();
    let saved: unknown;
    const { calls } = renderAt('/', { '/': <SubjectAccessDialog subject={{ type: 'member', id: 'm1' }} name="Amira Haddad" onSaved={(v) => (saved = v)} onCancel={() => undefined} /> }, (name) => {
      if (name === 'subjectAccess.create') return view();
      throw new Error(`unexpected ${name}`);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Subject access request: Amira Haddad' });
    expect(within(dialog).getByText(formatUkDateLong(firstDueDate(todayIso())))).toBeTruthy();
    const date = within(dialog).getByLabelText('Date received');
    await user.clear(date);
    await user.type(date, '31/01/2026');
    expect(within(dialog).getByText('Sat 28 Feb 2026')).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: 'By letter' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Someone on their behalf, with their authority' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    expect(await within(dialog).findByText(/Say who asked and what authority they have/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Who asked, and their authority'), 'Jo Smith, solicitor');
    await user.click(within(dialog).getByRole('button', { name: 'Record request' }));
    await screen.findByRole('dialog');
    expect(callsTo(calls, 'subjectAccess.create')).toEqual([
      { subjectType: 'member', subjectId: 'm1', request: { receivedDate: '2026-01-31', method: 'letter', requester: 'on-their-behalf', requesterDetails: 'Jo Smith, solicitor' } },
    ]);
    expect(saved).toMatchObject({ id: 'r1' });
  });
});

describe('the request page', () => {
  it('prepares the pack for review, and withholds an item only with a reason', async () => {
    const user = userEvent.setup();
    let withheld = false;
    const { calls } = renderAt('/privacy/subject-access/r1', { '/privacy/subject-access/:id': <SubjectAccessPage /> }, (name) => {
      if (name === 'subjectAccess.get') return view();
      if (name === 'subjectAccess.preparePack') return withheld ? { ...pack, withheld: { 'group:g1': 'It identifies someone else' } } : pack;
      if (name === 'subjectAccess.withhold') {
        withheld = true;
        return view();
      }
      throw new Error(`unexpected ${name}`);
    });
    await user.click(await screen.findByRole('button', { name: 'Prepare the pack' }));
    const review = await screen.findByRole('region', { name: 'The pack: 2 items' });
    expect(within(review).getByRole('heading', { name: 'The pack: 2 items' })).toBe(document.activeElement);
    expect(within(review).getByText('Prefers mornings')).toBeTruthy();
    expect(within(review).getByLabelText('Date sent')).toHaveProperty('value', formatUkDate(todayIso()));

    await user.click(within(review).getByRole('button', { name: 'Withhold Groups: Tuesday Walk' }));
    const dialog = screen.getByRole('dialog', { name: 'Withhold Groups: Tuesday Walk?' });
    await user.click(within(dialog).getByRole('button', { name: 'Withhold it' }));
    expect(await within(dialog).findByText(/Enter why it is withheld/)).toBeTruthy();
    expect(callsTo(calls, 'subjectAccess.withhold')).toEqual([]);
    await user.type(within(dialog).getByLabelText('Why are you withholding it?'), 'It identifies someone else');
    await user.click(within(dialog).getByRole('button', { name: 'Withhold it' }));
    expect(await screen.findByText('Withheld: It identifies someone else')).toBeTruthy();
    expect(callsTo(calls, 'subjectAccess.withhold')).toEqual([{ id: 'r1', itemId: 'group:g1', reason: 'It identifies someone else' }]);
    expect(screen.getByRole('button', { name: 'Include again Groups: Tuesday Walk' })).toBeTruthy();
  });
});
