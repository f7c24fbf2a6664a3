import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { expect, expectAccessible, KEEP_SCREENS } from '../fixtures';
import { App } from './app';

/**
 * An axe scan at both text sizes and, with PEER_DESK_SCREENS=1, pictures of the screen to look
 * at — 1280 and 1024 wide, standard and large text. Leaves the window at 1280, standard text.
 */
export async function lookAtEverySize(page: Page, name: string): Promise<void> {
  for (const size of ['standard', 'large'] as const) {
    await page.evaluate((s) => (document.documentElement.dataset.textSize = s), size);
    await expectAccessible(page);
    if (!KEEP_SCREENS) continue;
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      // A dialog is pictured as the window shows it; a page, whole.
      const fullPage = (await page.locator('dialog[open]').count()) === 0;
      await page.screenshot({ path: path.join('test-results', 'screens', `${name}-${width}-${size}.png`), fullPage });
    }
  }
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'standard'));
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** One programme's record: its summary and counter, the session log, goals and their dialogs. */
export class ProgrammeRecord extends App {
  readonly summary: Locator;
  readonly sessions: Locator;
  readonly goals: Locator;

  constructor(page: Page) {
    super(page);
    this.summary = page.getByRole('region', { name: 'Summary' });
    this.sessions = page.getByRole('region', { name: 'Sessions' });
    this.goals = page.getByRole('region', { name: 'Goals' });
  }

  async expectCounter(counter: string): Promise<void> {
    await expect(this.summary.getByText(counter, { exact: true })).toBeVisible();
  }

  /** "Log a session" through its dialog: attended, in person unless said. */
  async logSession(date: string, how = 'In person', outcome = 'Attended'): Promise<void> {
    await this.sessions.getByRole('button', { name: 'Log a session' }).click();
    const dialog = this.dialog('Log a session');
    await dialog.getByLabel('Date', { exact: true }).fill(date);
    await dialog.getByRole('radio', { name: how }).check();
    await dialog.getByRole('radio', { name: outcome }).check();
    await dialog.getByRole('button', { name: 'Log session' }).click();
    await expect(dialog).toBeHidden();
  }
}
