import { APP_VERSION } from '../../electron/app-version';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { open as openFile, readdir, readFile, rm, mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openServices, type Services } from '../../electron/services';
import { writeDemoData } from '../../scripts/demo-data';
import type { ComplianceOverview, GrantDetail, GrantSummary, GroupDetail, GroupSummary, MemberList, ReportView, SessionDetail, SessionListItem } from '../../shared/api';
import { addDaysIso, mondayOf, todayIso } from '../../shared/dates';
import type { DemoSize } from '../../electron/demo';
import type { Mark } from '../../shared/domain/sessions';
import type { Volunteer } from '../../shared/domain/volunteers';
import { twelvePageIssueSections } from '../fixtures/newsletters';
import { complianceRows } from '../../shared/domain/compliance';
import { recordsByVolunteer } from '../../shared/domain/compliance-records';
import { auditRecords, volunteerRecords, volunteersKind } from '../../electron/documents';
import type { Member } from '../../shared/domain/members';
import { call, median, percentile, time } from './measure';
import { benchCsvImport, type CsvImportBench } from './csv-bench';
import { benchOutcomes, type OutcomeBench } from './outcome-bench';
import { benchProgrammes, fundProgrammeKinds, type ProgrammeBench } from './programme-bench';
import { benchProtection, type ProtectionBench } from './protection-bench';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * `npm run bench [-- --json] [-- --sizes small,large] [-- --only protection]`: times what a coordinator waits for,
 * through the same services the app calls (store, handlers, validation), on demo data
 * folders of each size. Each figure is set beside the raw cost of the same bytes
 * (readFile + JSON.parse to open, writeFile + fsync to save), so a regression in our code
 * shows as a ratio, whatever the machine. Targets are judged on the large set, the size
 * the performance budget is written for.
 */

interface SizeResult {
  size: DemoSize;
  volunteers: number;
  members: number;
  groups: number;
  sessions: number;
  attendanceMarks: number;
  bytesOnDisk: number;
  /** Seconds to generate the sample and write it through the store. */
  writeDemoDataMs: number;
  openMs: number;
  rawReadParseMs: number;
  openRatio: number;
  saveP50Ms: number;
  saveP95Ms: number;
  rawWriteFsyncMs: number;
  saveRatio: number;
  searchP95Ms: number;
  searchP50Ms: number;
  csvExportMs: number;
  csvBytes: number;
  /** sessions.saveRegister, 50 saves of recent registers. */
  registerSaveP50Ms: number;
  registerSaveP95Ms: number;
  /** writeFile + fsync of the documents a register save would rewrite whole (that year's sessions, the audit year): what saves cost before the journal. */
  registerRawWriteFsyncMs: number;
  /** members.list with a query, as typed into the search box. */
  memberSearchP50Ms: number;
  memberSearchP95Ms: number;
  /** groups.get on the groups with the longest histories. */
  groupGetP50Ms: number;
  groupGetP95Ms: number;
  groupGetSessionsHeld: number;
  /** groups.printRoster for the fullest group: the first call (fonts loaded) and later ones. */
  rosterPdfFirstMs: number | null;
  rosterPdfMs: number | null;
  /** sessions.printWeekSignInSheets for this week, every group. */
  weekSignInFirstMs: number | null;
  weekSignInMs: number | null;
  weekSignInSheets: number;
  /** A yearly funder report for the sample's yearly grant: its figures on screen, then its PDF. */
  reportFiguresMs: number | null;
  reportPdfFirstMs: number | null;
  reportPdfMs: number | null;
  /** Figures and PDF together, as a coordinator waits for them (median of the later runs). */
  reportEndToEndMs: number | null;
  reportGroups: number;
  reportAttendances: number;
  /** The report's grant funds every kind of programme too; people it counts as supported one to one. */
  reportFundsProgrammes: boolean;
  reportOneToOnePeople: number | null;
  /** One-to-one programmes: the list, "Suggest volunteers" and logging a session (see programme-bench.ts). */
  programmes: ProgrammeBench | null;
  /** Outcome measures: the member's Outcomes tab and who is due a questionnaire (see outcome-bench.ts). */
  outcomes: OutcomeBench | null;
  /** "Check the file" on a members CSV at the 20 MB limit (see csv-bench.ts). */
  csvImport: CsvImportBench | null;
  /** Open and save with passphrase protection off and on (large and stress only; see protection-bench.ts). */
  protection: ProtectionBench | null;
  oneToOneSessions: number;
  /** compliance.overview: every active volunteer's DBS, training and supervision (20 runs). */
  complianceViewP50Ms: number | null;
  complianceViewP95Ms: number | null;
  complianceActive: number;
  /** The same rules over every volunteer on record, as if all were active (the worst case). */
  complianceAllVolunteersMs: number | null;
  /** compliance.printCompliance, every active volunteer: the first call and later ones. */
  compliancePrintFirstMs: number | null;
  compliancePrintMs: number | null;
  /** newsletters.printPdf for a 12-page issue (standard print) in both prints: first call and the median of later ones. */
  newsletterStandardFirstMs: number | null;
  newsletterStandardMs: number | null;
  newsletterLargeMs: number | null;
  newsletterStandardPages: number;
  newsletterLargePages: number;
  /** The floor under every save: appending a 1.2 KB line to a file and fdatasync, p50/p95. */
  rawAppendFsyncP50Ms: number;
  rawAppendFsyncP95Ms: number;
  /** members.update, 50 saves. */
  memberSaveP50Ms: number;
  memberSaveP95Ms: number;
  /** The first save after opening on a new day (no backup yet today), with no warm-up save before it. */
  firstSaveOfDayMs: number | null;
  /** Saves made while "Back up now" (a checkpoint of every changed document, then a backup) runs. */
  savesDuringMaintenance: number;
  saveDuringMaintenanceP50Ms: number | null;
  saveDuringMaintenanceMaxMs: number | null;
  maintenanceMs: number | null;
  /** Open with this many commits in the journal, not yet checkpointed (as after a crash). */
  journalCommits: number;
  journalBytes: number;
  openWithJournalMs: number | null;
  /** Resident memory of the browser harness (node) after it opens the folder, and after Home. */
  harnessRssAfterOpenMiB: number | null;
  harnessRssAfterHomeMiB: number | null;
  /** Why a figure could not be measured (a module not there yet, an API error). */
  unavailable: Record<string, string>;
}

