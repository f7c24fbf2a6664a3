import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../electron/app-version';
import { stageSampleDataset } from '../electron/api/system/system';
import { APP_COLLECTIONS, APP_KINDS } from '../electron/documents';
import { parseDocumentFileName } from '../electron/store/file-names';
import { openStore, type StoredRecord, type Transaction } from '../electron/store/index';
import type { Store } from '../electron/store/types';
import { parseUkDate, todayIso } from '../shared/dates';
import type { BackupInfo } from '../shared/domain/backups';
import { ApiError } from '../shared/errors';
import { DEMO_AREAS, DEMO_SCALES, DEMO_SIZE_NAMES, DEMO_SIZES, generateDemoDataset, isDemoArea, isDemoSize, type DemoArea, type DemoSize } from '../electron/demo';

/**
 * Writes a complete Peer Desk data folder of sample data, through the real store, so what
 * the app, the harness and the benchmark open is exactly what a coordinator's laptop would
 * hold. Usage: npm run demo-data -- --out DIR [--size small|large|stress] [--seed N]
 * [--today YYYY-MM-DD] [--area sheffield|sutton|south-london] [--force]
 */

export interface WriteDemoDataOptions {
  dataDir: string;
  size: DemoSize;
  seed: number;
  /** The day the sample data is "as of" (YYYY-MM-DD). */
  today: string;
  area?: DemoArea;
  /** Replace Peer Desk data already in the folder (a backup of it is taken first). */
  force?: boolean;
  appVersion?: string;
}

export interface WriteDemoDataResult {
  dataDir: string;
  counts: Record<string, number>;
  elapsedMs: number;
  /** The backup of the data that was replaced, when --force replaced some. */
  replacedBackup?: BackupInfo;
}

/** The folder already holds Peer Desk data and --force was not given. Nothing was changed. */
export class DemoDataRefusedError extends Error {
  constructor(dataDir: string) {
    super(
      `${dataDir} already contains Peer Desk data, so nothing was written. Choose an empty folder, or add --force to replace that data (a backup of it is kept in the folder's backups).`,
    );
    this.name = 'DemoDataRefusedError';
  }
}

/** Bad command-line arguments, with a message fit to show as it is. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Looks before opening: opening a store takes a lock and moves damaged files aside, and a
 * refusal must leave someone's real data folder exactly as it was.
 */
async function holdsPeerDeskData(dataDir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await fs.readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  return names.some(
    (name) => parseDocumentFileName(name, APP_KINDS) !== null || /\.corrupt-[^/]*\.json$/.test(name) || name === 'backups',
  );
}

/**
 * Stages the removal of every record held, in every year: leftovers from the old data (audit
 * entries, sessions in years the sample does not reach, people the sample does not have)
 * would point at people who are no longer there.
 */
function removeEverything(tx: Transaction, store: Store): void {
  for (const target of APP_COLLECTIONS) {
    if (target.type !== 'collection') continue;
    const keys = target.kind.partitioned ? store.keys(target.kind) : [undefined];
    for (const key of keys) {
      const records = (store.get(target.kind, key) as Record<string, readonly StoredRecord[]>)[target.field] ?? [];
      for (const record of records) tx.remove(target, record);
    }
  }
}

export async function writeDemoData(options: WriteDemoDataOptions): Promise<WriteDemoDataResult> {
  const started = performance.now();
  const dataDir = path.resolve(options.dataDir);
  // Generated before touching the folder, so a bad option fails with nothing written.
  const dataset = generateDemoDataset({ size: options.size, seed: options.seed, today: options.today, area: options.area });
  if (!options.force && (await holdsPeerDeskData(dataDir))) throw new DemoDataRefusedError(dataDir);

  const store = await openStore({ dataDir, kinds: APP_KINDS, collections: APP_COLLECTIONS, appVersion: options.appVersion ?? APP_VERSION });
  let replacedBackup: BackupInfo | undefined;
  try {
    let replacing = false;
    if (!store.isEmpty() || store.problems.length > 0) {
      if (!options.force) throw new DemoDataRefusedError(dataDir);
      // Damaged files were moved aside by openStore and stay there for recovery.
      if (store.problems.length > 0) await store.resolveProblemsWithEmpty();
      if (!store.isEmpty()) replacedBackup = await store.createBackup('before-sample-data');
      replacing = true;
    }
    // The old data out and the sample in, as one commit: the folder holds the sample and nothing else.
    await store.transaction((tx) => {
      if (replacing) removeEverything(tx, store);
      stageSampleDataset(tx, dataset, { settings: 'replace' });
    });
    const counts = store.counts();
    await store.close();
    const result: WriteDemoDataResult = { dataDir, counts, elapsedMs: performance.now() - started };
    if (replacedBackup) result.replacedBackup = replacedBackup;
    return result;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}

export interface DemoDataArgs extends WriteDemoDataOptions {
  help: boolean;
}

function describe(size: DemoSize): string {
  const scale = DEMO_SCALES[size];
  const n = (count: number) => count.toLocaleString('en-GB');
  return `${n(DEMO_SIZES[size])} volunteers, ${n(scale.members)} members, ${n(scale.groups)} groups, ${scale.years} years of sessions, ${n(scale.programmes.count)} one-to-one programmes`;
}

export const USAGE = `Writes a Peer Desk data folder full of sample data.

  npm run demo-data -- --out DIR [options]

  --out DIR       the data folder to write (required)
  --size SIZE     small, large or stress; default small
                    small:  ${describe('small')}
                    large:  ${describe('large')}
                    stress: ${describe('stress')}
  --seed N        a whole number; the same seed always gives the same people; default 1
  --today DATE    the day the data is "as of" (YYYY-MM-DD or dd/mm/yyyy); default today
  --area AREA     ${DEMO_AREAS.join(', ')}; default sheffield
  --force         replace Peer Desk data already in DIR (a backup of it is kept)
  --help          show this help`;

const MAX_SEED = 0xffffffff;

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node quotes the option as '--out <value>'; the placeholder means nothing to a coordinator.
  const option = /'(-{1,2}[^'\s]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Peer Desk's demo-data does not know the option ${option ?? ''}.`.replace(' .', '.');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option?.startsWith('--force') || option?.startsWith('--help') ? `${option} does not take a value.` : `${option ?? 'An option'} needs a value after it.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected "${/'([^']*)'/.exec(message)?.[1] ?? ''}": every value needs its option in front, like --out DIR.`;
  return message;
}

