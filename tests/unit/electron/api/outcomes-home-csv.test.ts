import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompletionInput } from '../../../../shared/domain/outcome-completions';
import { measureById, type Answers, type MeasureDefinition } from '../../../../shared/domain/outcome-measures';
import { makeGroupInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

const SWEMWBS = measureById('swemwbs', [])!;
const CORE10 = measureById('core-10', [])!;
const all = (m: MeasureDefinition, value: number): Answers => Object.fromEntries(m.items.map((i) => [i.id, value]));
const completion = (extra: Partial<CompletionInput> = {}): CompletionInput => ({ measureId: 'swemwbs', date: '2026-11-20', given: 'paper', answers: all(SWEMWBS, 3), ...extra });

async function member(firstName: string, lastName = 'Haddad'): Promise<string> {
  const r = await app.api.members.create({ member: makeMemberInput({ firstName, lastName }), status: 'active', allowDuplicate: true });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.member.id;
}

/** Peer coaching asking SWEMWBS at the start, every 5 sessions and at the end; a programme of it for Amira from 01/09/2026. */
async function coaching(): Promise<{ memberId: string; programmeId: string }> {
  const kind = (await app.api.programmes.kinds()).find((k) => k.id === 'peer-coaching')!;
  const measures = [{ measureId: 'swemwbs', atStart: true, every: { count: 5, unit: 'sessions' as const }, atEnd: true }];
  await app.api.programmes.saveKind({ id: kind.id, kind: { name: kind.name, plannedSessions: kind.plannedSessions, sessionMinutes: kind.sessionMinutes, roles: kind.roles, countsForHours: kind.countsForHours, measures } });
  const memberId = await member('Amira');
  const v = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Jones', roles: ['peer-coach'], startDate: '2024-03-01' }), status: 'active' });
  if (v.status !== 'saved') throw new Error('not saved');
  const detail = await app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId: v.volunteer.id, date: '2026-09-01' });
  return { memberId, programmeId: detail.programme.id };
}

async function attend(programmeId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2026, 8, 8 + 7 * i)).toISOString().slice(0, 10);
    await app.api.programmes.logSession({ programmeId, session: { date, minutes: 60, mode: 'in-person', outcome: 'attended' } });
  }
}

function parse(text: string | undefined): Record<string, string>[] {
  return Papa.parse<Record<string, string>>((text ?? '').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

describe("Home's Questionnaires due card", () => {
  it('words each line from the plan: who, where and what is due', async () => {
    const { memberId, programmeId } = await coaching();
    expect((await app.api.home.thisWeek()).questionnairesDue).toEqual([
      { id: `${memberId}|${programmeId}|swemwbs`, href: `/members/${memberId}/outcomes`, memberName: 'Amira Haddad', kindName: 'Peer coaching, started 01/09/2026', why: 'SWEMWBS due at the start' },
    ]);
    await app.api.outcomes.record({ memberId, completion: completion({ programmeId, date: '2026-09-01', stage: 'start' }) });
    await attend(programmeId, 4);
    expect((await app.api.home.thisWeek()).questionnairesDue.map((q) => q.why)).toEqual(['SWEMWBS due at session 5']);
    await app.api.programmes.end({ id: programmeId, date: '2026-11-01', ending: 'member-choice' });
    expect((await app.api.home.thisWeek()).questionnairesDue.map((q) => q.why)).toEqual(['SWEMWBS: ending — ask the closing questionnaire']);
  });
});

describe('"Export answers (CSV)"', () => {
  async function twoPeople() {
    const { memberId: amira, programmeId } = await coaching();
    const group = await app.api.groups.create({ group: makeGroupInput() });
    const bilal = await member('Bilal', 'Shah');
    await app.api.groups.addMember({ groupId: group.id, memberId: bilal, joined: '2026-09-01' });
    await app.api.outcomes.record({ memberId: amira, completion: completion({ programmeId, date: '2026-09-01', stage: 'start', answers: all(SWEMWBS, 2) }) });
    await app.api.outcomes.record({ memberId: amira, completion: completion({ programmeId, date: '2026-11-20', stage: 'end', given: 'screen' }) });
    // CORE-10 with one item missing: pro-rated, items 2 and 3 reversed.
    const answers = { ...all(CORE10, 1), [CORE10.items[0]!.id]: null };
    await app.api.outcomes.record({ memberId: bilal, completion: { measureId: 'core-10', date: '2026-10-05', given: 'phone', answers, groupId: group.id } });
    return { amira, bilal, group };
  }

  it('has no names unless asked: the same code for the same person, another for someone else, and the same code in the next export', async () => {
    await twoPeople();
    const file = await app.api.outcomes.exportCsv({ includeNames: false });
    expect(file).toMatchObject({ filename: 'questionnaire-answers-2026-11-23.csv', mimeType: 'text/csv' });
    expect(file.text).not.toMatch(/Amira|Haddad|Bilal|Shah/);
    const rows = parse(file.text);
    expect(rows.map((r) => [r['Date'], r['Measure']])).toEqual([
      ['01/09/2026', 'SWEMWBS'],
      ['05/10/2026', 'CORE-10'],
      ['20/11/2026', 'SWEMWBS'],
    ]);
    const ids = rows.map((r) => r['Person id']!);
    expect(ids[0]).toMatch(/^P-[0-9a-f]{10}$/);
    expect(ids[2]).toBe(ids[0]);
    expect(ids[1]).not.toBe(ids[0]);
    expect(parse((await app.api.outcomes.exportCsv({ includeNames: false })).text).map((r) => r['Person id'])).toEqual(ids);
  });

  it('gives each answer and the scores derived from them, with the programme kind, group, stage and how given', async () => {
    await twoPeople();
    const file = await app.api.outcomes.exportCsv({ includeNames: true });
    expect(file.filename).toBe('questionnaire-answers-with-names-2026-11-23.csv');
    const [start, core, end] = parse(file.text);
    expect(start).toMatchObject({ Name: 'Amira Haddad', 'How given': 'Paper', 'Programme kind': 'Peer coaching', Group: '', Stage: 'Start', 'Question 1': '2', 'Question 7': '2', 'Question 8': '', Score: '14', 'SWEMWBS metric score': '15.32' });
    expect(end).toMatchObject({ Name: 'Amira Haddad', 'How given': 'Screen', Stage: 'End', Score: '21', 'SWEMWBS metric score': '19.25' });
    // Items answered 1, the first missing: 9 answered, 2 and 3 reversed to 3 → sum 13, pro-rated 13 / 9 × 10 = 14.4.
    expect(core).toMatchObject({ Name: 'Bilal Shah', 'How given': 'Phone', 'Programme kind': '', Group: 'Tuesday Peer Support', 'Question 1': '', 'Question 2': '1', 'Question 10': '1', 'Pro-rated': 'Yes' });
    expect(core).toMatchObject({ Score: '14.4', Band: 'Mild psychological distress' });
  });

  it('is only a heading line when nothing has been answered', async () => {
    const file = await app.api.outcomes.exportCsv({ includeNames: false });
    expect(file.text).toBe('\uFEFFPerson id,Date,Measure,How given,Programme kind,Group,Stage,Score,SWEMWBS metric score,Band,Pro-rated,Not scored because\r\n');
  });
});