const TARGETS = {
  /** What the first screen needs; older years of sessions and the audit log are read later. */
  openMs: 400,
  /** The same, with 10,000 commits to replay from the journal. */
  openWithJournalMs: 1000,
  harnessRssMiB: 200,
  /** Open and save with passphrase protection on, as a multiple of the same with it off. */
  protectionRatio: 1.25,
  saveP95Ms: 10,
  memberSaveP95Ms: 15,
  /** The first save of the day may cost at most this many times a save's p95. */
  firstSaveOfDayRatio: 2,
  /** A checkpoint or backup may delay a save by at most this much over a save's p50. */
  maintenanceDelayMs: 50,
  searchP95Ms: 16,
  registerSaveP95Ms: 15,
  memberSearchP95Ms: 16,
  groupGetP95Ms: 50,
  rosterPdfMs: 300,
  weekSignInMs: 3000,
  reportEndToEndMs: 2000,
  complianceViewMs: 50,
  programmeListP95Ms: 50,
  suggestVolunteersP95Ms: 50,
  logSessionP95Ms: 50,
  outcomesTabP95Ms: 50,
  /** The longest the app may be held up while a 20 MB CSV is checked (the unit test's bound). */
  csvImportBlockMs: 1500,
  compliancePrintMs: 1000,
  newsletterPdfMs: 1000,
  /** On the stress folder (20,000 volunteers). */
  stressSaveP95Ms: 20,
  stressMemberSearchP95Ms: 5,
} as const;


async function documentFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.includes('.corrupt-')).map((f) => path.join(dir, f));
}

async function rawReadParse(files: readonly string[]): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [ms] = await time(async () => {
      for (const f of files) JSON.parse(await readFile(f, 'utf8'));
    });
    runs.push(ms);
  }
  return median(runs);
}

async function rawWriteFsync(dir: string, bytes: readonly Buffer[], runs = 20): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [ms] = await time(async () => {
      for (const [n, b] of bytes.entries()) {
        const handle = await openFile(path.join(dir, `raw-${n}.tmp`), 'w');
        await handle.writeFile(b);
        await handle.sync();
        await handle.close();
      }
    });
    times.push(ms);
  }
  return median(times);
}


/** The floor under a save: append a line the size of a typical commit, then fdatasync. */
async function rawAppendFsync(dir: string, runs = 200): Promise<{ p50: number; p95: number }> {
  const handle = await openFile(path.join(dir, 'raw-journal.log'), 'a');
  const line = Buffer.from(`${'x'.repeat(1200)}\n`);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const [ms] = await time(async () => {
        await handle.write(line);
        await handle.datasync();
      });
      times.push(ms);
    }
  } finally {
    await handle.close();
  }
  return { p50: median(times), p95: percentile(times, 95) };
}

/** Bytes in the live journal segments of a data folder. */
async function journalBytes(dir: string): Promise<number> {
  const journal = path.join(dir, 'journal');
  let bytes = 0;
  for (const f of await readdir(journal).catch(() => [] as string[])) if (f.endsWith('.log')) bytes += (await stat(path.join(journal, f))).size;
  return bytes;
}

/**
 * The harness as a coordinator runs it (`npm run serve`): its resident memory (Linux /proc)
 * once it has opened the folder, and again after answering what Home asks for.
 */
