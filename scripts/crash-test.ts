import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleCrashWriter, crashLoop, type RoundResult } from '../tests/crash/crash-loop';
import { CRASH_PROTECTIONS, type CrashProtection } from '../tests/crash/crash-protection';

/**
 * `npm run crash-test -- --kills N [--lanes 2] [--protection off|on|toggle] [--seed N] [--stall MS] [--keep]`:
 * the crash test at length. Each lane is one data folder with a child process saving, deleting,
 * checkpointing, backing up and restoring at random, killed with SIGKILL N / lanes times;
 * after every kill the folder is opened and checked. With --protection on the folder is
 * encrypted from the start; with toggle, protection is also turned on and off at random.
 * Stops at the first failure with the folder kept for inspection. A failure names its lane's
 * seed: `--seed N --lanes 1` makes the same choices again (the kills land where the machine's
 * speed puts them). `--stall MS` holds the parent still for MS after each child is ready, as a
 * loaded machine does.
 */
const { values } = parseArgs({
  options: { kills: { type: 'string', default: '200' }, lanes: { type: 'string', default: '2' }, protection: { type: 'string', default: 'off' }, seed: { type: 'string' }, stall: { type: 'string', default: '0' }, keep: { type: 'boolean', default: false } },
});
const kills = Number(values.kills);
const lanes = Math.max(1, Number(values.lanes));
const protection = values.protection as CrashProtection;
const seed = values.seed === undefined ? Date.now() : Number(values.seed);
const stallParentMs = Number(values.stall);
if (!Number.isInteger(kills) || kills < 1 || !CRASH_PROTECTIONS.includes(protection) || !Number.isSafeInteger(seed) || !(stallParentMs >= 0)) {
  console.error('Usage: npm run crash-test -- --kills N [--lanes 2] [--protection off|on|toggle] [--seed N] [--stall MS] [--keep]');
  process.exit(2);
}

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-crash-'));
const writer = await bundleCrashWriter(work);
const started = performance.now();
let done = 0;
const all: RoundResult[] = [];
try {
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const dataDir = path.join(work, `lane-${lane + 1}`);
      await fs.mkdir(dataDir);
      const rounds = Math.ceil(kills / lanes) - (lane < (lanes - (kills % lanes)) % lanes ? 1 : 0);
      const results = await crashLoop({
        dataDir,
        writer,
        rounds,
        seed: seed + lane,
        protection,
        stallParentMs,
        onRound: () => {
          done += 1;
          if (done % 50 === 0) console.log(`${done} kills checked…`);
        },
      });
      all.push(...results);
    }),
  );
} catch (error) {
  console.error(`FAILED after ${done} kills: ${(error as Error).message}`);
  console.error(`The folders are kept in ${work}`);
  process.exit(1);
}
const byAction = new Map<string, { kills: number; landed: number }>();
for (const r of all) {
  const key = r.inFlight ?? 'nothing (between two actions)';
  const entry = byAction.get(key) ?? { kills: 0, landed: 0 };
  entry.kills += 1;
  if (r.inFlightLanded) entry.landed += 1;
  byAction.set(key, entry);
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`${all.length} kills in ${seconds} s (protection ${protection}), all checked: ${all.reduce((n, r) => n + r.acknowledged, 0)} acknowledged actions, none lost, none half-applied.`);
for (const [action, { kills: k, landed }] of [...byAction].sort((a, b) => b[1].kills - a[1].kills)) {
  console.log(`  killed during ${action}: ${k} (${landed} had already taken effect)`);
}
if (!values.keep) await fs.rm(work, { recursive: true, force: true });
else console.log(`Folders kept in ${work}`);
