// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HomeSummary } from '../../../../../shared/api';
import { localTimestamp } from '../../../../../shared/dates';
import { HomePage } from '../../../../../renderer/pages/home/HomePage';
import { renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function summary(overrides: Partial<HomeSummary> = {}): HomeSummary {
  return {
    today: '2026-12-07',
    weekStart: '2026-12-07',
    sessionsToday: [],
    sessionsThisWeek: [],
    referralsOverTarget: [],
    placesToOffer: [],
    registersDue: [],
    complianceNeedsAction: 0,
    devicesOverdue: [],
    programmesNeedingAction: [],
    questionnairesDue: [],
    breachesToReport: [],
    subjectAccessDue: [],
    ...overrides,
  };
}

function renderHome(home: HomeSummary) {
  return renderAt('/', { '/': <HomePage /> }, (call) => (call === 'home.thisWeek' ? home : undefined));
}

describe("Home's Devices overdue card", () => {
  it('names each member, with a link to their record, the device and how long overdue', async () => {
    renderHome(
      summary({
        devicesOverdue: [
          { memberId: 'mem-dafydd', memberName: 'Dafydd ap Rhys', loanId: 'l1', item: 'Tablet', due: '2026-11-03', daysOverdue: 34 },
          { memberId: 'mem-sian', memberName: 'Siân Llewelyn', loanId: 'l2', item: 'Mi-Fi dongle', due: '2026-12-06', daysOverdue: 1 },
        ],
      }),
    );
    const card = await screen.findByRole('region', { name: 'Devices overdue' });
    const lines = within(card).getAllByRole('listitem');
    expect(lines.map((li) => li.textContent)).toEqual(['Dafydd ap Rhys: Tablet, due back 03/11/2026 — 34 days overdue', 'Siân Llewelyn: Mi-Fi dongle, due back 06/12/2026 — 1 day overdue']);
    expect(within(card).getByRole('link', { name: 'Dafydd ap Rhys' }).getAttribute('href')).toBe('/members/mem-dafydd');
  });

  it('says so when none are overdue', async () => {
    renderHome(summary());
    const card = await screen.findByRole('region', { name: 'Devices overdue' });
    expect(card.textContent).toContain('No devices overdue.');
  });
});

describe("Home's one-to-one programmes card", () => {
  it('links each programme that needs the coordinator and says why; a quiet line when none do', async () => {
    renderHome(summary({ programmesNeedingAction: [{ id: 'p1', href: '/programmes/p1', memberName: 'Aled Okafor', kindName: 'Peer coaching', why: 'waiting for a match for 22 days' }] }));
    const card = await screen.findByRole('region', { name: 'One-to-one programmes' });
    expect(within(card).getByRole('listitem').textContent).toBe('Aled Okafor (Peer coaching): waiting for a match for 22 days');
    expect(within(card).getByRole('link', { name: 'Aled Okafor' }).getAttribute('href')).toBe('/programmes/p1');
    cleanup();
    renderHome(summary());
    expect((await screen.findByRole('region', { name: 'One-to-one programmes' })).textContent).toContain('No programme needs you now.');
  });
});

describe("Home's Questionnaires due card", () => {
  it("says who is due which questionnaire and where, each linking to the member's Outcomes tab; a quiet line when no one is", async () => {
    renderHome(
      summary({
        questionnairesDue: [
          { id: 'a', href: '/members/mem-amira/outcomes', memberName: 'Amira Haddad', kindName: 'Peer coaching, started 01/09/2026', why: 'SWEMWBS due at session 5' },
          { id: 'b', href: '/members/mem-aled/outcomes', memberName: 'Aled Okafor', kindName: 'Walk and talk', why: 'CORE-10: ending — ask the closing questionnaire' },
        ],
      }),
    );
    const card = await screen.findByRole('region', { name: 'Questionnaires due' });
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Amira Haddad (Peer coaching, started 01/09/2026): SWEMWBS due at session 5',
      'Aled Okafor (Walk and talk): CORE-10: ending — ask the closing questionnaire',
    ]);
    expect(within(card).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe('/members/mem-amira/outcomes');
    cleanup();
    renderHome(summary());
    expect((await screen.findByRole('region', { name: 'Questionnaires due' })).textContent).toContain('No one is due one.');
  });
});

