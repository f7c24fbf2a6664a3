import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../../shared/domain/report-figures';
import { DEFAULT_AGE_BANDS } from '../../../../shared/domain/grants';
import type { Member } from '../../../../shared/domain/members';
import { displayName } from '../../../../shared/domain/person';
import { groupsKind, membersKind, outcomeCompletionsKind, programmesKind, programmeSessionsKind, sessionsKind, volunteerRecords, volunteersKind } from '../../../../electron/documents';
import { CallFailed, openSampleApp, type TestApp } from '../../../helpers/services';

/**
 * "Erase this person" end to end through the API, on the sample data: afterwards no file in
 * the data folder holds the person's name, email, phone or notes (backups apart, until
 * "Remove from backups now"), and last year's funder report is the same apart from demographics.
 */

let app: TestApp;

beforeEach(async () => {
  app = await openSampleApp({ now: new Date(2026, 10, 23, 10, 0, 0) });
});
afterEach(async () => {
  await app.close();
});

/** Every file under the folder, as text: .gz and backups decompressed where they can be. */
async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) {
      out.push(...(await filesUnder(full)));
      continue;
    }
    const bytes = await readFile(full);
    let text = bytes.toString('utf8');
    try {
      // A backup is a run of gzip members: gunzip reads them all.
      text += gunzipSync(bytes).toString('utf8');
    } catch {
      // Not compressed.
    }
    out.push({ file: path.relative(app.dir, full), text });
  }
  return out;
}

/** Their name, email, phone and address, and their notes when no one else's read the same (the sample data reuses a few). */
function secretsOf(m: Member): string[] {
  const others = app.services.store.get(membersKind).members.filter((o) => o.id !== m.id);
  const ownNotes = m.notes && !others.some((o) => o.notes === m.notes) ? m.notes : undefined;
  return [displayName(m), `${m.firstName} ${m.lastName}`, m.email, m.phone, ownNotes].filter((s): s is string => typeof s === 'string' && s.length > 3);
}

/** A member with the most to lose: attendance, a programme with sessions, questionnaires, notes. */
function busiestMember(): Member {
  const store = app.services.store;
  const attended = new Map<string, number>();
  for (const year of store.keys(sessionsKind)) {
    for (const s of store.get(sessionsKind, year).sessions) for (const [id, mark] of Object.entries(s.register?.marks ?? {})) if (mark === 'present') attended.set(id, (attended.get(id) ?? 0) + 1);
  }
  const withProgramme = new Set(store.get(programmesKind).programmes.map((p) => p.memberId));
  const withAnswers = new Set(store.keys(outcomeCompletionsKind).flatMap((y) => store.get(outcomeCompletionsKind, y).completions.map((c) => c.memberId)));
  const candidates = store
    .get(membersKind)
    .members.filter((m) => m.email && m.phone && withProgramme.has(m.id) && withAnswers.has(m.id) && (attended.get(m.id) ?? 0) > 0)
    .sort((a, b) => (attended.get(b.id) ?? 0) - (attended.get(a.id) ?? 0));
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0]!;
}

async function lastYearReport(): Promise<{ grantId: string; reportId: string }> {
  const store = app.services.store;
  const groupIds = store.get(groupsKind).groups.map((g) => g.id);
  const kindIds = app.services.store.get(programmesKind).programmes.map((p) => p.kindId);
  const grant = await app.api.grants.create({
    grant: {
      funder: 'Test Fund',
      name: 'Everything',
      amountPence: 1_000_000,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      frequency: 'yearly',
      groupIds,
      programmeKindIds: [...new Set(kindIds)],
      referralScope: 'all',
      targets: {},
      outcomes: [],
      ageBands: [...DEFAULT_AGE_BANDS],
    },
  });
  const view = await app.api.grants.createReport({ grantId: grant.id, from: '2025-01-01', to: '2025-12-31' });
  return { grantId: grant.id, reportId: view.report.id };
}

const withoutDemographics = (f: ReportFigures): Omit<ReportFigures, 'demographics'> => {
  const { demographics: _d, ...rest } = f;
  return rest;
};

