import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { describeSizes, FIRST_SCREEN_BUDGET, manifestPath, measureBuild } from '../../scripts/first-screen-size';

/**
 * Reads the build the end-to-end tests run against (`npm test` and `npm run test:e2e` build
 * the renderer just before), so it never measures a stale one and never builds again. No
 * browser is started. Details and a command to run it alone: scripts/first-screen-size.ts.
 */
test('each first screen (Home, welcome, recovery) loads at most 300 kB of JavaScript', () => {
  expect(existsSync(manifestPath()), 'dist/renderer has no Vite manifest: run npm run build:renderer').toBe(true);
  const sizes = measureBuild();
  const report = describeSizes(sizes);
  console.log(report);
  for (const { screen, bytes } of sizes) expect(bytes, `${screen}\n${report}`).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
});