describe('Home for a new Peer Desk', () => {
  it('lists the first steps, each not yet done with a link to where it is done, and none once all are', async () => {
    renderHome(summary({ setUp: { yourName: true, organisation: true, venue: false, group: false, people: false } }));
    const card = await screen.findByRole('region', { name: 'Getting started: 3 steps to go' });
    expect(within(card).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Add a venue', '/venues/new'],
      ['Add a group', '/groups/new'],
      ['Import them from a spreadsheet', '/volunteers/import'],
    ]);
    expect(within(card).getByText('Your name, for the audit log').parentElement?.textContent).toContain('(done)');
    cleanup();
    delete window.peerDesk;

    renderHome(summary());
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    expect(screen.queryByRole('region', { name: /Getting started/ })).toBeNull();
  });

  it('sends the coordinator to Settings → Organisation for their name and the organisation’s', async () => {
    renderHome(summary({ setUp: { yourName: false, organisation: false, venue: true, group: true, people: true } }));
    const card = await screen.findByRole('region', { name: 'Getting started: 2 steps to go' });
    expect(within(card).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Add it in Settings', '/settings/organisation'],
      ['Add it in Settings', '/settings/organisation'],
    ]);
  });

  it('backs up from Home and says what the backup holds', async () => {
    const user = userEvent.setup();
    renderAt('/', { '/': <HomePage /> }, (call) =>
      call === 'home.thisWeek' ? summary() : call === 'backups.create' ? { name: 'b', createdAt: '2026-12-07T10:15:00.000Z', counts: { volunteers: 2 }, sizeBytes: 100, reason: 'manual' } : undefined,
    );
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect((await screen.findByText(/^Backup made: /)).textContent).toContain('2 volunteers');
  });
});

describe("Home's countdown for breaches not yet answered for the ICO", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down the 72 hours for each, says when one is overdue, and links to the breach to answer it', async () => {
    // Only the clock is faked: Testing Library still waits on real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localTimestamp('2026-12-08', 21, 30));
    renderHome(
      summary({
        breachesToReport: [
          { id: 'b-old', foundDate: '2026-12-01', foundTime: '10:00', risk: 'likely-high-harm' },
          { id: 'b-new', foundDate: '2026-12-07', foundTime: '14:30', risk: 'could-harm' },
        ],
      }),
    );
    const card = await screen.findByRole('region', { name: '2 data breaches to report to the ICO' });
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Breach found 10:00 Tue 1 Dec 2026 (likely high harm): Overdue by 4 days — it was due by 10:00 Fri 4 Dec',
      'Breach found 14:30 Mon 7 Dec 2026 (could harm): Report to the ICO within 41 hours — by 14:30 Thu 10 Dec',
    ]);
    expect(within(card).getByRole('link', { name: 'Breach found 14:30 Mon 7 Dec 2026' }).getAttribute('href')).toBe('/privacy/breaches/b-new');
    // One overdue: the card is an error, not a warning.
    expect(card.className).toContain('notice--error');
  });

  it('is not there when every breach has its ICO answer', async () => {
    renderHome(summary());
    await screen.findByRole('heading', { level: 2, name: 'Today' });
    expect(screen.queryByRole('region', { name: /to report to the ICO/ })).toBeNull();
  });
});

describe("Home's subject access requests", () => {
  it('lists each request still to answer with its due date, linking to it, and shows no card when there are none', async () => {
    renderHome(summary({ subjectAccessDue: [{ id: 'r1', href: '/privacy/subject-access/r1', memberName: 'Amira Haddad', kindName: 'Subject access', why: 'due Fri 8 Jan, 32 days left' }] }));
    const card = await screen.findByRole('region', { name: 'Subject access requests' });
    expect(card.textContent).toContain('Amira Haddad (Subject access): due Fri 8 Jan, 32 days left');
    expect(within(card).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe('/privacy/subject-access/r1');
    cleanup();
    renderHome(summary());
    await screen.findByRole('heading', { level: 1, name: 'This week' });
    expect(screen.queryByRole('region', { name: 'Subject access requests' })).toBeNull();
  });
});