describe('erasing a member', () => {
  it('leaves no byte of their details in the data folder, keeps last year’s report the same apart from demographics, and cleans the backups on request', { timeout: 60_000 }, async () => {
    const member = busiestMember();
    const secrets = secretsOf(member);
    const report = await lastYearReport();
    const before = (await app.api.grants.report(report)).figures;
    const membersBefore = (await app.api.members.list({ status: 'all' })).total;
    expect(before.counts.attendances).toBeGreaterThan(0);
    await app.api.backups.create();
    app.setNow(new Date(2026, 10, 23, 11, 0, 0));

    const preview = await app.api.erasures.preview({ kind: 'member', id: member.id });
    expect(preview.name).toBe(displayName(member));
    expect(preview.goes.join('\n')).toMatch(/Questionnaire answers \(\d+\): every answer/);
    expect(preview.goes.join('\n')).toMatch(/Their record \(1\): name, contact details/);
    expect(preview.stays.join('\n')).toMatch(/Attendance \(\d+\): marks on registers/);

    const entry = await app.api.erasures.erase({ kind: 'member', id: member.id, reason: `${member.firstName} asked by email` });
    expect(entry.reason).not.toContain(member.firstName);

    // The placeholder keeps its id, is marked erased, and cannot be edited.
    const placeholder = await app.api.members.get({ id: member.id });
    expect(placeholder.erasedAt).toBeDefined();
    expect(placeholder.firstName).toBe('Erased person');
    expect(placeholder.equality).toEqual({});
    await expect(app.api.members.changeStatus({ id: member.id, status: 'left', date: '2026-11-20' })).rejects.toBeInstanceOf(CallFailed);
    // Left out of lists and search.
    const list = await app.api.members.list({ status: 'all', limit: 500 });
    expect(list.total).toBe(membersBefore - 1);
    expect(list.rows.some((m) => m.id === member.id)).toBe(false);

    // Nothing outside the backups holds them; the backup taken before does.
    const files = await filesUnder(app.dir);
    const inData = files.filter((f) => !f.file.startsWith('backups'));
    expect(inData.length).toBeGreaterThan(5);
    for (const f of inData) for (const s of secrets) expect(f.text.includes(s), `${f.file} still holds "${s}"`).toBe(false);
    const inBackups = files.filter((f) => f.file.startsWith('backups'));
    expect(inBackups.some((f) => secrets.some((s) => f.text.includes(s)))).toBe(true);

    // Last year's report: the same figures, demographics apart.
    const after = (await app.api.grants.report(report)).figures;
    expect(withoutDemographics(after)).toEqual(withoutDemographics(before));

    const log = await app.api.erasures.list();
    expect(log.erasures).toHaveLength(1);
    expect(log.erasures[0]!.placeholder).toMatch(/^Erased person [0-9A-Z]{1,4}$/);
    expect(log.erasures[0]!.backups.count).toBeGreaterThan(0);
    expect(log.backupsHolding).toBeGreaterThan(0);

    const cleaned = await app.api.erasures.removeFromBackups();
    expect(cleaned.rewritten).toBeGreaterThan(0);
    expect(cleaned.unreadable).toEqual([]);
    for (const f of await filesUnder(app.dir)) for (const s of secrets) expect(f.text.includes(s), `${f.file} still holds "${s}"`).toBe(false);
    expect((await app.api.erasures.list()).backupsHolding).toBe(0);

    // A cleaned backup still restores, with the placeholder in it.
    const [newest] = await app.api.backups.list();
    await app.api.backups.restore({ name: newest!.name });
    expect((await app.api.members.get({ id: member.id })).erasedAt).toBeDefined();
  });

  it('refuses to erase twice', async () => {
    const member = app.services.store.get(membersKind).members[0]!;
    await app.api.erasures.erase({ kind: 'member', id: member.id, reason: 'Asked in person' });
    const failure = await app.api.erasures.erase({ kind: 'member', id: member.id, reason: 'Again' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CallFailed);
    expect((failure as CallFailed).error.code).toBe('CONFLICT');
  });
});

describe('erasing a volunteer', () => {
  it('clears their checks and notes and keeps the sessions they delivered', { timeout: 60_000 }, async () => {
    const store = app.services.store;
    const delivered = new Map<string, number>();
    for (const y of store.keys(programmeSessionsKind)) for (const s of store.get(programmeSessionsKind, y).sessions) if (s.volunteerId) delivered.set(s.volunteerId, (delivered.get(s.volunteerId) ?? 0) + 1);
    const volunteer = store.get(volunteersKind).volunteers.filter((v) => v.email && delivered.has(v.id)).sort((a, b) => delivered.get(b.id)! - delivered.get(a.id)!)[0]!;
    await app.api.erasures.erase({ kind: 'volunteer', id: volunteer.id, reason: 'Left and asked' });
    const after = store.record(volunteerRecords, volunteer.id);
    expect(after?.erasedAt).toBeDefined();
    let still = 0;
    for (const y of store.keys(programmeSessionsKind)) for (const s of store.get(programmeSessionsKind, y).sessions) if (s.volunteerId === volunteer.id) still++;
    expect(still).toBe(delivered.get(volunteer.id));
    const files = await filesUnder(app.dir);
    for (const f of files.filter((x) => !x.file.startsWith('backups'))) expect(f.text.includes(volunteer.email!), f.file).toBe(false);
    const list = await app.api.volunteers.list({ status: 'all', limit: 500 });
    expect(list.rows.some((v) => v.id === volunteer.id)).toBe(false);
  });
});

describe('erasure follow-ups', () => {
  it('ends the member’s open programmes in the same commit, and Home stops asking about them', { timeout: 60_000 }, async () => {
    const store = app.services.store;
    const due = (await app.api.home.thisWeek()).questionnairesDue;
    const open = new Set(store.get(programmesKind).programmes.filter((p) => p.status === 'active' || p.status === 'matched').map((p) => p.memberId));
    const line = due.find((d) => open.has(d.href.split('/')[2] ?? ''));
    expect(line, 'the sample data has a questionnaire due on an open programme').toBeDefined();
    const memberId = line!.href.split('/')[2]!;
    const seq = store.seq;
    await app.api.erasures.erase({ kind: 'member', id: memberId, reason: 'Asked by phone' });
    expect(store.seq).toBe(seq + 1);
    const theirs = store.get(programmesKind).programmes.filter((p) => p.memberId === memberId);
    expect(theirs.every((p) => p.status === 'ended')).toBe(true);
    expect(theirs.some((p) => p.ending?.ending === 'member-choice' && p.ending.date === '2026-11-23')).toBe(true);
    const home = await app.api.home.thisWeek();
    expect(home.questionnairesDue.some((d) => d.href.includes(memberId))).toBe(false);
    expect(home.programmesNeedingAction.some((p) => p.memberName.startsWith('Erased person'))).toBe(false);
  });

  it('names the other record of a member who is also a volunteer, and erases both in one commit when asked', { timeout: 60_000 }, async () => {
    const store = app.services.store;
    const member = store.get(membersKind).members.find((m) => m.volunteerId && store.record(volunteerRecords, m.volunteerId));
    expect(member, 'the sample data has a member who is also a volunteer').toBeDefined();
    const volunteer = store.record(volunteerRecords, member!.volunteerId!)!;
    const preview = await app.api.erasures.preview({ kind: 'member', id: member!.id });
    expect(preview.linked).toEqual({ kind: 'volunteer', name: displayName(volunteer), stillActive: volunteer.status !== 'left' });
    // Asked from the volunteer's side, the member record is the other one.
    expect((await app.api.erasures.preview({ kind: 'volunteer', id: volunteer.id })).linked?.kind).toBe('member');

    const seq = store.seq;
    await app.api.erasures.erase({ kind: 'member', id: member!.id, reason: 'Asked for everything to go', alsoLinked: true });
    expect(store.seq).toBe(seq + 1);
    expect(store.record(volunteerRecords, volunteer.id)?.erasedAt).toBeDefined();
    expect((await app.api.erasures.list()).erasures.map((e) => e.kind).sort()).toEqual(['member', 'volunteer']);
  });

  it('leaves the other record with its name when only one is erased', async () => {
    const store = app.services.store;
    const member = store.get(membersKind).members.find((m) => m.volunteerId && store.record(volunteerRecords, m.volunteerId))!;
    await app.api.erasures.erase({ kind: 'member', id: member.id, reason: 'Member side only' });
    const volunteer = store.record(volunteerRecords, member.volunteerId!)!;
    expect(volunteer.erasedAt).toBeUndefined();
    expect(volunteer.firstName).not.toBe('Erased person');
  });

  it('lists files set aside as damaged once someone is erased, and deletes them on request with an audit entry', async () => {
    await writeFile(path.join(app.dir, 'members.corrupt-20250101-090000.json'), '{"members":[{"firstName":"Amira"');
    const member = app.services.store.get(membersKind).members[0]!;
    await app.api.erasures.erase({ kind: 'member', id: member.id, reason: 'Asked in person' });
    const log = await app.api.erasures.list();
    expect(log.damagedFiles.map((f) => f.name)).toEqual(['members.corrupt-20250101-090000.json']);
    expect(await app.api.erasures.deleteDamagedFiles()).toEqual({ deleted: 1 });
    expect((await readdir(app.dir)).some((n) => n.includes('.corrupt-'))).toBe(false);
    expect((await app.api.erasures.list()).damagedFiles).toEqual([]);
    expect((await app.api.audit.list({ limit: 1 })).entries[0]?.summary).toBe('Deleted 1 file set aside as damaged, which may have held erased people’s details');
  });
});
