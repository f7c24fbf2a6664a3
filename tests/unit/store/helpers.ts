import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { openStore } from '../../../electron/store/index';
import type { Codec, OpenStoreOptions, Store } from '../../../electron/store/types';
import type { CommitRecord } from '../../../electron/store/commit-format';
import { bundleScripts } from '../../helpers/bundle';
import { readCommits } from '../../helpers/journal';
import { TEST_COLLECTIONS, TEST_KINDS } from '../../fixtures/store/kinds';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/store');

/**
 * Each test gets its own temp folders and its stores are closed (releasing their locks)
 * and folders removed afterwards, even when the test fails.
 */
export function useSandbox() {
  const dirs: string[] = [];
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close().catch(() => undefined)));
    await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
  });
  return {
    async tempDir(): Promise<string> {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-store-'));
      dirs.push(dir);
      return dir;
    },
    async open(dataDir: string, options: Partial<OpenStoreOptions> = {}): Promise<Store> {
      // Background work off: tests call checkpoint() and dailyBackup() when they mean to.
      const store = await openStore({
        dataDir,
        kinds: TEST_KINDS,
        collections: TEST_COLLECTIONS,
        appVersion: '0.0.0-test',
        idleCheckpointMs: 0,
        dailyBackupDelayMs: -1,
        ...options,
      });
      stores.push(store);
      return store;
    },
  };
}

/** A clock the test moves by hand: daily backups and file names depend on the local date. */
export class FakeClock {
  private time: number;
  constructor(start: string) {
    this.time = new Date(start).getTime();
  }
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
  advanceDays(days: number): void {
    this.advance(days * 24 * 60 * 60 * 1000);
  }
}

/** Plain UTF-8 that records what it was asked to write, and can be told to fail. */
export class RecordingCodec implements Codec {
  readonly id = 'plain';
  readonly encoded: string[] = [];
  failures = 0;
  encode(text: string): Buffer {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('Simulated write failure');
    }
    this.encoded.push(text);
    return Buffer.from(text, 'utf8');
  }
  decode(bytes: Buffer): string {
    return bytes.toString('utf8');
  }
}

export async function listDir(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

/** Every file in a folder (recursively) with its bytes, to prove that nothing changed. */
export async function snapshotFolder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), (await fs.readFile(full)).toString('base64'));
  }
  return out;
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
}

/** Child scripts are bundled once per test file: starting tsx for every round would be too slow. */
export async function bundleChildScripts(outDir: string): Promise<{ holdOpen: string }> {
  return { holdOpen: (await bundleScripts(outDir, { 'hold-open': path.join(FIXTURES, 'hold-open.ts') }))['hold-open'] };
}

export interface Child {
  process: ChildProcessWithoutNullStreams;
  /** stdout so far. */
  output(): string;
  /** Resolves with the first stdout line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

export function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    for (const w of [...waiters]) {
      const line = stdout.split('\n').find((l) => w.pattern.test(l));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  // 'close', not 'exit': by then stdout is fully read, so no "saved" line is missed.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    process: child,
    output: () => stdout,
    waitFor(pattern) {
      const line = stdout.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) return Promise.resolve(line);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exited.then((code) => reject(new Error(`child exited (${String(code)}) before ${String(pattern)}: ${stderr}`)));
      });
    },
    exited,
  };
}

/** The commits in the live journal segments of a data folder: those not yet checkpointed. */
export function journalCommits(dataDir: string): Promise<CommitRecord[]> {
  return readCommits(dataDir, { liveOnly: true });
}
