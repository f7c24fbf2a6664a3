import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgrammeSessionInput } from '../../../../shared/domain/programmes';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { openTestApp, type TestApp } from '../../../helpers/services';

/**
 * The Programmes list counts sessions from a summary kept per year of sessions
 * (programme-records.ts, sessionSummaries), not by gathering each programme's sessions:
 * it must stay right as sessions are logged, moved between years and deleted.
 */

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const session = (date: string, extra: Partial<ProgrammeSessionInput> = {}): ProgrammeSessionInput => ({ date, minutes: 60, mode: 'in-person', outcome: 'attended', ...extra });

async function started(date: string): Promise<string> {
  const m = await app.api.members.create({ member: makeMemberInput({ firstName: 'Mo', lastName: 'Okafor' }), status: 'active', allowDuplicate: true });
  const v = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Jones', roles: ['peer-coach'], startDate: '2024-03-01' }), status: 'active' });
  if (m.status !== 'saved' || v.status !== 'saved') throw new Error('not saved');
  return (await app.api.programmes.start({ memberId: m.member.id, kindId: 'peer-coaching', volunteerId: v.volunteer.id, date })).programme.id;
}

const rowOf = async (id: string) => (await app.api.programmes.list({ status: 'all' })).rows.find((r) => r.id === id)!;

describe('the Programmes list counts sessions across years', () => {
  it('adds, moves and removes sessions in any year, the last contact following the latest', async () => {
    const id = await started('2025-11-03');
    await app.api.programmes.logSession({ programmeId: id, session: session('2025-11-10') });
    await app.api.programmes.logSession({ programmeId: id, session: session('2025-12-15', { outcome: 'did-not-attend' }) });
    expect(await rowOf(id)).toMatchObject({ counter: '1 of 10', attended: 1, lastContact: '2025-12-15' });

    const detail = await app.api.programmes.logSession({ programmeId: id, session: session('2026-01-12') });
    expect(await rowOf(id)).toMatchObject({ counter: '2 of 10', lastContact: '2026-01-12' });

    // The January session moved back into December: this year's part and last year's both change.
    const january = detail.sessions.find((s) => s.date === '2026-01-12')!;
    await app.api.programmes.updateSession({ id: january.id, session: session('2025-12-22') });
    expect(await rowOf(id)).toMatchObject({ counter: '2 of 10', lastContact: '2025-12-22' });

    await app.api.programmes.deleteSession({ id: january.id });
    expect(await rowOf(id)).toMatchObject({ counter: '1 of 10', lastContact: '2025-12-15' });
    // The programme's own page, which gathers its sessions, agrees.
    expect((await app.api.programmes.get({ id })).counter).toBe('1 of 10');
  });

  it('shows a programme with no sessions from its start', async () => {
    const id = await started('2026-11-02');
    const row = await rowOf(id);
    expect(row).toMatchObject({ counter: '0 of 10', attended: 0, daysSinceContact: 21 });
    expect(row.lastContact).toBeUndefined();
    expect('lastContact' in row).toBe(false);
  });
});

describe('opening a folder with years of one-to-one sessions', () => {
  /** Whether the store has read a document yet (it reads older years only when asked). */
  const loaded = (file: string): boolean | undefined => (app.services.store as unknown as { docs: Map<string, { loaded: boolean }> }).docs.get(file)?.loaded;

  it('reads only recent years at start-up, Home and the open programmes; every programme reads the rest, counted right', async () => {
    const old = await started('2024-03-04');
    await app.api.programmes.logSession({ programmeId: old, session: session('2024-03-11') });
    await app.api.programmes.logSession({ programmeId: old, session: session('2025-01-13') });
    await app.api.programmes.end({ id: old, date: '2025-02-03', ending: 'completed', onward: [] });
    const current = await started('2026-10-05');
    await app.api.programmes.logSession({ programmeId: current, session: session('2026-10-12') });
    await app.reopen();

    expect(loaded('programme-sessions-2026.json')).toBe(true);
    expect(loaded('programme-sessions-2024.json')).toBe(false);
    await app.api.home.thisWeek();
    const open = await app.api.programmes.list({});
    expect(open.rows.map((r) => [r.id, r.counter])).toEqual([[current, '1 of 10']]);
    expect(loaded('programme-sessions-2024.json')).toBe(false);
    expect(loaded('programme-sessions-2025.json')).toBe(false);

    const everything = await app.api.programmes.list({ status: 'all' });
    expect(everything.rows.find((r) => r.id === old)).toMatchObject({ counter: '2 of 10', lastContact: '2025-01-13' });
    expect(loaded('programme-sessions-2024.json')).toBe(true);
    expect((await app.api.programmes.get({ id: old })).sessions.map((s) => s.date)).toEqual(['2025-01-13', '2024-03-11']);
  });
});
