import { ProtectionService } from '../../electron/protection/service';
import { openStore } from '../../electron/store/index';
import type { OpenStoreOptions } from '../../electron/store/types';
import { counterValue, events, makeEvent, makeNote, notes, notesKind, TEST_COLLECTIONS, TEST_KINDS } from '../fixtures/store/kinds';
import { CRASH_PASSPHRASE, CRASH_SCRYPT, type CrashProtection } from './crash-protection';

/**
 * The crash test's child: opens the folder given as argv[2] and changes it at random until
 * it is killed. Before each action it prints "start <action>"; once the store says the
 * action is durable it prints "ack". The parent keeps a model from those lines and, after
 * the kill, checks the folder holds the model — or the model plus the one action in flight,
 * whole. Actions: a commit across three documents (a note, an event in one of three years,
 * the counter), an edit, a delete of a note and its event together, a checkpoint, forgetting
 * the journal's history (erasure), a backup and a restore. Checkpoints also start by themselves every 64 KB of journal.
 *
 * With protection (argv[5]): "on" turns it on before the first "ready" and saves sealed;
 * "toggle" also turns it on and off at random, so kills land inside conversions. A folder
 * found locked is unlocked first, which finishes a conversion an earlier kill cut short.
 */
const dataDir = process.argv[2];
const seed = Number(process.argv[3] ?? '1');
const protection = (process.argv[5] ?? 'off') as CrashProtection;
if (!dataDir) throw new Error('usage: crash-writer <dataDir> [seed] [commits|mixed] [off|on|toggle]');

let state = seed >>> 0 || 1;
const random = (): number => {
  // xorshift32: each round's child makes different choices, reproducibly from its seed.
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 2 ** 32;
};

const YEARS = ['2024', '2025', '2026'];
// A few KB a note, so documents reach hundreds of KB and kills land inside checkpoints.
const padding = 'x'.repeat(2_000);
/**
 * Resolves once the line is in the pipe, where it outlives a SIGKILL. Writes to a pipe are
 * asynchronous: once the parent falls behind (a loaded machine) they wait in this process's
 * memory and die with it. Each action waits for its "start" and "ack" to be out, so the parent
 * always knows of every action that can have reached the folder.
 */
const say = (line: string): Promise<void> =>
  new Promise((resolve, reject) => process.stdout.write(`${line}\n`, (error) => (error ? reject(error) : resolve())));

const service = await ProtectionService.start({
  dataDir,
  kinds: TEST_KINDS,
  scryptParams: CRASH_SCRYPT,
  open: async (codec: Pick<OpenStoreOptions, 'codec' | 'prepareFolder'>) => {
    const opened = await openStore({
      dataDir,
      kinds: TEST_KINDS,
      collections: TEST_COLLECTIONS,
      appVersion: 'crash-writer',
      now: () => new Date('2026-06-01T10:00:00'),
      idleCheckpointMs: 0,
      dailyBackupDelayMs: -1,
      checkpointBytes: 64 * 1024,
      freezeRecords: false,
      ...codec,
    });
    return { store: opened, close: () => opened.close() };
  },
});
if (service.status().state === 'locked') await service.unlock({ passphrase: CRASH_PASSPHRASE });
if (protection === 'on' && service.status().state === 'off') await service.turnOn(CRASH_PASSPHRASE);
/** The store changes when protection is turned on or off (closed, converted, opened again). */
const current = () => service.current!.store;
let store = current();
if (store.problems.length > 0) {
  await say(`problems ${JSON.stringify(store.problems)}`);
  process.exit(3);
}
await say('ready');

function livingIds(): string[] {
  return store.get(notesKind).notes.map((n) => n.id);
}

function eventOf(id: string): { year: string; event: ReturnType<typeof makeEvent> } | null {
  for (const year of YEARS) {
    const event = store.record(events, `e-${id.slice(2)}`, year);
    if (event) return { year, event };
  }
  return null;
}

// Half the rounds only commit (so many kills land inside a commit across documents); the
// others mix in checkpoints, backups and restores, which take longer and so draw more kills.
const commitsOnly = process.argv[4] === 'commits';

for (;;) {
  store = current();
  if (protection === 'toggle' && !commitsOnly && random() < 0.15) {
    const on = service.status().state === 'off';
    await say(`start ${on ? 'protect' : 'unprotect'}`);
    if (on) await service.turnOn(CRASH_PASSPHRASE);
    else await service.turnOff({ passphrase: CRASH_PASSPHRASE });
    await say('ack');
    continue;
  }
  const roll = commitsOnly ? random() * 0.75 : random();
  const ids = livingIds();
  if (roll < 0.45 || ids.length < 5) {
    const n = store.value(counterValue) + 1;
    const year = YEARS[Math.floor(random() * YEARS.length)]!;
    await say(`start put ${n} ${year}`);
    await store.transaction((tx) => {
      tx.put(notes, makeNote({ id: `p-${n}`, text: `note ${n} ${padding}` }));
      tx.put(events, makeEvent({ id: `e-${n}`, at: `${year}-05-01T10:00:00.000Z`, text: `event ${n}` }));
      tx.set(counterValue, n);
    });
  } else if (roll < 0.6) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const note = store.record(notes, id)!;
    const text = `edited ${Math.floor(random() * 1e9)} ${padding}`;
    await say(`start edit ${id.slice(2)} ${text.split(' ')[1]}`);
    await store.transaction((tx) => tx.put(notes, { ...note, text }, { replaces: note }));
  } else if (roll < 0.75) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const note = store.record(notes, id)!;
    const found = eventOf(id);
    await say(`start delete ${id.slice(2)}`);
    await store.transaction((tx) => {
      tx.remove(notes, note);
      if (found) tx.remove(events, found.event);
    });
  } else if (roll < 0.84) {
    await say('start checkpoint');
    await store.checkpoint();
  } else if (roll < 0.88) {
    // As after an erasure: a checkpoint, then every older journal segment deleted.
    await say('start forget');
    await store.forgetHistory();
  } else if (roll < 0.96) {
    // Manual backups are never pruned: keep the folder from filling up over a long run.
    if ((await store.listBackups()).filter((b) => b.reason === 'manual').length >= 8) continue;
    await say('start backup');
    const info = await store.createBackup('manual');
    await say(`backup ${info.name}`);
  } else {
    const backups = (await store.listBackups()).filter((b) => b.reason === 'manual');
    const chosen = backups[Math.floor(random() * backups.length)];
    if (!chosen) continue;
    await say(`start restore ${chosen.name}`);
    await store.restoreBackup(chosen.name);
  }
  await say('ack');
}
