import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { APP_COLLECTIONS, APP_KINDS, auditKind, auditRecords, groupsKind, membersKind, outcomeCompletionsKind, programmeSessionsKind, programmesKind, referralsKind, travelTripsKind, sessionRecords, sessionsKind, settingsKind, volunteersKind } from '../../../electron/documents';
import { openServices, type Services } from '../../../electron/services';
import { openStore } from '../../../electron/store/index';
import { DemoDataRefusedError, main, parseDemoDataArgs, UsageError, writeDemoData, type Output } from '../../../scripts/demo-data';
import { describeOp, readCommits } from '../../helpers/journal';
import { expectFailure, openTestApp } from '../../helpers/services';
import type { DueLine, HomeSummary, MemberOutcomes, ProgrammeDetail, ProgrammeList, Suggestions } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { generateDemoDataset } from '../../../electron/demo';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TODAY = '2026-11-23';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-demo-'));
  dirs.push(dir);
  return dir;
}

/** Every file under a folder with its bytes, to prove a refusal changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = (await fs.readFile(file)).toString('base64');
  }
  return out;
}

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const expected = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
const years = [...new Set(expected.sessions.map((s) => s.date.slice(0, 4)))].sort();
const programmeYears = [...new Set(expected.programmeSessions.map((s) => s.date.slice(0, 4)))].sort();
const completionYears = [...new Set(expected.completions.map((c) => c.date.slice(0, 4)))].sort();
/** What a freshly written sample folder holds, sorted. */
const folderContents = [
  'compliance.json',
  'grants.json',
  'groups.json',
  'journal',
  'members.json',
  ...completionYears.map((y) => `outcome-completions-${y}.json`),
  'peerdesk-folder.json',
  ...programmeYears.map((y) => `programme-sessions-${y}.json`),
  'programmes.json',
  'referrals.json',
  ...years.map((y) => `sessions-${y}.json`),
  'settings.json',
  'travel-trips.json',
  'volunteers.json',
];
const expectedCounts = {
  volunteers: 50,
  members: 300,
  referrals: expected.referrals.length,
  venues: expected.venues.length,
  groups: 10,
  sessions: expected.sessions.length,
  grants: expected.grants.length,
  'DBS checks': expected.compliance.dbsChecks.length,
  'training records': expected.compliance.training.length,
  supervisions: expected.compliance.supervision.length,
  expenses: expected.compliance.expenses.length,
  programmes: expected.programmes.length,
  'one-to-one sessions': expected.programmeSessions.length,
  'travel buddy trips': expected.trips.length,
  questionnaires: expected.completions.length,
};

