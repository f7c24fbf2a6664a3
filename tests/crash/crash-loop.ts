import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../electron/store/index';
import { bundleScripts } from '../helpers/bundle';
import { counterValue, eventsKind, notesKind, TEST_COLLECTIONS, TEST_KINDS } from '../fixtures/store/kinds';
import { codecForFolder, readableFiles, type CrashProtection } from './crash-protection';

/**
 * Power-cut stand-in, shared by the unit test and `npm run crash-test`: a child changes a
 * folder at random (crash-writer.ts) and is killed with SIGKILL at a random moment; then
 * the folder is opened and checked against a model built from what the child was told
 * was saved. After every kill: no recovery screen, every acknowledged action present, and
 * the action in flight either wholly there or wholly absent.
 */

interface Model {
  notes: Map<string, string>;
  events: Map<string, string>;
  counter: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The app version crash-writer.ts opens with. */
const WRITER_VERSION = 'crash-writer';
const YEARS = ['2024', '2025', '2026'];

const cloneModel = (m: Model): Model => ({ notes: new Map(m.notes), events: new Map(m.events), counter: m.counter });
const emptyModel = (): Model => ({ notes: new Map(), events: new Map(), counter: 0 });

export async function bundleCrashWriter(outDir: string): Promise<string> {
  return (await bundleScripts(outDir, { 'crash-writer': path.join(HERE, 'crash-writer.ts') }))['crash-writer'];
}

/** The model with one action applied, as the child would have applied it. */
function applied(model: Model, action: string[], backups: ReadonlyMap<string, Model>): Model | 'unknown' {
  const [kind, a, b] = action;
  const next = cloneModel(model);
  switch (kind) {
    case 'put':
      next.notes.set(`p-${a}`, `note ${a}`);
      next.events.set(`e-${a}`, b!);
      next.counter = Number(a);
      return next;
    case 'edit':
      next.notes.set(`p-${a}`, `edited ${b}`);
      return next;
    case 'delete':
      next.notes.delete(`p-${a}`);
      next.events.delete(`e-${a}`);
      return next;
    case 'restore': {
      const restored = backups.get(a!);
      return restored ? cloneModel(restored) : 'unknown';
    }
    default:
      return next; // checkpoint, forget, backup: no change to the data
  }
}

/**
 * Opened as the same version of Peer Desk (files it wrote are trusted and older years read on
 * first use), or every other round as a newer one (everything checked in full), as after an upgrade.
 */
async function readFolder(dataDir: string, sameVersion: boolean): Promise<{ model: Model; problems: string[] }> {
  // As the kill left it: a conversion cut short is not finished here (the next child finishes it).
  const { codec } = await codecForFolder(dataDir);
  const store = await openStore({ dataDir, kinds: TEST_KINDS, collections: TEST_COLLECTIONS, appVersion: sameVersion ? WRITER_VERSION : 'crash-check', now: () => new Date('2026-06-01T10:00:00'), idleCheckpointMs: 0, dailyBackupDelayMs: -1, codec });
  try {
    const model = emptyModel();
    for (const n of store.get(notesKind).notes) model.notes.set(n.id, n.text.split(' ').slice(0, 2).join(' '));
    for (const year of YEARS) for (const e of store.get(eventsKind, year).events) model.events.set(e.id, year);
    model.counter = store.value(counterValue);
    return { model, problems: store.problems.map((p) => `${p.file}: ${p.reason}`) };
  } finally {
    await store.close();
  }
}

function describeDifference(actual: Model, expected: Model): string {
  const diff: string[] = [];
  for (const key of ['notes', 'events'] as const) {
    for (const [id, v] of expected[key]) if (actual[key].get(id) !== v) diff.push(`${key} ${id}: expected ${v}, found ${actual[key].get(id) ?? 'nothing'}`);
    for (const [id, v] of actual[key]) if (!expected[key].has(id)) diff.push(`${key} ${id}: found ${v}, expected nothing`);
  }
  if (actual.counter !== expected.counter) diff.push(`counter: expected ${expected.counter}, found ${actual.counter}`);
  return diff.slice(0, 6).join('; ');
}

const same = (a: Model, b: Model): boolean => describeDifference(a, b) === '';

export interface RoundResult {
  acknowledged: number;
  /** Which action was in flight when the kill landed ('open and replay' before the child was ready), and whether it had taken effect. */
  inFlight: string | null;
  inFlightLanded: boolean;
}

export interface CrashLoopOptions {
  dataDir: string;
  writer: string;
  rounds: number;
  /** Seeds the child's choices; each round adds its number. */
  seed: number;
  /** Longest wait before the kill, in ms. Some kills land before the child is even ready (during replay). */
  maxDelayMs?: number;
  /** Protection off, on from the start, or turned on and off at random (see crash-writer.ts). */
  protection?: CrashProtection;
  /**
   * Hold the parent still for this long once the child is ready, as a loaded machine does (the
   * other lane's check, another process on the CPU): the kill lands as it wakes, before it has
   * read what the child wrote meanwhile, and every line the child wrote must still arrive.
   */
  stallParentMs?: number;
  onRound?: (round: number, result: RoundResult) => void;
}

/** xorshift32, as in crash-writer.ts: the kill timing of a round follows from its seed too. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/** Kills and checks `rounds` times on one folder; throws on the first round that fails a check. */
export async function crashLoop(options: CrashLoopOptions): Promise<RoundResult[]> {
  const { dataDir, writer, rounds } = options;
  const maxDelay = options.maxDelayMs ?? 250;
  let model = emptyModel();
  const backups = new Map<string, Model>();
  const results: RoundResult[] = [];
  for (let round = 0; round < rounds; round++) {
    // Seeds stay small enough to be exact; every other round only commits (see crash-writer.ts).
    const seed = ((options.seed % 1_000_003) * 131 + round) >>> 0;
    // Named in every failure, so `npm run crash-test -- --seed N --lanes 1` makes the same choices again.
    const failure = (message: string): Error => new Error(`round ${round} (seed ${options.seed}): ${message}`);
    const random = seededRandom(seed ^ 0x9e3779b9);
    const child = spawn(process.execPath, [writer, dataDir, String(seed), round % 2 === 0 ? 'commits' : 'mixed', options.protection ?? 'off'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = null as string[] | null;
    let acknowledged = 0;
    let buffer = '';
    let stderr = '';
    let ready = false;
    const protocolErrors: Error[] = [];
    const delay = random() < 0.1 ? random() * 60 : 20 + random() * maxDelay;
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready') {
          ready = true;
          // Kill timing counts from readiness, except for the early kills aimed at open and replay.
          if (delay >= 20) setTimeout(() => child.kill('SIGKILL'), delay);
          if (options.stallParentMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, options.stallParentMs);
        } else if (line.startsWith('start ')) pending = line.slice(6).split(' ');
        else if (line.startsWith('backup ')) backups.set(line.slice(7), cloneModel(model));
        else if (line === 'ack' && pending) {
          const next = applied(model, pending, backups);
          if (next === 'unknown') {
            // Not thrown here, in a stream handler, where nothing would catch it: after the kill.
            protocolErrors.push(failure(`the child restored a backup the test does not know: ${pending.join(' ')}`));
            continue;
          }
          model = next;
          pending = null;
          acknowledged += 1;
        } else if (line.startsWith('problems ')) stderr += line;
      }
    });
    if (delay < 20) setTimeout(() => child.kill('SIGKILL'), delay);
    await exited;
    if (stderr) throw failure(`the child reported: ${stderr.slice(0, 2000)}`);
    if (protocolErrors[0]) throw protocolErrors[0];

