import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { RecoveryScreen } from './support/pages/recovery';
import { startedEmpty, withSampleData } from './support/setup';

test('a damaged volunteers file is kept aside, explained, and the latest backup restores the records', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  const count = (await peerDesk.call<{ total: number }>('volunteers.list', {})).total;
  expect(count).toBeGreaterThan(0);
  await peerDesk.call('backups.create');

  // The laptop loses power mid-save with some other program's writer: the file is cut short.
  await peerDesk.harness.stop();
  const file = path.join(peerDesk.dataDir, 'volunteers.json');
  const damaged = (await readFile(file, 'utf8')).slice(0, 5000);
  await writeFile(file, damaged);
  await peerDesk.restart();
  const recovery = await RecoveryScreen.open(page, peerDesk);
  await expect(page.getByText('volunteers.json', { exact: true })).toBeVisible();
  await expect(page.getByText(/kept, unchanged, as volunteers\.corrupt-/)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'recovery');
  const aside = (await readdir(peerDesk.dataDir)).find((f) => f.startsWith('volunteers.corrupt-'));
  expect(aside).toBeTruthy();
  expect(await readFile(path.join(peerDesk.dataDir, aside!), 'utf8')).toBe(damaged);

  await page.getByRole('button', { name: 'Restore latest backup' }).click();
  await recovery.dialog().getByRole('button', { name: 'Restore backup' }).click();
  await expect(recovery.heading('This week')).toBeVisible();
  await recovery.goTo('Volunteers');
  await expect(page.getByText(new RegExp(`^Showing \\d+ of ${count} volunteers`))).toBeVisible();
});

test('a missing members file goes to the recovery screen, which says what is missing and never "kept as" nothing', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  await peerDesk.harness.stop();
  // Someone tidying the folder deletes a file; the folder's list still says what it held.
  await rm(path.join(peerDesk.dataDir, 'members.json'));
  await peerDesk.restart();
  await RecoveryScreen.open(page, peerDesk);
  const problem = page.locator('.notice--error').filter({ hasText: 'members.json' });
  await expect(problem).toHaveText(/^members\.json: The file is missing from the data folder\. It held [\d,]+ records when Peer Desk last saved it\.$/);
  await expect(page.getByText(/kept, unchanged/)).toHaveCount(0);
  await expect(page.getByText(/damaged file stays/)).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'recovery-missing-file');
});

test('a notice from opening the folder stays on every page until it is closed', async ({ page, peerDesk }) => {
  await startedEmpty(peerDesk);
  await peerDesk.harness.stop();
  // Peer Desk's own list of the data files is damaged: it is made again, and the coordinator told.
  await writeFile(path.join(peerDesk.dataDir, 'peerdesk-folder.json'), '{"version": 1, "docu');
  await peerDesk.restart();
  const app = await App.openAtHome(page, peerDesk);
  const notice = page.getByRole('status').filter({ hasText: 'was damaged' });
  await expect(notice).toContainText('Nothing was lost.');
  const close = notice.getByRole('button', { name: 'Close this message' });
  await expect(close).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'notice-home');

  await app.goTo('Volunteers');
  await expect(notice).toBeVisible();
  // The page's heading has focus after moving; the message sits just above it.
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(close).toBeFocused();
  await expect(close).toHaveCSS('outline-style', 'solid');
  await keepScreenshot(page, 'notice-focused');
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteers' })).toBeFocused();
  await app.goTo('Home');
  await expect(page.getByText('was damaged')).toHaveCount(0);
});