describe('writeDemoData', () => {
  it('writes every document through the store, which reopens it with no problems and the same records', async () => {
    const dataDir = path.join(await tempDir(), 'data');
    const result = await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY });
    expect(result.dataDir).toBe(dataDir);
    expect(result.counts).toEqual(expectedCounts);
    expect(result.replacedBackup).toBeUndefined();

    const store = await openStore({ dataDir, kinds: APP_KINDS, appVersion: '0.0.0-test' });
    try {
      expect(store.problems).toEqual([]);
      expect(store.isEmpty()).toBe(false);
      expect(store.counts()).toEqual(expectedCounts);
      expect(store.get(settingsKind).settings).toEqual(expected.settings);
      expect(store.get(volunteersKind).volunteers).toStrictEqual(expected.volunteers);
      expect(store.get(membersKind).members).toStrictEqual(expected.members);
      expect(store.get(referralsKind).referrals).toStrictEqual(expected.referrals);
      expect(store.get(groupsKind)).toStrictEqual({ schemaVersion: 1, venues: expected.venues, groups: expected.groups });
      // Sessions are split into one document per year, each in date order.
      expect(store.keys(sessionsKind)).toEqual(years);
      expect(store.keys(sessionsKind).flatMap((y) => store.get(sessionsKind, y).sessions)).toStrictEqual(expected.sessions);
      for (const y of years) expect(store.get(sessionsKind, y).sessions.every((s) => s.date.startsWith(y))).toBe(true);
      expect(store.get(programmesKind).programmes).toStrictEqual(expected.programmes);
      expect(store.get(travelTripsKind).trips).toStrictEqual(expected.trips);
      // One-to-one sessions too, one document per year, so logging one never rewrites the others.
      expect(store.keys(programmeSessionsKind)).toEqual(programmeYears);
      expect(store.keys(programmeSessionsKind).flatMap((y) => store.get(programmeSessionsKind, y).sessions)).toStrictEqual(expected.programmeSessions);
      // Questionnaires likewise, one document per year of their date.
      expect(store.keys(outcomeCompletionsKind)).toEqual(completionYears);
      expect(store.keys(outcomeCompletionsKind).flatMap((y) => store.get(outcomeCompletionsKind, y).completions)).toStrictEqual(expected.completions);
      expect(store.keys(auditKind)).toEqual([]);
    } finally {
      await store.close();
    }
    // Only the documents, the folder's manifest and its journal: no lock left behind, no temp files, no backup of an empty folder.
    expect((await fs.readdir(dataDir)).sort()).toEqual(folderContents);
  });

  // One sample folder for the three tests below, written and opened once: they read it, and the
  // one session logged by the programmes test changes nothing the others look at.
  describe('the sample in the app', () => {
    const today = todayIso();
    let services: Services;
    let sample: Awaited<ReturnType<typeof writeDemoData>>;
    const ok = async <T,>(name: string, input: unknown): Promise<T> => {
      const result = await services.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as T;
    };
    // Not tempDir(): that folder is removed after each test, and this one lives for three.
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-demo-shared-'));
      sample = await writeDemoData({ dataDir, size: 'small', seed: 1, today });
      services = await openServices({ dataDir, appVersion: '0.0.0-test' });
    });
    afterAll(async () => {
      await services.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    });

  it('gives the app a dashboard with something on it: registers to take, places to offer, referrals over target', async () => {
    {
      const home = await services.call('home.thisWeek', {});
      expect(home.ok).toBe(true);
      const summary = (home as { value: HomeSummary }).value;
      expect(summary.registersDue.length).toBeGreaterThan(0);
      expect(summary.placesToOffer.length).toBeGreaterThan(0);
      expect(summary.referralsOverTarget.length).toBeGreaterThan(0);
      const groups = await services.call('groups.list', { includeArchived: true });
      expect(groups.ok).toBe(true);
      for (const g of (groups as { value: { id: string }[] }).value) expect((await services.call('groups.get', { id: g.id })).ok).toBe(true);
    }
  });

  it('gives the app one-to-one programmes to work with: Home asks about them, every page opens, suggestions and a new session work', async () => {
    {
      const summary = await ok<HomeSummary>('home.thisWeek', {});
      const why = summary.programmesNeedingAction.map((p) => p.why).join('\n');
      for (const reason of [/no buddy yet for the trip/, /waiting for a match for \d+ days/, /no contact for \d+ days/, /\d+ of \d+: end or extend\?/, /has left: choose another volunteer/]) expect(why).toMatch(reason);
      const list = await ok<ProgrammeList>('programmes.list', { status: 'all' });
      expect(list.rows).toHaveLength(sample.counts.programmes!);
      for (const row of list.rows) await ok('programmes.get', { id: row.id });
      const waiting = list.rows.filter((r) => r.status === 'waiting');
      const suggestions = await Promise.all(waiting.map((r) => ok<Suggestions>('programmes.suggest', { id: r.id })));
      expect(suggestions.some((x) => x.suggested.length > 0)).toBe(true);
      // Logging a session on an active programme, as a coordinator would: the counter goes up by one.
      const active = list.rows.find((r) => r.status === 'active' && !r.atPlanned && r.plannedSessions !== null)!;
      const after = await ok<ProgrammeDetail>('programmes.logSession', { programmeId: active.id, session: { date: today, minutes: 60, mode: 'phone', outcome: 'attended' } });
      expect(after.attended).toBe(active.attended + 1);
    }
  });

  it('gives the app questionnaires to work with: Home lists who is due, and members with answers have a before and after', async () => {
    {
      expect(sample.counts.questionnaires).toBeGreaterThan(100);
      const due = await ok<DueLine[]>('outcomes.due', {});
      const labels = due.map((d) => d.label).join('\n');
      expect(labels).toMatch(/Due at the start|Due at (session|week) \d+/);
      expect(labels).toMatch(/Ending — ask the closing questionnaire/);
      expect(new Set(due.map((d) => d.place.kind))).toEqual(new Set(['programme', 'group']));
      // Every member with answers has them scored; some have a first-against-latest comparison.
      const memberIds = [...new Set(generateDemoDataset({ size: 'small', seed: 1, today }).completions.map((c) => c.memberId))];
      const views = await Promise.all(memberIds.map((memberId) => ok<MemberOutcomes>('outcomes.forMember', { memberId })));
      expect(views.every((v) => v.rows.length > 0 && v.rows.every((r) => r.score.scored))).toBe(true);
      expect(views.filter((v) => v.comparisons.length > 0).length).toBeGreaterThan(20);
    }
  });

  });

  it('refuses a folder that already holds Peer Desk data and leaves it exactly as it was', async () => {
    const dataDir = await tempDir();
    await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY });
    const before = await snapshot(dataDir);
    await expect(writeDemoData({ dataDir, size: 'small', seed: 2, today: TODAY })).rejects.toBeInstanceOf(DemoDataRefusedError);
    await expect(writeDemoData({ dataDir, size: 'small', seed: 2, today: TODAY })).rejects.toThrow(/already contains Peer Desk data.*--force/);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('refuses a folder holding only a damaged data file, without moving it aside', async () => {
    const dataDir = await tempDir();
    await fs.writeFile(path.join(dataDir, 'volunteers.json'), '{ not json');
    const before = await snapshot(dataDir);
    await expect(writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY })).rejects.toBeInstanceOf(DemoDataRefusedError);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('writes into a folder with unrelated files in it', async () => {
    const dataDir = await tempDir();
    await fs.writeFile(path.join(dataDir, 'notes.txt'), 'hello');
    const result = await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY });
    expect(result.counts).toEqual(expectedCounts);
  });

  it('with force, backs up the old data and replaces all of it', async () => {
    const dataDir = await tempDir();
    await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY });
    const store = await openStore({ dataDir, kinds: APP_KINDS, collections: APP_COLLECTIONS, appVersion: '0.0.0-test' });
    await store.transaction((tx) => {
      tx.put(auditRecords, { id: 'a1', at: '2026-11-20T10:00:00.000Z', actor: 'Sam', action: 'create', entity: 'volunteer', summary: 'Added a volunteer' });
      // A year the new sample does not reach.
      tx.put(sessionRecords, { id: 'g--2015-03-03', groupId: 'g', date: '2015-03-03', startTime: '10:00', endTime: '12:00', oneOff: false, updatedAt: '2015-03-03T12:00:00.000Z' });
    });
    await store.close();

    const result = await writeDemoData({ dataDir, size: 'small', seed: 7, today: TODAY, area: 'sutton', force: true });
    expect(result.replacedBackup?.reason).toBe('before-sample-data');
    expect(result.replacedBackup?.counts).toMatchObject({ volunteers: 50, members: 300, 'audit entries': 1 });

    const reopened = await openStore({ dataDir, kinds: APP_KINDS, appVersion: '0.0.0-test' });
    try {
      const sutton = generateDemoDataset({ size: 'small', seed: 7, today: TODAY, area: 'sutton' });
      expect(reopened.problems).toEqual([]);
      expect(reopened.get(volunteersKind).volunteers).toStrictEqual(sutton.volunteers);
      expect(reopened.get(membersKind).members).toStrictEqual(sutton.members);
      expect(reopened.get(settingsKind).settings.organisationName).toMatch(/^Sutton/);
      // The old audit entries and sessions described people who are no longer in the folder.
      expect(reopened.get(auditKind, '2026').entries).toEqual([]);
      expect(reopened.get(sessionsKind, '2015').sessions).toEqual([]);
      expect(reopened.counts()).toMatchObject({ sessions: sutton.sessions.length });
      expect((await reopened.listBackups()).map((b) => b.reason)).toContain('before-sample-data');
    } finally {
      await reopened.close();
    }
  });

  it('with force, carries on past a damaged file, which stays aside for recovery', async () => {
    const dataDir = await tempDir();
    await fs.writeFile(path.join(dataDir, 'volunteers.json'), '{ not json');
    const result = await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY, force: true });
    expect(result.counts).toMatchObject({ volunteers: 50, members: 300 });
    const names = await fs.readdir(dataDir);
    expect(names.some((n) => /^volunteers\.corrupt-.*\.json$/.test(n))).toBe(true);
  });

  it('checks its options before touching the folder', async () => {
    const dataDir = path.join(await tempDir(), 'not-yet');
    await expect(writeDemoData({ dataDir, size: 'small', seed: 1, today: '2026-02-30' })).rejects.toThrow(/real date/);
    await expect(fs.stat(dataDir)).rejects.toThrow();
  });
});

