import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { WelcomeScreen } from './support/pages/welcome';

test('loads sample data and explores it: filters, a profile, and the audit log', async ({ page, peerDesk }) => {
  const welcome = await WelcomeScreen.open(page, peerDesk);
  const app = await welcome.loadSampleData();
  await app.goTo('Volunteers');
  // Current volunteers first: the leavers are out of the way until asked for.
  const count = page.getByText(/^Showing \d+ of 50 volunteers/);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('current');
  await expect(count).toBeVisible();
  await expect(count).not.toHaveText('Showing 50 of 50 volunteers');
  for (const row of await page.locator('tbody tr').all()) await expect(row).not.toContainText('Left');
  await expect(page.getByRole('banner')).toContainText('(sample data)');
  await keepScreenshot(page, 'sample-volunteers');
  await page.getByLabel('Status', { exact: true }).selectOption('all');
  await expect(count).toHaveText('Showing 50 of 50 volunteers');

  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Role').selectOption({ label: 'Trustee' });
  await expect(count).not.toHaveText('Showing 50 of 50 volunteers');
  const trustees = Number((await page.getByText(/^Showing \d+ of 50 volunteers/).textContent())?.match(/Showing (\d+)/)?.[1]);
  expect(trustees).toBeGreaterThan(0);
  expect(trustees).toBeLessThan(50);
  await expect(page.locator('tbody tr')).toHaveCount(trustees);
  for (const row of await page.locator('tbody tr').all()) await expect(row).toContainText('Trustee');

  await page.getByLabel('Role').selectOption('');
  await expect(count).toHaveText('Showing 50 of 50 volunteers');
  await page.getByLabel('Status', { exact: true }).selectOption('left');
  await expect(count).not.toHaveText('Showing 50 of 50 volunteers');
  for (const row of await page.locator('tbody tr').all()) await expect(row).toContainText('Left');
  const firstLeaver = page.locator('tbody tr').first().getByRole('link');
  const name = (await firstLeaver.textContent()) ?? '';
  await firstLeaver.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(/^Left on \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'sample-profile-leaver');

  // Back to the list keeps the search and filters the coordinator set.
  await page.getByRole('link', { name: 'Back to volunteers' }).click();
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('left');

  await app.goTo('Audit log');
  await expect(page.getByText('Loaded sample data (50 volunteers)')).toBeVisible();
});
