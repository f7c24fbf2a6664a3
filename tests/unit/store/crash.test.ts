import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCrashWriter, crashLoop, type RoundResult } from '../../crash/crash-loop';
import { readKeyFile } from '../../../electron/protection/key-file';
import { useSandbox } from './helpers';

/**
 * Power-cut stand-in (see tests/crash/crash-loop.ts): a child saves, deletes, checkpoints,
 * backs up and restores at random and is killed with SIGKILL; every acknowledged action
 * must survive and the one in flight must be whole or absent. `npm run crash-test -- --kills N`
 * runs the same loop for longer.
 */

/** Two folders side by side, one child each: the machine has two cores and a child mostly waits on fsync. */
const LANES = 2;
const ROUNDS_PER_LANE = 18;
const PROTECTED_ROUNDS = 8;
/** In each, the child saves for over a second with nobody reading: far more lines than a pipe holds. */
const STALLED_ROUNDS = 2;
const sandbox = useSandbox();
let bundleDir: string;
let writer: string;

beforeAll(async () => {
  bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-bundle-'));
  writer = await bundleCrashWriter(bundleDir);
});
afterAll(async () => {
  await fs.rm(bundleDir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it(`never loses an acknowledged action or half-applies one across ${LANES * ROUNDS_PER_LANE} kills`, { timeout: 120_000 }, async () => {
    const dirs = await Promise.all(Array.from({ length: LANES }, () => sandbox.tempDir()));
    const results: RoundResult[] = (await Promise.all(dirs.map((dataDir, lane) => crashLoop({ dataDir, writer, rounds: ROUNDS_PER_LANE, seed: Date.now() + lane })))).flat();
    expect(results).toHaveLength(LANES * ROUNDS_PER_LANE);
    const acknowledged = results.reduce((n, r) => n + r.acknowledged, 0);
    expect(acknowledged).toBeGreaterThan(LANES * ROUNDS_PER_LANE);
    const inFlight = new Map<string, number>();
    for (const r of results) if (r.inFlight) inFlight.set(r.inFlight, (inFlight.get(r.inFlight) ?? 0) + 1);
    // Not asserted (it depends on timing), but shows where the kills landed.
    console.info(`crash test: ${results.length} kills, ${acknowledged} acknowledged actions; killed during ${[...inFlight].map(([k, n]) => `${k} ×${n}`).join(', ')}; in-flight action had landed ${results.filter((r) => r.inFlightLanded).length} times`);
  });

  // On a loaded machine the parent may not read for a while: the child must not run ahead of
  // what it has told the parent, or its last acknowledgements die with it — a sound folder then
  // looks as if saves were lost, and a store that had lost exactly those saves would pass.
  it('hears every acknowledgement the child gave before the kill, even when the parent stops reading', { timeout: 60_000 }, async () => {
    const dataDir = await sandbox.tempDir();
    const results = await crashLoop({ dataDir, writer, rounds: STALLED_ROUNDS, seed: Date.now(), stallParentMs: 1_200 });
    expect(results).toHaveLength(STALLED_ROUNDS);
  });

  // Protection on from the start (saves sealed) in one folder; turned on and off at random in the other, so kills land inside conversions.
  it(`keeps every acknowledged action with protection on, and while it is turned on and off, across ${2 * PROTECTED_ROUNDS} kills`, { timeout: 120_000 }, async () => {
    const [on, toggle] = await Promise.all([sandbox.tempDir(), sandbox.tempDir()]);
    const results = await Promise.all([
      crashLoop({ dataDir: on, writer, rounds: PROTECTED_ROUNDS, seed: Date.now(), protection: 'on' }),
      crashLoop({ dataDir: toggle, writer, rounds: PROTECTED_ROUNDS, seed: Date.now() + 1, protection: 'toggle' }),
    ]);
    expect(results.flat()).toHaveLength(2 * PROTECTED_ROUNDS);
    expect((await readKeyFile(on))?.state).toBe('on');
    const conversions = results[1].filter((r) => r.inFlight === 'protect' || r.inFlight === 'unprotect').length;
    console.info(`crash test with protection: ${results.flat().length} kills, ${conversions} during turning protection on or off`);
  });
});