describe('"Load sample data" in the app', () => {
  it('writes the same complete small dataset as the script, through the same function', async () => {
    const app = await openTestApp();
    try {
      await app.api.system.loadSampleData();
      // One commit: every record, the settings and the audit entry saved together or not at all.
      const commits = await readCommits(app.dir);
      expect(commits).toHaveLength(1);
      const ops = commits[0]!.ops.map(describeOp);
      const { compliance: c } = expected;
      const lists: readonly (readonly unknown[])[] = [expected.volunteers, expected.members, expected.referrals, expected.venues, expected.groups, expected.sessions, expected.grants, expected.programmes, expected.programmeSessions, expected.trips, expected.completions];
      const complianceLists: readonly (readonly unknown[])[] = [c.dbsChecks, c.training, c.supervision, c.hours, c.expenses, c.activationOverrides];
      const records = [...lists, ...complianceLists].reduce((n, list) => n + list.length, 0);
      expect(ops.filter((op) => op.startsWith('put ') && op !== 'put audit/2026')).toHaveLength(records);
      expect(ops.filter((op) => !op.startsWith('put ') || op === 'put audit/2026')).toEqual(['set settings', 'put audit/2026']);
      await app.services.close();
      const store = await openStore({ dataDir: app.dir, kinds: APP_KINDS, appVersion: '0.0.0-test' });
      try {
        expect(store.problems).toEqual([]);
        expect(store.get(volunteersKind).volunteers).toStrictEqual(expected.volunteers);
        expect(store.get(membersKind).members).toStrictEqual(expected.members);
        expect(store.get(referralsKind).referrals).toStrictEqual(expected.referrals);
        expect(store.get(groupsKind).groups).toStrictEqual(expected.groups);
        expect(store.keys(sessionsKind).flatMap((y) => store.get(sessionsKind, y).sessions)).toStrictEqual(expected.sessions);
        expect(store.get(programmesKind).programmes).toStrictEqual(expected.programmes);
        expect(store.get(travelTripsKind).trips).toStrictEqual(expected.trips);
        expect(store.keys(programmeSessionsKind).flatMap((y) => store.get(programmeSessionsKind, y).sessions)).toStrictEqual(expected.programmeSessions);
        expect(store.keys(outcomeCompletionsKind).flatMap((y) => store.get(outcomeCompletionsKind, y).completions)).toStrictEqual(expected.completions);
        const audit = store.keys(auditKind).flatMap((y) => store.get(auditKind, y).entries);
        expect(audit.map((e) => e.summary)).toEqual([expect.stringMatching(/^Loaded sample data \(50 volunteers\), with 300 members, 10 groups, .* and \d+ one-to-one programmes$/)]);
      } finally {
        await store.close();
      }
    } finally {
      await app.reopen();
      await app.close();
    }
  });

  it('keeps an organisation name already typed, and refuses once there are any records', async () => {
    const app = await openTestApp();
    try {
      await app.api.settings.update({ organisationName: 'Heeley Peer Support' });
      const status = await app.api.system.loadSampleData();
      expect(status.phase).toBe('ready');
      expect(status.settings.organisationName).toBe('Heeley Peer Support');
      expect(status.counts).toMatchObject(expectedCounts);
      expect((await expectFailure(app.api.system.loadSampleData())).code).toBe('CONFLICT');
    } finally {
      await app.close();
    }
  });
});

