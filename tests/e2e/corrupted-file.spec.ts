import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { goTo, loadSampleData } from './support/tasks';

test('a damaged volunteers file is kept aside, explained, and the latest backup restores the records', async ({ page, peerDesk }) => {
  await peerDesk.open(page);
  await loadSampleData(page);
  const count = (await page.getByText(/^Showing \d+ of (\d+) volunteers/).textContent())?.match(/of (\d+)/)?.[1];
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').getByText(/Backup made/)).toBeVisible();

  // The laptop loses power mid-save with some other program's writer: the file is cut short.
  await peerDesk.harness.stop();
  const file = path.join(peerDesk.dataDir, 'volunteers.json');
  const damaged = (await readFile(file, 'utf8')).slice(0, 5000);
  await writeFile(file, damaged);
  await peerDesk.restart();
  await peerDesk.open(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Some of your data could not be opened' })).toBeVisible();
  await expect(page.getByText('volunteers.json', { exact: true })).toBeVisible();
  await expect(page.getByText(/kept, unchanged, as volunteers\.corrupt-/)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'recovery');
  const aside = (await readdir(peerDesk.dataDir)).find((f) => f.startsWith('volunteers.corrupt-'));
  expect(aside).toBeTruthy();
  expect(await readFile(path.join(peerDesk.dataDir, aside!), 'utf8')).toBe(damaged);

  await page.getByRole('button', { name: 'Restore latest backup' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await goTo(page, 'Volunteers');
  await expect(page.getByText(`Showing ${count} of ${count} volunteers`)).toBeVisible();
});
