import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { APP_COLLECTIONS, APP_KINDS, VERSIONS_BEFORE_STAMPS, volunteersKind } from '../../../electron/documents';
import { plainCodec } from '../../../electron/store/codec';
import { defineCollection, defineSingleton } from '../../../electron/store/collections';
import { encodeCommit, encodeCommitInSlices, type CommitRecord } from '../../../electron/store/commit-format';
import { unstampedVersion } from '../../../electron/store/commit-versions';
import { writeManifest, type ManifestEntry } from '../../../electron/store/manifest';
import { UnreadableChangeError, upgradeJournalRecord, upgradeJournalValue } from '../../../electron/store/migrate';
import { volunteersV0ToV1 } from '../../../electron/store/migrations/volunteers-v0-to-v1';
import { emptyManifest } from '../../../electron/store/open-store';
import type { DocumentKind } from '../../../electron/store/types';
import { events, eventsKind, makeEvent, makeNote, notes, notesKind, TEST_COLLECTIONS, TEST_KINDS } from '../../fixtures/store/kinds';
import { readV0 } from './migrations/v0-documents';
import { FakeClock, journalCommits, readJson, useSandbox } from './helpers';

/**
 * The journal holds records as they were written. A crash (or a failed checkpoint) followed by
 * a newer Peer Desk opening the folder replays them into documents it has already migrated, so
 * each record is migrated on the way in, from the version its commit was written at.
 */

const sandbox = useSandbox();

// A partitioned kind whose second step is not safe to run twice: v1 kept minutes, v2 keeps hours.
const visitSchema = z.object({ id: z.string(), year: z.string(), hours: z.number() });
type Visit = z.infer<typeof visitSchema>;
const visitsDoc = z.object({ schemaVersion: z.literal(2), visits: z.array(visitSchema) });
const visitsKind: DocumentKind<z.infer<typeof visitsDoc>> = {
  name: 'visits',
  partitioned: true,
  version: 2,
  schema: visitsDoc,
  migrations: [
    { from: 0, description: 'Add schemaVersion', apply: (doc) => ({ visits: [], ...(doc as object), schemaVersion: 1 }) },
    {
      from: 1,
      description: 'Minutes become hours',
      apply: (doc) => {
        const d = doc as { visits: { minutes: number }[] };
        return { ...d, schemaVersion: 2, visits: d.visits.map(({ minutes, ...v }) => ({ ...v, hours: minutes / 60 })) };
      },
    },
  ],
  empty: () => ({ schemaVersion: 2, visits: [] }),
  loadOnOpen: (key, today) => Number(key) >= today.getFullYear(),
};
const visits = defineCollection(visitsKind, 'visits', { partitionOf: (v: Visit) => v.year });

// A singleton whose value changed shape: v0 held the text size as a bare string.
const prefsDoc = z.object({ schemaVersion: z.literal(1), prefs: z.object({ textSize: z.string() }) });
const prefsKind: DocumentKind<z.infer<typeof prefsDoc>> = {
  name: 'prefs',
  partitioned: false,
  version: 1,
  schema: prefsDoc,
  migrations: [{ from: 0, description: 'Text size in an object', apply: (doc) => ({ schemaVersion: 1, prefs: { textSize: (doc as { prefs?: string }).prefs ?? 'standard' } }) }],
  empty: () => ({ schemaVersion: 1, prefs: { textSize: 'standard' } }),
};
const prefs = defineSingleton(prefsKind, 'prefs');

const KINDS = [...TEST_KINDS, visitsKind, prefsKind];
const COLLECTIONS = [...TEST_COLLECTIONS, visits, prefs];
const OLDER = '0.9.0-older';
const clock = new FakeClock('2026-06-01T10:00:00');

/** Writes a document file and returns its manifest entry, as a checkpoint would. */
async function writeDoc(dataDir: string, name: string, doc: { schemaVersion?: number; [field: string]: unknown }, records: number): Promise<[string, ManifestEntry]> {
  const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
  await fs.writeFile(path.join(dataDir, name), bytes);
  return [name, { bytes: bytes.length, crc32: zlib.crc32(bytes), schemaVersion: doc.schemaVersion ?? 0, records, counts: {} }];
}

/** A folder as a Peer Desk left it when it was killed: documents and manifest from its last checkpoint, then its journal. */
async function crashedFolder(options: { docs?: [string, ManifestEntry][]; appVersion?: string; manifest?: boolean; commits: CommitRecord[] }): Promise<string> {
  const dataDir = await sandbox.tempDir();
  await crashInto(dataDir, options);
  return dataDir;
}

