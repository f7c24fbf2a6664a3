import { openStore } from '../../electron/store/index';
import { counterValue, events, makeEvent, makeNote, notes, notesKind, TEST_COLLECTIONS, TEST_KINDS } from '../fixtures/store/kinds';

/**
 * The crash test's child: opens the folder given as argv[2] and changes it at random until
 * it is killed. Before each action it prints "start <action>"; once the store says the
 * action is durable it prints "ack". The parent keeps a model from those lines and, after
 * the kill, checks the folder holds the model — or the model plus the one action in flight,
 * whole. Actions: a commit across three documents (a note, an event in one of three years,
 * the counter), an edit, a delete of a note and its event together, a checkpoint, a backup
 * and a restore. Checkpoints also start by themselves every 64 KB of journal.
 */
const dataDir = process.argv[2];
const seed = Number(process.argv[3] ?? '1');
if (!dataDir) throw new Error('usage: crash-writer <dataDir> [seed] [commits|mixed]');

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
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const store = await openStore({
  dataDir,
  kinds: TEST_KINDS,
  collections: TEST_COLLECTIONS,
  appVersion: 'crash-writer',
  now: () => new Date('2026-06-01T10:00:00'),
  idleCheckpointMs: 0,
  dailyBackupDelayMs: -1,
  checkpointBytes: 64 * 1024,
  freezeRecords: false,
});
if (store.problems.length > 0) {
  say(`problems ${JSON.stringify(store.problems)}`);
  process.exit(3);
}
say('ready');

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
  const roll = commitsOnly ? random() * 0.75 : random();
  const ids = livingIds();
  if (roll < 0.45 || ids.length < 5) {
    const n = store.value(counterValue) + 1;
    const year = YEARS[Math.floor(random() * YEARS.length)]!;
    say(`start put ${n} ${year}`);
    await store.transaction((tx) => {
      tx.put(notes, makeNote({ id: `p-${n}`, text: `note ${n} ${padding}` }));
      tx.put(events, makeEvent({ id: `e-${n}`, at: `${year}-05-01T10:00:00.000Z`, text: `event ${n}` }));
      tx.set(counterValue, n);
    });
  } else if (roll < 0.6) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const note = store.record(notes, id)!;
    const text = `edited ${Math.floor(random() * 1e9)} ${padding}`;
    say(`start edit ${id.slice(2)} ${text.split(' ')[1]}`);
    await store.transaction((tx) => tx.put(notes, { ...note, text }, { replaces: note }));
  } else if (roll < 0.75) {
    const id = ids[Math.floor(random() * ids.length)]!;
    const note = store.record(notes, id)!;
    const found = eventOf(id);
    say(`start delete ${id.slice(2)}`);
    await store.transaction((tx) => {
      tx.remove(notes, note);
      if (found) tx.remove(events, found.event);
    });
  } else if (roll < 0.88) {
    say('start checkpoint');
    await store.checkpoint();
  } else if (roll < 0.96) {
    // Manual backups are never pruned: keep the folder from filling up over a long run.
    if ((await store.listBackups()).filter((b) => b.reason === 'manual').length >= 8) continue;
    say('start backup');
    const info = await store.createBackup('manual');
    say(`backup ${info.name}`);
  } else {
    const backups = (await store.listBackups()).filter((b) => b.reason === 'manual');
    const chosen = backups[Math.floor(random() * backups.length)];
    if (!chosen) continue;
    say(`start restore ${chosen.name}`);
    await store.restoreBackup(chosen.name);
  }
  say('ack');
}