describe('command-line arguments', () => {
  it('defaults to a small set, seed 1, as of today, in Sheffield', () => {
    expect(parseDemoDataArgs(['--out', 'x'], TODAY)).toEqual({
      help: false,
      dataDir: 'x',
      size: 'small',
      seed: 1,
      today: TODAY,
      area: 'sheffield',
      force: false,
    });
  });

  it('reads every option, and dates typed the UK way', () => {
    expect(
      parseDemoDataArgs(['--size', 'stress', '--seed', '42', '--out', 'data', '--today', '01/12/2026', '--area', 'south-london', '--force'], TODAY),
    ).toMatchObject({ size: 'stress', seed: 42, dataDir: 'data', today: '2026-12-01', area: 'south-london', force: true });
    expect(parseDemoDataArgs(['--size=large', '--out=data'], TODAY)).toMatchObject({ size: 'large', dataDir: 'data' });
  });

  const bad: [string[], RegExp][] = [
    [[], /Say which folder to write with --out/],
    [['--out'], /^--out needs a value after it\./],
    [['--out', 'x', '--size', 'huge'], /--size must be small, large or stress \(got "huge"\)/],
    [['--out', 'x', '--seed', 'abc'], /--seed must be a whole number/],
    [['--out', 'x', '--seed', '1.5'], /--seed must be a whole number/],
    [['--out', 'x', '--seed', '99999999999'], /--seed must be a whole number from 0 to 4294967295/],
    [['--out', 'x', '--today', '31/02/2026'], /--today must be a real date/],
    [['--out', 'x', '--area', 'leeds'], /--area must be one of sheffield, sutton, south-london/],
    [['--out', 'x', '--sise', 'small'], /does not know the option --sise\. Run with --help/],
    [['--out', 'x', '--force=yes'], /--force does not take a value/],
    [['--out', 'x', 'extra'], /Unexpected "extra"/],
  ];
  for (const [argv, message] of bad) {
    it(`explains what is wrong with: ${argv.join(' ') || '(nothing)'}`, () => {
      expect(() => parseDemoDataArgs(argv, TODAY)).toThrow(UsageError);
      expect(() => parseDemoDataArgs(argv, TODAY)).toThrow(message);
    });
  }
});