async function harnessMemory(dataDir: string, scratch: string): Promise<{ afterOpen: number; afterHome: number }> {
  if (process.platform !== 'linux') throw new Error('reads /proc, so Linux only');
  const bundle = path.join(projectRoot, 'test-results', 'bench-harness', 'cli.mjs');
  await build({ entryPoints: [path.join(projectRoot, 'electron/harness/cli.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' });
  const staticDir = path.join(scratch, 'static');
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  const child = spawn(process.execPath, [bundle, '--data', dataDir, '--port', '0', '--static', staticDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const match = /Peer Desk at (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then(() => reject(new Error(`the harness stopped: ${out}`)));
    });
    const rss = async (): Promise<number> => Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
    const afterOpen = await rss();
    const address = new URL(url);
    const token = address.hash.replace('#token=', '');
    for (const name of ['system.status', 'home.thisWeek']) {
      const res = await fetch(`${address.origin}/api/${name}`, { method: 'POST', headers: { 'x-peer-desk-token': token, 'content-type': 'application/json' }, body: '{}' });
      if (!res.ok) throw new Error(`${name} answered ${res.status}`);
      await res.text();
    }
    return { afterOpen, afterHome: await rss() };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Commits straight to the store, as 10,000 volunteer edits (record and audit entry) would write them. */
async function fillJournal(svc: Services, commits: number): Promise<void> {
  const volunteers = svc.store.get(volunteersKind).volunteers.slice(0, 200);
  for (let i = 0; i < commits; i++) {
    const id = volunteers[i % volunteers.length]!.id;
    const at = new Date().toISOString();
    await svc.store.transaction((tx) => {
      const current = tx.get(volunteerRecords, id)!;
      tx.put(volunteerRecords, { ...current, notes: `Journal edit ${i}`, updatedAt: at });
      tx.put(auditRecords, { id: randomUUID(), at, actor: 'Bench', action: 'update', entity: 'volunteer', entityId: id, summary: 'Changed Notes', fields: ['Notes'] });
    });
  }
}

/** Runs a measurement that depends on code still being written; records why if it cannot. */
async function optional<T>(unavailable: Record<string, string>, what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    unavailable[what] = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
    return null;
  }
}

async function countMarks(dir: string): Promise<{ sessions: number; marks: number }> {
  let sessions = 0;
  let marks = 0;
  for (const f of await documentFiles(dir)) {
    if (!path.basename(f).startsWith('sessions-')) continue;
    const doc = JSON.parse(await readFile(f, 'utf8')) as { sessions: { register?: { marks: Record<string, Mark> } }[] };
    sessions += doc.sessions.length;
    for (const s of doc.sessions) marks += s.register ? Object.keys(s.register.marks).length : 0;
  }
  return { sessions, marks };
}

async function benchSize(size: DemoSize, seed: number): Promise<SizeResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `peer-desk-bench-${size}-`));
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-bench-raw-'));
  const today = todayIso();
  const unavailable: Record<string, string> = {};
  try {
    const [writeDemoDataMs] = await time(() => writeDemoData({ dataDir: dir, size, seed, today }));
    const files = await documentFiles(dir);
    let bytesOnDisk = 0;
    for (const f of files) bytesOnDisk += (await stat(f)).size;
    const { sessions, marks } = await countMarks(dir);

    // Open: the first open pays for module warm-up; the median of later opens is what a restart costs.
    const opens: number[] = [];
    let services: Services | undefined;
    for (let i = 0; i < 6; i++) {
      if (services) await services.close();
      const [ms, s] = await time(() => openServices({ dataDir: dir, appVersion: APP_VERSION }));
      services = s;
      if (i > 0) opens.push(ms);
    }
    await services!.close();
    const openMs = median(opens);
    const rawReadParseMs = await rawReadParse(files);
    const rawAppend = await rawAppendFsync(scratch);

    // Open after a crash with 10,000 commits not yet checkpointed: they are replayed from the journal.
    const JOURNAL_COMMITS = 10_000;
    let journalSize = 0;
    const openWithJournalMs = await optional(unavailable, 'openWithJournal', async () => {
      const noCheckpoints = { idleCheckpointMs: 0, checkpointBytes: Number.MAX_SAFE_INTEGER, checkpointOnClose: false, dailyBackupDelayMs: -1 };
      const filler = await openServices({ dataDir: dir, appVersion: APP_VERSION, storeOptions: noCheckpoints });
      await fillJournal(filler, JOURNAL_COMMITS);
      await filler.close();
      journalSize = await journalBytes(dir);
      const replays: number[] = [];
      for (let i = 0; i < 3; i++) {
        const [ms, s] = await time(() => openServices({ dataDir: dir, appVersion: APP_VERSION, storeOptions: noCheckpoints }));
        replays.push(ms);
        await s.close();
      }
      // Open once normally, so the checkpoint on close writes the replayed commits away.
      await (await openServices({ dataDir: dir, appVersion: APP_VERSION, storeOptions: { dailyBackupDelayMs: -1 } })).close();
      return median(replays);
    });

    const memory = await optional(unavailable, 'harnessMemory', () => harnessMemory(dir, scratch));

    // The first save after opening on a new day, with no backup from that day yet and no warm-up
    // save: three mornings in a row, the median (one day's figure can land on a garbage collection).
    // It comes a second after opening, as a coordinator's would (after Home has loaded), so it is
    // not timed against the disk still flushing the previous morning's files.
    const firstSaveOfDayMs = await optional(unavailable, 'firstSaveOfDay', async () => {
      const mornings: number[] = [];
      for (let day = 1; day <= 3; day++) {
        const morning = new Date(Date.now() + day * 24 * 60 * 60 * 1000);
        const s = await openServices({ dataDir: dir, appVersion: APP_VERSION, now: () => morning });
        try {
          await call(s, 'home.thisWeek', {});
          const first = (await call<{ rows: { id: string }[] }>(s, 'volunteers.list', { limit: 1 })).rows[0]!;
          const v = await call<Volunteer>(s, 'volunteers.get', { id: first.id });
          await new Promise((resolve) => setTimeout(resolve, 1000));
          const [ms] = await time(() => call(s, 'volunteers.update', { id: v.id, volunteer: { ...v, notes: `First save of day ${day}` }, allowDuplicate: true }));
          mornings.push(ms);
        } finally {
          await s.close();
        }
      }
      return median(mornings);
    });

    const svc = await openServices({ dataDir: dir, appVersion: APP_VERSION, storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 } });

    // Save one edit, as the form does: volunteers.update with the whole record (plus its audit entry).
    const list = await call<{ rows: { id: string }[] }>(svc, 'volunteers.list', { limit: 50 });
    const ids = list.rows.map((r) => r.id);
    const saves: number[] = [];
    for (let i = 0; i < 50; i++) {
      const id = ids[i % ids.length]!;
      const v = await call<Volunteer>(svc, 'volunteers.get', { id });
      const { id: _id, createdAt: _c, updatedAt: _u, status: _s, statusHistory: _h, leftDate: _l, leftReason: _r, ...input } = v;
      const [ms] = await time(() => call(svc, 'volunteers.update', { id, volunteer: { ...input, notes: `Bench edit ${i}` }, allowDuplicate: true }));
      saves.push(ms);
    }
    // Members the same way: members.json is the largest document the first screen reads.
    const memberSaves: number[] = [];
    await optional(unavailable, 'memberSave', async () => {
      const memberIds = (await call<MemberList>(svc, 'members.list', { limit: 50 })).rows.map((r) => r.id);
      for (let i = 0; i < 50; i++) {
        const m = await call<Member>(svc, 'members.get', { id: memberIds[i % memberIds.length]! });
        const [ms] = await time(() => call(svc, 'members.update', { id: m.id, member: { ...m, accessNeeds: `Bench edit ${i}` }, allowDuplicate: true }));
        memberSaves.push(ms);
      }
    });
    const touched = [path.join(dir, 'volunteers.json'), ...(await documentFiles(dir)).filter((f) => path.basename(f).startsWith('audit-'))];
    const rawWriteFsyncMs = await rawWriteFsync(scratch, await Promise.all(touched.map((f) => readFile(f))));

    // Search as you type: prefixes of surnames, emails and phone digits.
    const all = await call<{ rows: { sortName: string; email?: string; phone?: string }[] }>(svc, 'volunteers.list', { limit: 500 });
    const searches: number[] = [];
    for (const q of typedQueries(all.rows)) {
      const [ms] = await time(() => call(svc, 'volunteers.list', { query: q, status: 'current' }));
      searches.push(ms);
    }

    const [csvExportMs, file] = await time(() => call<{ text: string }>(svc, 'volunteers.exportCsv', { scope: 'all' }));

    // Member search, the same way.
    const memberSearches: number[] = [];
    await optional(unavailable, 'memberSearch', async () => {
      const everyone = await call<MemberList>(svc, 'members.list', { limit: 500 });
      for (const q of typedQueries(everyone.rows)) {
        const [ms] = await time(() => call(svc, 'members.list', { query: q, status: 'current' }));
        memberSearches.push(ms);
      }
    });

    // Key in 50 registers from the last few weeks, as after a week of groups.
    const registerSaves: number[] = [];
    await optional(unavailable, 'registerSave', async () => {
      const recent: SessionListItem[] = [];
      for (let w = 1; w <= 8 && recent.length < 200; w++) {
        const week = await call<SessionListItem[]>(svc, 'sessions.week', { weekStart: mondayOf(addDaysIso(today, -7 * w)) });
        recent.push(...week.filter((s) => !s.cancelled && s.date < today));
      }
      const chosen = spread(recent, 50);
      if (chosen.length === 0) throw new Error('no recent sessions to take a register for');
      for (const [i, s] of chosen.entries()) {
        const detail = await call<SessionDetail>(svc, 'sessions.get', { sessionId: s.id });
        const marks: Record<string, Mark> = {};
        detail.roster.forEach((p, j) => {
          marks[p.id] = (i + j) % 7 === 0 ? 'apologies' : (i + j) % 11 === 0 ? 'absent' : 'present';
        });
        const input = {
          sessionId: s.id,
          marks,
          walkIns: detail.walkIns.map((p) => p.id),
          anonymousCount: detail.dropIn ? 3 : 0,
          facilitatorsPresent: detail.facilitators.map((p) => p.id),
          notes: `Bench register ${i}`,
        };
        const [ms] = await time(() => call(svc, 'sessions.saveRegister', input));
        registerSaves.push(ms);
      }
    });
    const year = today.slice(0, 4);
    const registerFiles = [path.join(dir, `sessions-${year}.json`), path.join(dir, `audit-${year}.json`)];
    const registerRawWriteFsyncMs = await rawWriteFsync(scratch, await Promise.all(registerFiles.map((f) => readFile(f).catch(() => Buffer.alloc(0)))), 10);

    // "Back up now" after all those edits: a checkpoint writes every changed document (members,
    // volunteers, this year's sessions and audit), then the backup compresses what changed.
    // Saves go on meanwhile; none may wait more than 50 ms longer than usual.
    const savesDuring: number[] = [];
    let maintenanceMs: number | null = null;
    await optional(unavailable, 'saveDuringMaintenance', async () => {
      const started = performance.now();
      let finished = false;
      const backup = call(svc, 'backups.create', {}).finally(() => {
        finished = true;
        maintenanceMs = performance.now() - started;
      });
      for (let i = 0; !finished; i++) {
        const id = ids[i % ids.length]!;
        const v = await call<Volunteer>(svc, 'volunteers.get', { id });
        const [ms] = await time(() => call(svc, 'volunteers.update', { id, volunteer: { ...v, notes: `During backup ${i}` }, allowDuplicate: true }));
        savesDuring.push(ms);
      }
      await backup;
    });

    // The group page, for the groups with the longest histories.
    const groupGets: number[] = [];
    let groupGetSessionsHeld = 0;
    let fullest: GroupSummary | undefined;
    await optional(unavailable, 'groupGet', async () => {
      const groups = await call<GroupSummary[]>(svc, 'groups.list', { includeArchived: true });
      const held: { id: string; sessionsHeld: number }[] = [];
      for (const g of groups) held.push({ id: g.id, sessionsHeld: (await call<GroupDetail>(svc, 'groups.get', { id: g.id })).sessionsHeld });
      held.sort((a, b) => b.sessionsHeld - a.sessionsHeld);
      const longest = held.slice(0, 10);
      groupGetSessionsHeld = longest[0]?.sessionsHeld ?? 0;
      for (let i = 0; i < 30; i++) {
        const [ms] = await time(() => call(svc, 'groups.get', { id: longest[i % longest.length]!.id }));
        groupGets.push(ms);
      }
      fullest = groups.filter((g) => !g.archived && g.kind !== 'drop-in').sort((a, b) => b.memberCount - a.memberCount)[0];
    });

    // Printing: a roster for the fullest group, and a week of sign-in sheets for every group.
    const rosterRuns: number[] = [];
    await optional(unavailable, 'rosterPdf', async () => {
      if (!fullest) throw new Error('no group to print');
      for (let i = 0; i < 6; i++) {
        const [ms] = await time(() => call(svc, 'groups.printRoster', { groupId: fullest!.id, includeEmergencyContacts: false }));
        rosterRuns.push(ms);
      }
    });
    const weekRuns: number[] = [];
    let weekSignInSheets = 0;
    await optional(unavailable, 'weekSignIn', async () => {
      const weekStart = mondayOf(today);
      weekSignInSheets = (await call<SessionListItem[]>(svc, 'sessions.week', { weekStart })).filter((s) => !s.cancelled).length;
      for (let i = 0; i < 3; i++) {
        const [ms] = await time(() => call(svc, 'sessions.printWeekSignInSheets', { weekStart }));
        weekRuns.push(ms);
      }
    });

    // One-to-one programmes: the list, suggestions for 500 volunteers, logging sessions.
    const programmes = await optional(unavailable, 'programmes', () => benchProgrammes(svc, today));
    // The member's Outcomes tab for those with the most questionnaires, and Home's "who is due".
    const outcomes = await optional(unavailable, 'outcomes', () => benchOutcomes(svc, dir));
    const csvImport = await optional(unavailable, 'csvImport', () => benchCsvImport(svc));

    // A yearly funder report: the last finished year of the sample's yearly grant (or, if the
    // sample has none, a grant made here for every group), figures then PDF, as from the report page.
    const reportRuns: { figures: number; pdf: number }[] = [];
    let reportGroups = 0;
    let reportAttendances = 0;
    let reportFundsProgrammes = false;
    let reportOneToOnePeople: number | null = null;
    await optional(unavailable, 'funderReport', async () => {
      const grants = await call<GrantSummary[]>(svc, 'grants.list', {});
      let grantId = grants.find((g) => g.frequency === 'yearly')?.id;
      if (!grantId) {
        const groups = await call<GroupSummary[]>(svc, 'groups.list', {});
        const start = `${Number(today.slice(0, 4)) - 2}-01-01`;
        const made = await call<{ id: string }>(svc, 'grants.create', {
          grant: { funder: 'Bench Fund', name: 'Everything', amountPence: 100_000_00, startDate: start, endDate: `${Number(today.slice(0, 4)) + 1}-12-31`, frequency: 'yearly', groupIds: groups.map((g) => g.id), targets: { people: 1000 }, ageBands: [{ from: 18 }] },
        });
        grantId = made.id;
      }
      const fundsKinds = await optional(unavailable, 'reportWithProgrammes', () => fundProgrammeKinds(svc, grantId));
      reportFundsProgrammes = fundsKinds === true;
      const detail = await call<GrantDetail>(svc, 'grants.get', { id: grantId });
      const period = detail.periods.filter((p) => p.to < today).at(-1) ?? detail.periods[0]!;
      reportGroups = detail.grant.groupIds.length;
      const created = await call<ReportView>(svc, 'grants.createReport', { grantId, from: period.from, to: period.to, caseStudyIds: detail.grant.caseStudies.map((c) => c.id) });
      reportAttendances = created.figures.counts.attendances;
      reportOneToOnePeople = created.figures.oneToOne?.counts.people ?? null;
      for (let i = 0; i < 4; i++) {
        const [figures] = await time(() => call(svc, 'grants.report', { grantId, reportId: created.report.id }));
        const [pdf] = await time(() => call(svc, 'grants.reportPdf', { grantId, reportId: created.report.id }));
        reportRuns.push({ figures, pdf });
      }
    });
    const laterReports = reportRuns.slice(1);

    // Compliance: the page for every active volunteer, the same rules over all of them, the print.
    const complianceViews: number[] = [];
    const compliancePrints: number[] = [];
    let complianceActive = 0;
    let complianceAllVolunteersMs: number | null = null;
    await optional(unavailable, 'compliance', async () => {
      for (let i = 0; i < 20; i++) {
        const [ms, view] = await time(() => call<ComplianceOverview>(svc, 'compliance.overview', {}));
        complianceViews.push(ms);
        complianceActive = view.activeCount;
      }
      const everyone = (await call<{ rows: { id: string; name: string; sortName: string; roles: string[] }[] }>(svc, 'volunteers.list', { limit: 500 })).rows;
      const settings = await call<Parameters<typeof complianceRows>[2]>(svc, 'settings.get', {});
      const records = recordsByVolunteer(JSON.parse(await readFile(path.join(dir, 'compliance.json'), 'utf8')) as Parameters<typeof recordsByVolunteer>[0]);
      const started = performance.now();
      complianceRows(everyone, records, settings, today);
      complianceAllVolunteersMs = performance.now() - started;
      for (let i = 0; i < 4; i++) compliancePrints.push((await time(() => call(svc, 'compliance.printCompliance', {})))[0]);
    });

    // A 12-page newsletter (articles, a picture, what's on, lists), printed in both sizes.
    const newsletterRuns: { standard: number; large: number }[] = [];
    const newsletterPages = { standard: 0, large: 0 };
    await optional(unavailable, 'newsletter', async () => {
      const issue = await call<{ id: string }>(svc, 'newsletters.create', { issue: { title: 'Bench winter issue', date: today } });
      for (const section of twelvePageIssueSections()) await call(svc, 'newsletters.saveSection', { id: issue.id, section });
      const pages = (file: { base64?: string }) => (Buffer.from(file.base64 ?? '', 'base64').toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
      for (let i = 0; i < 4; i++) {
        const [standard, standardFile] = await time(() => call<{ base64?: string }>(svc, 'newsletters.printPdf', { id: issue.id, size: 'standard' }));
        const [large, largeFile] = await time(() => call<{ base64?: string }>(svc, 'newsletters.printPdf', { id: issue.id, size: 'large' }));
        newsletterRuns.push({ standard, large });
        newsletterPages.standard = pages(standardFile);
        newsletterPages.large = pages(largeFile);
      }
    });
    const laterNewsletters = newsletterRuns.slice(1);

    const counts = await call<{ counts: Record<string, number> }>(svc, 'system.status', {});
    await svc.close();
    const protection = size === 'small' ? null : await optional(unavailable, 'protection', () => benchProtection(dir));
    return {
      size,
      volunteers: counts.counts.volunteers ?? 0,
      members: counts.counts.members ?? 0,
      groups: counts.counts.groups ?? 0,
      sessions,
      attendanceMarks: marks,
      bytesOnDisk,
      writeDemoDataMs,
      openMs,
      rawReadParseMs,
      openRatio: openMs / rawReadParseMs,
      saveP50Ms: median(saves),
      saveP95Ms: percentile(saves, 95),
      rawWriteFsyncMs,
      saveRatio: median(saves) / rawAppend.p50,
      searchP50Ms: median(searches),
      searchP95Ms: percentile(searches, 95),
      csvExportMs,
      csvBytes: Buffer.byteLength(file.text),
      registerSaveP50Ms: median(registerSaves),
      registerSaveP95Ms: percentile(registerSaves, 95),
      registerRawWriteFsyncMs,
      memberSearchP50Ms: median(memberSearches),
      memberSearchP95Ms: percentile(memberSearches, 95),
      groupGetP50Ms: median(groupGets),
      groupGetP95Ms: percentile(groupGets, 95),
      groupGetSessionsHeld,
      rosterPdfFirstMs: rosterRuns[0] ?? null,
      rosterPdfMs: rosterRuns.length > 1 ? median(rosterRuns.slice(1)) : null,
      weekSignInFirstMs: weekRuns[0] ?? null,
      weekSignInMs: weekRuns.length > 1 ? median(weekRuns.slice(1)) : null,
      weekSignInSheets,
      reportFiguresMs: laterReports.length > 0 ? median(laterReports.map((r) => r.figures)) : null,
      reportPdfFirstMs: reportRuns[0]?.pdf ?? null,
      reportPdfMs: laterReports.length > 0 ? median(laterReports.map((r) => r.pdf)) : null,
      reportEndToEndMs: laterReports.length > 0 ? median(laterReports.map((r) => r.figures + r.pdf)) : null,
      reportGroups,
      reportAttendances,
      reportFundsProgrammes,
      reportOneToOnePeople,
      programmes,
      outcomes,
      csvImport,
      protection,
      oneToOneSessions: counts.counts['one-to-one sessions'] ?? 0,
      complianceViewP50Ms: complianceViews.length > 0 ? median(complianceViews) : null,
      complianceViewP95Ms: complianceViews.length > 0 ? percentile(complianceViews, 95) : null,
      complianceActive,
      complianceAllVolunteersMs,
      compliancePrintFirstMs: compliancePrints[0] ?? null,
      compliancePrintMs: compliancePrints.length > 1 ? median(compliancePrints.slice(1)) : null,
      newsletterStandardFirstMs: newsletterRuns[0]?.standard ?? null,
      newsletterStandardMs: laterNewsletters.length > 0 ? median(laterNewsletters.map((r) => r.standard)) : null,
      newsletterLargeMs: laterNewsletters.length > 0 ? median(laterNewsletters.map((r) => r.large)) : null,
      newsletterStandardPages: newsletterPages.standard,
      newsletterLargePages: newsletterPages.large,
      rawAppendFsyncP50Ms: rawAppend.p50,
      rawAppendFsyncP95Ms: rawAppend.p95,
      memberSaveP50Ms: median(memberSaves),
      memberSaveP95Ms: percentile(memberSaves, 95),
      firstSaveOfDayMs,
      savesDuringMaintenance: savesDuring.length,
      saveDuringMaintenanceP50Ms: savesDuring.length > 0 ? median(savesDuring) : null,
      saveDuringMaintenanceMaxMs: savesDuring.length > 0 ? Math.max(...savesDuring) : null,
      maintenanceMs,
      journalCommits: JOURNAL_COMMITS,
      journalBytes: journalSize,
      openWithJournalMs,
      harnessRssAfterOpenMiB: memory?.afterOpen ?? null,
      harnessRssAfterHomeMiB: memory?.afterHome ?? null,
      unavailable,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

/** What someone types into a search box: the first few letters of a surname, an email, some phone digits. */
function typedQueries(rows: readonly { sortName: string; email?: string; phone?: string }[]): string[] {
  const queries: string[] = [];
  for (const [i, r] of rows.entries()) {
    if (queries.length >= 200) break;
    const source = i % 3 === 0 ? r.sortName : i % 3 === 1 ? (r.email ?? r.sortName) : (r.phone ?? r.sortName);
    queries.push(source.slice(0, 2 + (i % 5)));
  }
  return queries;
}

/** `count` items spread evenly through a list. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)] as T);
}

const fmt = (ms: number | null): string => (ms === null || Number.isNaN(ms) ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const n = (count: number): string => count.toLocaleString('en-GB');

interface Verdict {
  what: string;
  value: number | null;
  target: number;
  /** Milliseconds unless said. */
  unit?: string;
}

function verdicts(r: SizeResult): Verdict[] {
  const nan = (v: number) => (Number.isNaN(v) ? null : v);
  if (r.size === 'stress') {
    return [
      { what: 'volunteer save p95 (stress)', value: nan(r.saveP95Ms), target: TARGETS.stressSaveP95Ms },
      { what: 'member search p95 (stress)', value: nan(r.memberSearchP95Ms), target: TARGETS.stressMemberSearchP95Ms },
    ];
  }
  return [
    { what: 'open', value: r.openMs, target: TARGETS.openMs },
    { what: 'open with protection on ÷ off', value: r.protection?.openRatio ?? null, target: TARGETS.protectionRatio, unit: '×' },
    { what: 'save p50 with protection on ÷ off', value: r.protection?.saveRatio ?? null, target: TARGETS.protectionRatio, unit: '×' },
    { what: `open with ${n(r.journalCommits)} commits to replay`, value: r.openWithJournalMs, target: TARGETS.openWithJournalMs },
    { what: 'harness memory after open', value: r.harnessRssAfterOpenMiB, target: TARGETS.harnessRssMiB, unit: 'MiB' },
    { what: 'volunteer save p95', value: r.saveP95Ms, target: TARGETS.saveP95Ms },
    { what: 'member save p95', value: nan(r.memberSaveP95Ms), target: TARGETS.memberSaveP95Ms },
    { what: 'register save p95', value: nan(r.registerSaveP95Ms), target: TARGETS.registerSaveP95Ms },
    {
      what: `first save of the day (≤ ${TARGETS.firstSaveOfDayRatio}× save p95 = ${fmt(TARGETS.firstSaveOfDayRatio * r.saveP95Ms)} ms)`,
      value: r.firstSaveOfDayMs,
      target: TARGETS.firstSaveOfDayRatio * r.saveP95Ms,
    },
    {
      what: 'longest save during checkpoint + backup, over save p50',
      value: r.saveDuringMaintenanceMaxMs === null ? null : r.saveDuringMaintenanceMaxMs - r.saveP50Ms,
      target: TARGETS.maintenanceDelayMs,
    },
    { what: 'volunteer search p95', value: r.searchP95Ms, target: TARGETS.searchP95Ms },
    { what: 'member search p95', value: nan(r.memberSearchP95Ms), target: TARGETS.memberSearchP95Ms },
    { what: 'group page p95', value: nan(r.groupGetP95Ms), target: TARGETS.groupGetP95Ms },
    { what: 'roster PDF', value: r.rosterPdfMs, target: TARGETS.rosterPdfMs },
    { what: 'week of sign-in sheets', value: r.weekSignInMs, target: TARGETS.weekSignInMs },
    { what: 'yearly funder report (figures + PDF)', value: r.reportEndToEndMs, target: TARGETS.reportEndToEndMs },
    { what: 'compliance page p95', value: r.complianceViewP95Ms, target: TARGETS.complianceViewMs },
    { what: 'Programmes list p95', value: r.programmes?.listP95Ms ?? null, target: TARGETS.programmeListP95Ms },
    { what: `"Suggest volunteers" p95 (${n(r.programmes?.suggestWeighed ?? 0)} weighed)`, value: r.programmes?.suggestP95Ms ?? null, target: TARGETS.suggestVolunteersP95Ms },
    { what: 'log a session p95', value: r.programmes?.logSessionP95Ms ?? null, target: TARGETS.logSessionP95Ms },
    { what: 'member Outcomes tab p95', value: r.outcomes?.tabP95Ms ?? null, target: TARGETS.outcomesTabP95Ms },
    { what: 'longest hold-up while a 20 MB CSV is checked', value: r.csvImport?.longestBlockMs ?? null, target: TARGETS.csvImportBlockMs },
    { what: 'compliance print', value: r.compliancePrintMs, target: TARGETS.compliancePrintMs },
    { what: 'newsletter standard print PDF', value: r.newsletterStandardMs, target: TARGETS.newsletterPdfMs },
    { what: 'newsletter large print PDF', value: r.newsletterLargeMs, target: TARGETS.newsletterPdfMs },
  ];
}

function printTable(results: readonly SizeResult[]): void {
  console.log('Peer Desk benchmark (milliseconds; ratio = ours ÷ raw file I/O of the same bytes)\n');
  for (const r of results) {
    console.log(
      `${r.size}: ${n(r.volunteers)} volunteers, ${n(r.members)} members, ${n(r.groups)} groups, ${n(r.sessions)} sessions, ${n(r.attendanceMarks)} attendance marks; ${(r.bytesOnDisk / 1024).toFixed(0)} KB of documents (written in ${fmt(r.writeDemoDataMs)} ms)`,
    );
    console.log(`  open            ${fmt(r.openMs)} ms   (raw readFile+JSON.parse of every file ${fmt(r.rawReadParseMs)} ms, ratio ${r.openRatio.toFixed(2)})`);
    console.log(
      `  open + replay   ${fmt(r.openWithJournalMs)} ms with ${n(r.journalCommits)} commits (${(r.journalBytes / 1024 / 1024).toFixed(1)} MB of journal) not yet checkpointed`,
    );
    console.log(`  harness memory  ${fmt(r.harnessRssAfterOpenMiB)} MiB after open, ${fmt(r.harnessRssAfterHomeMiB)} MiB after Home`);
    console.log(`  raw append      p50 ${fmt(r.rawAppendFsyncP50Ms)} ms, p95 ${fmt(r.rawAppendFsyncP95Ms)} ms   (1.2 KB line + fdatasync: the floor under every save)`);
    console.log(
      `  save one edit   p50 ${fmt(r.saveP50Ms)} ms, p95 ${fmt(r.saveP95Ms)} ms   (ratio to raw append ${r.saveRatio.toFixed(1)}; rewriting volunteers.json + audit would cost ${fmt(r.rawWriteFsyncMs)} ms)`,
    );
    console.log(`  member save     p50 ${fmt(r.memberSaveP50Ms)} ms, p95 ${fmt(r.memberSaveP95Ms)} ms`);
    console.log(`  first save/day  ${fmt(r.firstSaveOfDayMs)} ms   (no warm-up; the day's backup runs in the background)`);
    console.log(
      `  during backup   ${n(r.savesDuringMaintenance)} saves while "Back up now" ran (${fmt(r.maintenanceMs)} ms: checkpoint + backup): p50 ${fmt(r.saveDuringMaintenanceP50Ms)} ms, longest ${fmt(r.saveDuringMaintenanceMaxMs)} ms`,
    );
    console.log(`  search          p50 ${fmt(r.searchP50Ms)} ms, p95 ${fmt(r.searchP95Ms)} ms`);
    console.log(`  CSV export all  ${fmt(r.csvExportMs)} ms (${(r.csvBytes / 1024).toFixed(0)} KB)`);
    console.log(`  register save   p50 ${fmt(r.registerSaveP50Ms)} ms, p95 ${fmt(r.registerSaveP95Ms)} ms   (raw writeFile+fsync ${fmt(r.registerRawWriteFsyncMs)} ms)`);
    console.log(`  member search   p50 ${fmt(r.memberSearchP50Ms)} ms, p95 ${fmt(r.memberSearchP95Ms)} ms`);
    console.log(`  group page      p50 ${fmt(r.groupGetP50Ms)} ms, p95 ${fmt(r.groupGetP95Ms)} ms   (up to ${n(r.groupGetSessionsHeld)} sessions held)`);
    console.log(`  roster PDF      ${fmt(r.rosterPdfMs)} ms   (first ${fmt(r.rosterPdfFirstMs)} ms)`);
    console.log(`  week sign-in    ${fmt(r.weekSignInMs)} ms for ${n(r.weekSignInSheets)} sheets   (first ${fmt(r.weekSignInFirstMs)} ms)`);
    console.log(
      `  funder report   ${fmt(r.reportEndToEndMs)} ms end to end: figures ${fmt(r.reportFiguresMs)} ms + PDF ${fmt(r.reportPdfMs)} ms   (a year of ${n(r.reportGroups)} groups, ${n(r.reportAttendances)} attendances${r.reportFundsProgrammes ? `, every kind of programme: ${n(r.reportOneToOnePeople ?? 0)} people one to one` : ', no programmes'}; first PDF ${fmt(r.reportPdfFirstMs)} ms)`,
    );
    const p = r.programmes;
    console.log(
      p
        ? `  programmes      list p50 ${fmt(p.listP50Ms)} ms, p95 ${fmt(p.listP95Ms)} ms; suggest p50 ${fmt(p.suggestP50Ms)} ms, p95 ${fmt(p.suggestP95Ms)} ms (${n(p.suggestWeighed)} volunteers weighed); log a session p50 ${fmt(p.logSessionP50Ms)} ms, p95 ${fmt(p.logSessionP95Ms)} ms   (${n(p.programmes)} programmes, ${n(p.open)} open, ${n(r.oneToOneSessions)} sessions)`
        : '  programmes      n/a',
    );
    const o = r.outcomes;
    console.log(
      o
        ? `  outcomes        member tab p50 ${fmt(o.tabP50Ms)} ms, p95 ${fmt(o.tabP95Ms)} ms (up to ${n(o.mostForOneMember)} questionnaires a member); who is due ${fmt(o.dueMs)} ms (${n(o.dueLines)} lines)   (${n(o.completions)} questionnaires)`
        : '  outcomes        n/a',
    );
    const c = r.csvImport;
    console.log(
      c
        ? `  CSV import      20 MB check ${fmt(c.previewMs)} ms for ${n(c.rows)} rows (${n(Math.round(c.bytes / 1024))} KB); longest hold-up ${fmt(c.longestBlockMs)} ms`
        : '  CSV import      n/a',
    );
    console.log(protectionLine(r.protection));
    console.log(
      `  compliance      page p50 ${fmt(r.complianceViewP50Ms)} ms, p95 ${fmt(r.complianceViewP95Ms)} ms (${n(r.complianceActive)} active; all ${n(r.volunteers)} volunteers ${fmt(r.complianceAllVolunteersMs)} ms), print ${fmt(r.compliancePrintMs)} ms (first ${fmt(r.compliancePrintFirstMs)} ms)`,
    );
    console.log(
      `  newsletter PDF  standard ${fmt(r.newsletterStandardMs)} ms (${n(r.newsletterStandardPages)} pages), large print ${fmt(r.newsletterLargeMs)} ms (${n(r.newsletterLargePages)} pages)   (first ${fmt(r.newsletterStandardFirstMs)} ms)`,
    );
    for (const [what, why] of Object.entries(r.unavailable)) console.log(`  NOT MEASURED    ${what}: ${why}`);
    if (r.size === 'large' || r.size === 'stress') {
      const parts = verdicts(r).map((v) => `${v.what} ≤ ${fmt(v.target)} ${v.unit ?? 'ms'} ${v.value === null ? 'NOT MEASURED' : v.value <= v.target ? 'met' : 'MISSED'}`);
      console.log(`  targets         ${parts.join('; ')}`);
    }
    console.log('');
  }
}

function protectionLine(p: ProtectionBench | null): string {
  if (!p) return '  protection      n/a';
  return `  protection      open ${fmt(p.openOffMs)} → ${fmt(p.openOnMs)} ms (${p.openRatio.toFixed(2)}×); save p50 ${fmt(p.saveOffP50Ms)} → ${fmt(p.saveOnP50Ms)} ms (${p.saveRatio.toFixed(2)}×), p95 ${fmt(p.saveOffP95Ms)} → ${fmt(p.saveOnP95Ms)} ms; back up now ${fmt(p.backupOffMs)} → ${fmt(p.backupOnMs)} ms (${p.backupRatio.toFixed(2)}×)   (off → on; of an open, decrypting ${p.decryptedMB.toFixed(1)} MB ${fmt(p.decryptPerOpenMs)} ms; unlock's scrypt ${fmt(p.unlockKdfMs)} ms; turning on ${fmt(p.turnOnMs)} ms for ${n(p.filesConverted)} files)`;
}

/** `--only protection`: just the protection step, on fresh sample data, without the rest of the bench. */
async function protectionOnly(sizes: readonly DemoSize[], seed: number, json: boolean): Promise<void> {
  for (const size of sizes) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `peer-desk-bench-${size}-`));
    try {
      await writeDemoData({ dataDir: dir, size, seed, today: todayIso() });
      const p = await benchProtection(dir);
      console.log(json ? JSON.stringify({ size, protection: p }) : `${size}:\n${protectionLine(p)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, sizes: { type: 'string', default: 'small,large,stress' }, seed: { type: 'string', default: '1' }, only: { type: 'string' } },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim()) as DemoSize[];
  if (values.only === 'protection') return protectionOnly(sizes, Number(values.seed), values.json);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    if (!values.json) process.stderr.write(`benchmarking ${size}…\n`);
    results.push(await benchSize(size, Number(values.seed)));
  }
  if (values.json) {
    const judged = results.filter((r) => r.size === 'large' || r.size === 'stress');
    const met = Object.fromEntries(judged.flatMap((r) => verdicts(r).map((v) => [v.what, v.value === null ? null : v.value <= v.target])));
    console.log(JSON.stringify({ node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, targets: TARGETS, met, results }));
  } else {
    printTable(results);
  }
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exit(1);
});