async function crashInto(dataDir: string, options: { docs?: [string, ManifestEntry][]; appVersion?: string; manifest?: boolean; commits: CommitRecord[] }): Promise<void> {
  if (options.manifest !== false) {
    await writeManifest(dataDir, { ...emptyManifest(options.appVersion ?? OLDER, clock.now()), documents: Object.fromEntries(options.docs ?? []) });
  }
  await fs.mkdir(path.join(dataDir, 'journal'), { recursive: true });
  const lines = options.commits.map((c) => encodeCommit(c, plainCodec));
  await fs.writeFile(path.join(dataDir, 'journal', '00000000000001.log'), Buffer.concat(lines));
}

const at = '2026-06-01T09:00:00.000Z';
const open = (dataDir: string, kinds: Parameters<typeof sandbox.open>[1] = {}) => sandbox.open(dataDir, { kinds: KINDS, collections: COLLECTIONS, now: clock.now, ...kinds });
const isLoaded = (store: object, file: string): boolean | undefined => (store as { docs: Map<string, { loaded: boolean }> }).docs.get(file)?.loaded;

describe('new commits', () => {
  it("carry the data version of every kind they touch, and the sliced encoding gives the same line", async () => {
    const dataDir = await sandbox.tempDir();
    const store = await open(dataDir);
    await store.transaction((tx) => {
      tx.put(notes, makeNote());
      tx.put(events, makeEvent());
    });
    await store.transaction((tx) => tx.set(prefs, { textSize: 'large' }));
    expect((await journalCommits(dataDir)).map((c) => c.sv)).toEqual([{ notes: 2, events: 1 }, { prefs: 1 }]);

    const big: CommitRecord = { seq: 9, at, sv: { notes: 2 }, ops: Array.from({ length: 600 }, (_, i) => ({ op: 'put' as const, c: 'notes', v: { id: `n${i}`, text: 'x', pinned: false } })) };
    expect((await encodeCommitInSlices(big, plainCodec)).equals(encodeCommit(big, plainCodec))).toBe(true);
  });
});

describe('replaying a journal an older version wrote', () => {
  it('migrates volunteers written without stamps (before them) by the version the manifest records: each gets an empty consent log', async () => {
    const v1 = volunteersV0ToV1.apply(await readV0('data-v0/volunteers.json')) as { schemaVersion: 1; volunteers: { id: string; firstName: string }[] };
    const [first] = v1.volunteers;
    const added = { ...first!, id: 'added-before-the-crash', firstName: 'Ffion' };
    const changed = { ...first!, firstName: 'Renamed' };
    const dataDir = await sandbox.tempDir();
    const entry = await writeDoc(dataDir, 'volunteers.json', v1, v1.volunteers.length);
    await crashInto(dataDir, {
      docs: [entry],
      commits: [
        { seq: 1, at, ops: [{ op: 'put', c: 'volunteers', v: added }] },
        { seq: 2, at, ops: [{ op: 'put', c: 'volunteers', v: changed }] },
      ],
    });

    const store = await sandbox.open(dataDir, { kinds: APP_KINDS, collections: APP_COLLECTIONS, now: clock.now });
    expect(store.problems).toEqual([]);
    const doc = store.get(volunteersKind);
    expect(doc.volunteers.map((v) => [v.id, v.firstName, v.consents])).toEqual([
      ...v1.volunteers.map((v) => [v.id, v.id === first!.id ? 'Renamed' : v.firstName, []]),
      ['added-before-the-crash', 'Ffion', []],
    ]);
    expect(volunteersKind.schema.safeParse(doc).error?.issues ?? []).toEqual([]);
    // The checkpoint on open wrote it in the new shape: a fresh read validates it in full.
    await store.close();
    const written = await readJson(path.join(dataDir, 'volunteers.json'));
    expect(volunteersKind.schema.safeParse(written).error?.issues ?? []).toEqual([]);
  });

  it('migrates records written with a stamp from their own version, whatever the manifest says', async () => {
    const dataDir = await crashedFolder({
      manifest: false,
      commits: [{ seq: 1, at, sv: { notes: 1 }, ops: [{ op: 'put', c: 'notes', v: { id: 'n1', text: 'Ring Sam' } }] }],
    });
    const store = await open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes).toEqual([{ id: 'n1', text: 'Ring Sam', pinned: false }]);
  });

  it("migrates an unstamped record into a year made since the checkpoint by another year's version", async () => {
    const dataDir = await sandbox.tempDir();
    const entry = await writeDoc(dataDir, 'visits-2026.json', { schemaVersion: 1, visits: [{ id: 'a', year: '2026', minutes: 90 }] }, 1);
    await crashInto(dataDir, { docs: [entry], commits: [{ seq: 1, at, ops: [{ op: 'put', c: 'visits', p: '2027', v: { id: 'b', year: '2027', minutes: 30 } }] }] });
    const store = await open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(visitsKind, '2026').visits).toEqual([{ id: 'a', year: '2026', hours: 1.5 }]);
    expect(store.get(visitsKind, '2027').visits).toEqual([{ id: 'b', year: '2027', hours: 0.5 }]);
  });

  it('migrates a singleton value as the one field of a document', async () => {
    const dataDir = await crashedFolder({ commits: [{ seq: 1, at, sv: { prefs: 0 }, ops: [{ op: 'set', c: 'prefs', v: 'large' }] }] });
    const store = await open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.value(prefs)).toEqual({ textSize: 'large' });
  });

  it('takes an unstamped record to be at this version when nothing says otherwise (no manifest)', async () => {
    const dataDir = await crashedFolder({ manifest: false, commits: [{ seq: 1, at, ops: [{ op: 'put', c: 'notes', v: { id: 'n1', text: 'Kept pinned', pinned: true } }] }] });
    const store = await open(dataDir);
    expect(store.get(notesKind).notes).toEqual([{ id: 'n1', text: 'Kept pinned', pinned: true }]);
  });
});