/** Reads `--size`, `--seed`, `--out`, `--today`, `--area`, `--force`. Throws UsageError with a plain message. */
export function parseDemoDataArgs(argv: readonly string[], defaultToday: string = todayIso()): DemoDataArgs {
  let values: { [k: string]: string | boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        size: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        area: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${describeParseError(error)} Run with --help to see the options.`);
  }
  const text = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const help = values.help === true;
  if (help) return { help, dataDir: '', size: 'small', seed: 1, today: defaultToday, force: false };

  const size = text('size') ?? 'small';
  if (!isDemoSize(size)) throw new UsageError(`--size must be ${DEMO_SIZE_NAMES.join(', ').replace(/, (\w+)$/, ' or $1')} (got "${size}").`);

  const seedText = text('seed') ?? '1';
  const seed = /^\d{1,10}$/.test(seedText) ? Number(seedText) : NaN;
  if (!Number.isSafeInteger(seed) || seed > MAX_SEED) {
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}, like 1 or 42 (got "${seedText}").`);
  }

  const todayText = text('today');
  const today = todayText === undefined ? defaultToday : parseUkDate(todayText);
  if (today === null) throw new UsageError(`--today must be a real date, like 2026-11-23 or 23/11/2026 (got "${todayText ?? ''}").`);

  const area = text('area') ?? 'sheffield';
  if (!isDemoArea(area)) throw new UsageError(`--area must be one of ${DEMO_AREAS.join(', ')} (got "${area}").`);

  const out = text('out');
  if (out === undefined || out === '') {
    throw new UsageError('Say which folder to write with --out, for example: npm run demo-data -- --out ./demo-data');
  }
  return { help, dataDir: out, size, seed, today, area, force: values.force === true };
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** People first, then what they take part in; anything else (audit entries) after. */
const COUNT_ORDER = ['volunteers', 'members', 'referrals', 'venues', 'groups', 'sessions', 'programmes', 'one-to-one sessions', 'travel buddy trips', 'questionnaires', 'grants'];

function formatCounts(counts: Record<string, number>): string {
  const rank = (what: string): number => (COUNT_ORDER.includes(what) ? COUNT_ORDER.indexOf(what) : COUNT_ORDER.length);
  const parts = Object.entries(counts)
    .filter(([what, n]) => n > 0 || COUNT_ORDER.includes(what))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([what, n]) => `${n.toLocaleString('en-GB')} ${what}`);
  return parts.length > 0 ? parts.join(', ') : 'no records';
}

/** The command line: returns the exit code (0 done, 1 refused or failed). */
export async function main(argv: readonly string[], output: Output = consoleOutput): Promise<number> {
  let args: DemoDataArgs;
  try {
    args = parseDemoDataArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(error.message);
      return 1;
    }
    throw error;
  }
  if (args.help) {
    output.out(USAGE);
    return 0;
  }
  try {
    const result = await writeDemoData(args);
    const replaced = result.replacedBackup ? ` Replaced the data that was there (backup: ${result.replacedBackup.name}).` : '';
    output.out(
      `Wrote ${args.size} sample data (seed ${args.seed}, as of ${args.today}): ${formatCounts(result.counts)} to ${result.dataDir} in ${formatDuration(result.elapsedMs)}.${replaced}`,
    );
    return 0;
  } catch (error) {
    // Refusals and store errors (folder in use, data from a newer version) carry plain
    // messages; anything else is a bug, and its stack is what a developer needs.
    const plain = error instanceof DemoDataRefusedError || error instanceof ApiError;
    output.err(plain ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
