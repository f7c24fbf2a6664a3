import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCrashWriter, crashLoop, type RoundResult } from '../../crash/crash-loop';
import { useSandbox } from './helpers';

/**
 * Power-cut stand-in (see tests/crash/crash-loop.ts): a child saves, deletes, checkpoints,
 * backs up and restores at random and is killed with SIGKILL; every acknowledged action
 * must survive and the one in flight must be whole or absent. `npm run crash-test -- --kills N`
 * runs the same loop for longer.
 */

/** Two folders side by side, one child each: the machine has two cores and a child mostly waits on fsync. */
const LANES = 2;
const ROUNDS_PER_LANE = 26;
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
});