describe('main', () => {
  it('prints a one-line summary and exits 0', async () => {
    const dataDir = await tempDir();
    const io = capture();
    expect(await main(['--out', dataDir, '--today', TODAY, '--seed', '3'], io)).toBe(0);
    expect(io.errors).toEqual([]);
    expect(io.lines).toHaveLength(1);
    expect(io.lines[0]).toMatch(
      new RegExp(`^Wrote small sample data \\(seed 3, as of ${TODAY}\\): 50 volunteers, 300 members, [\\d,]+ referrals, \\d+ venues, 10 groups, [\\d,]+ sessions, \\d+ programmes, [\\d,]+ one-to-one sessions, [\\d,]+ travel buddy trips, [\\d,]+ questionnaires, 3 grants, [\\d,]+ DBS checks, [\\d,]+ training records, [\\d,]+ supervisions, [\\d,]+ expenses to .+ in \\d+(\\.\\d)? m?s\\.$`),
    );
    expect(io.lines[0]).toContain(dataDir);
  });

  it('exits 1 with a plain message when refusing or given bad arguments', async () => {
    const dataDir = await tempDir();
    await writeDemoData({ dataDir, size: 'small', seed: 1, today: TODAY });
    const io = capture();
    expect(await main(['--out', dataDir], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/already contains Peer Desk data/);
    expect(await main(['--out', dataDir, '--size', 'medium'], io)).toBe(1);
    expect(io.errors.join('\n')).toMatch(/--size must be/);
    expect(io.lines).toEqual([]);
  });

  it('shows help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.lines.join('\n')).toMatch(/--out DIR/);
  });

  it('runs as a command through tsx', async () => {
    const dataDir = await tempDir();
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', '--out', dataDir, '--today', TODAY], {
      cwd: ROOT,
    });
    expect(stdout.trim()).toMatch(/^Wrote small sample data .*50 volunteers, 300 members/);
    expect((await fs.readdir(dataDir)).sort()).toEqual(folderContents);
    const failed = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/demo-data.ts', '--out', dataDir], { cwd: ROOT }).catch(
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/already contains Peer Desk data/);
  });
});