    // A backup written but not announced before the kill still holds the model exactly.
    const inFlight: string[] | null = pending;
    if (inFlight?.[0] === 'backup') {
      const names = (await fs.readdir(path.join(dataDir, 'backups')).catch(() => [] as string[])).filter((n) => n.endsWith('-manual.pdbackup') || /-manual-\d+\.pdbackup$/.test(n));
      for (const name of names) if (!backups.has(name)) backups.set(name, cloneModel(model));
    }

    const { model: found, problems } = await readFolder(dataDir, round % 2 === 0);
    if (problems.length > 0) throw failure(`the folder opened with problems: ${problems.join(' | ')}`);
    // Once protection is fully on, no file may hold a note as it was saved (every note is padded with x's).
    if ((await codecForFolder(dataDir)).state === 'on') {
      const readable = await readableFiles(dataDir, 'x'.repeat(100));
      if (readable.length > 0) throw failure(`protection is on but these files are readable: ${readable.join(', ')}`);
    }
    let landed = false;
    if (!same(found, model)) {
      const alternative = inFlight ? applied(model, inFlight, backups) : 'unknown';
      if (alternative === 'unknown' || !same(found, alternative)) {
        throw failure(
          `the folder does not hold what was saved (in flight: ${inFlight?.join(' ') ?? 'nothing'}; ready: ${String(ready)}): ${describeDifference(found, model)}`,
        );
      }
      model = alternative;
      landed = true;
    }
    const result = { acknowledged, inFlight: inFlight?.[0] ?? (ready ? null : 'open and replay'), inFlightLanded: landed };
    results.push(result);
    options.onRound?.(round, result);
  }
  return results;
}