describe('an unstamped journal with no manifest to say its version', () => {
  it('reads volunteers at the version of the last release without stamps, so they still gain a consent log', async () => {
    const v1 = volunteersV0ToV1.apply(await readV0('data-v0/volunteers.json')) as { schemaVersion: 1; volunteers: { id: string; firstName: string }[] };
    const added = { ...v1.volunteers[0]!, id: 'first-save-before-any-checkpoint', firstName: 'Siân' };
    // A folder that crashed before its first checkpoint: no documents, no manifest, one commit.
    const dataDir = await crashedFolder({ manifest: false, commits: [{ seq: 1, at, ops: [{ op: 'put', c: 'volunteers', v: added }] }] });

    const store = await sandbox.open(dataDir, { kinds: APP_KINDS, collections: APP_COLLECTIONS, versionsBeforeStamps: VERSIONS_BEFORE_STAMPS, now: clock.now });
    expect(store.problems).toEqual([]);
    const doc = store.get(volunteersKind);
    expect(doc.volunteers.map((v) => [v.id, v.firstName, v.consents])).toEqual([['first-save-before-any-checkpoint', 'Siân', []]]);
    expect(volunteersKind.schema.safeParse(doc).error?.issues ?? []).toEqual([]);
  });

  it('never reads a kind above its own version, and a kind that release did not have at its own', () => {
    expect(unstampedVersion(volunteersKind, 'volunteers.json', emptyManifest(OLDER, clock.now()), APP_KINDS, { volunteers: 99 })).toBe(volunteersKind.version);
    expect(unstampedVersion(volunteersKind, 'volunteers.json', emptyManifest(OLDER, clock.now()), APP_KINDS, VERSIONS_BEFORE_STAMPS)).toBe(1);
    expect(unstampedVersion(notesKind, 'notes.json', emptyManifest(OLDER, clock.now()), KINDS, VERSIONS_BEFORE_STAMPS)).toBe(notesKind.version);
  });
});

