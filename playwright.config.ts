import { defineConfig, devices } from '@playwright/test';

/**
 * E2E tests drive the built renderer through the browser harness. There is no webServer
 * here: each test starts its own harness on a fresh temporary data folder (see the
 * fixtures in tests/e2e), so tests never share records.
 *
 * Chromium is the Debian package at /usr/bin/chromium; `npx playwright install` is never
 * run (no downloads on these machines).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Playwright empties its output folder before each run; keeping it apart stops it from
  // deleting the unit-test report in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Every test has its own harness and data folder, so tests of one file can run side by side:
  // the two workers stay busy to the end instead of one finishing a long file alone.
  fullyParallel: true,
  workers: 2,
  // A test that only passes on a second try is a bug, not a pass.
  retries: 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
