import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { startHarness, type RunningHarness } from './harness';

export interface PeerDesk {
  dataDir: string;
  harness: RunningHarness;
  /** Opens the app in the page (the token travels in the address). */
  open(page: Page): Promise<void>;
  /** Stops and starts the harness on the same folder (like closing and reopening the app). */
  restart(): Promise<void>;
  /** Calls the API directly, for setting up what a test is not about. Throws on an error envelope. */
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
}

interface Options {
  /** Runs on the empty data folder before the harness starts: write broken files, demo data… */
  prepareData: ((dataDir: string) => Promise<void>) | undefined;
}

/** Each test gets its own data folder and harness, so no test sees another's records. */
export const test = base.extend<Options & { peerDesk: PeerDesk }>({
  prepareData: [undefined, { option: true }],
  peerDesk: async ({ prepareData }, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-e2e-'));
    if (prepareData) await prepareData(dataDir);
    let harness = await startHarness(dataDir);
    const desk: PeerDesk = {
      dataDir,
      get harness() {
        return harness;
      },
      open: async (page) => {
        await page.goto(harness.url);
      },
      restart: async () => {
        await harness.stop();
        harness = await startHarness(dataDir);
      },
      call: async <T,>(name: string, input?: unknown): Promise<T> => {
        const response = await fetch(`${harness.origin}/api/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-peer-desk-token': harness.token },
          body: JSON.stringify(input ?? {}),
        });
        const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        return result.value;
      },
    };
    await use(desk);
    await harness.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** axe-core as @axe-core/playwright installs it (the same version AxeBuilder would inject). */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/**
 * Zero axe violations at WCAG 2.2 AA (and axe's best practices) on what the page shows now.
 * Call it once for each screen state (a page, a page showing its errors, a dialog…), not
 * again for one already scanned.
 *
 * axe runs in the page in one go, as AxeBuilder's legacy mode does, and is put into the page
 * once per load rather than before every scan: a scan takes a third of AxeBuilder's default
 * (which runs axe in parts and finishes in a second, blank page, for cross-origin frames;
 * Peer Desk has no frames).
 */
export async function expectAccessible(page: Page): Promise<void> {
  // A page still saying "Loading…" (just navigated to, its record not back yet) has no h1 yet:
  // scanning it then fails on the loading state, not the page, depending on the machine's load.
  await expect(page.locator('h1').first()).toBeAttached();
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  const summary = violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help}\n  ${v.targets.join('\n  ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Keeps a full-page picture of each screen for people to look at (test-results/screens). */
/** Where the user guide's pictures live (docs/guide.md links them). */
export const GUIDE_SCREENSHOTS = 'docs/screenshots';

/**
 * A picture for the user guide, docs/guide.md: what a coordinator sees in a 1280 × 800 window,
 * made fresh by every E2E run so the guide never shows an old screen.
 */
export async function guideScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(GUIDE_SCREENSHOTS, `${name}.png`), fullPage: false, animations: 'disabled', caret: 'hide' });
}

/**
 * Pictures of screens for a person to look at (test-results/screens). They cost a few seconds a
 * test, so `npm test` leaves them out; `npm run test:screens` (PEER_DESK_SCREENS=1) makes them.
 */
export const KEEP_SCREENS = process.env.PEER_DESK_SCREENS === '1';

export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (!KEEP_SCREENS) return;
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`), fullPage: true });
}