describe('replaying into a year read on first use', () => {
  it('keeps an older version’s changes pending until the year is read, then migrates them like the file', async () => {
    const dataDir = await sandbox.tempDir();
    const entry = await writeDoc(dataDir, 'visits-2020.json', { schemaVersion: 2, visits: [{ id: 'a', year: '2020', hours: 1 }] }, 1);
    // The manifest is this version's (so the year is trusted and left unread); the commits, an older one's.
    await crashInto(dataDir, {
      docs: [entry],
      appVersion: '0.0.0-test',
      commits: [{ seq: 1, at, sv: { visits: 1 }, ops: [{ op: 'put', c: 'visits', p: '2020', v: { id: 'b', year: '2020', minutes: 30 } }] }],
    });
    const store = await open(dataDir);
    expect(store.problems).toEqual([]);
    expect(isLoaded(store, 'visits-2020.json')).toBe(false);
    expect(store.get(visitsKind, '2020').visits).toEqual([
      { id: 'a', year: '2020', hours: 1 },
      { id: 'b', year: '2020', hours: 0.5 },
    ]);
  });

  it('does not migrate a change this version made to a year still at an older version on disk', async () => {
    // This version read 2020, migrated it in memory and saved into it; it was killed before the checkpoint wrote the file.
    const dataDir = await sandbox.tempDir();
    const entry = await writeDoc(dataDir, 'visits-2020.json', { schemaVersion: 1, visits: [{ id: 'a', year: '2020', minutes: 90 }] }, 1);
    await crashInto(dataDir, {
      docs: [entry],
      commits: [
        { seq: 1, at, sv: { visits: 2 }, ops: [{ op: 'put', c: 'visits', p: '2020', v: { id: 'b', year: '2020', hours: 2 } }] },
        { seq: 2, at, sv: { visits: 2 }, ops: [{ op: 'put', c: 'visits', p: '2020', v: { id: 'a', year: '2020', hours: 3 } }] },
      ],
    });
    const store = await open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(visitsKind, '2020').visits).toEqual([
      { id: 'a', year: '2020', hours: 3 },
      { id: 'b', year: '2020', hours: 2 },
    ]);
  });

  it('migrates an unstamped change to a year the manifest records at the older version', async () => {
    const dataDir = await sandbox.tempDir();
    const entry = await writeDoc(dataDir, 'visits-2020.json', { schemaVersion: 1, visits: [{ id: 'a', year: '2020', minutes: 90 }] }, 1);
    await crashInto(dataDir, { docs: [entry], commits: [{ seq: 1, at, ops: [{ op: 'put', c: 'visits', p: '2020', v: { id: 'b', year: '2020', minutes: 120 } }] }] });
    const store = await open(dataDir);
    expect(store.get(visitsKind, '2020').visits).toEqual([
      { id: 'a', year: '2020', hours: 1.5 },
      { id: 'b', year: '2020', hours: 2 },
    ]);
  });
});

describe('a journal a newer version wrote', () => {
  it('stops at the first change stamped with a newer data version, applies nothing of it, and goes to recovery', async () => {
    const dataDir = await crashedFolder({
      appVersion: '0.0.0-test',
      commits: [
        { seq: 1, at, sv: { notes: 2 }, ops: [{ op: 'put', c: 'notes', v: { id: 'kept', text: 'x', pinned: false } }] },
        { seq: 2, at, sv: { notes: 2, events: 2 }, ops: [{ op: 'put', c: 'notes', v: { id: 'half', text: 'x', pinned: false } }, { op: 'del', c: 'events', p: '2026', id: 'e1' }] },
        { seq: 3, at, sv: { notes: 2 }, ops: [{ op: 'put', c: 'notes', v: { id: 'after', text: 'x', pinned: false } }] },
      ],
    });
    const store = await open(dataDir);
    expect(store.problems).toEqual([
      { file: 'journal', reason: 'A change in the journal could not be applied (A newer version of Peer Desk wrote it: events data version 2, and this version understands up to 1)' },
    ]);
    expect(store.get(notesKind).notes.map((n) => n.id)).toEqual(['kept']);
    expect(store.seq).toBe(1);
  });
});

describe('upgrading one record', () => {
  it('returns a record already at this version as it is', () => {
    const note = { id: 'n1', text: 'x', pinned: true };
    expect(upgradeJournalRecord(notesKind, 'notes', note, 2)).toBe(note);
    expect(upgradeJournalValue(prefsKind, 'prefs', note, 1)).toBe(note);
  });

  it('refuses a step that needs the whole document (one that moves, splits or makes records) rather than guess', () => {
    const moves: DocumentKind<{ schemaVersion: number }> = {
      ...eventsKind,
      version: 2,
      migrations: [...eventsKind.migrations, { from: 1, description: 'Events become entries', apply: (doc) => ({ schemaVersion: 2, events: [], entries: (doc as { events: unknown[] }).events }) }],
    };
    expect(() => upgradeJournalRecord(moves, 'events', { id: 'e1' }, 1)).toThrow(UnreadableChangeError);
    const splits: DocumentKind<{ schemaVersion: number }> = {
      ...moves,
      migrations: [...eventsKind.migrations, { from: 1, description: 'Two of each', apply: (doc) => ({ schemaVersion: 2, events: (doc as { events: { id: string }[] }).events.flatMap((e) => [e, { ...e, id: `${e.id}-copy` }]) }) }],
    };
    expect(() => upgradeJournalRecord(splits, 'events', { id: 'e1' }, 1)).toThrow(/needs the whole document/);
    expect(() => upgradeJournalRecord(notesKind, 'notes', { id: 'n1' }, 3)).toThrow(/newer version of Peer Desk/);
  });
});
