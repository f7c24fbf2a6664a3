import { expect, guideScreenshot, test } from './support/fixtures';
import { SettingsPage } from './support/pages/settings';
import { WelcomeScreen } from './support/pages/welcome';

/**
 * The tour the user guide (docs/guide.md) takes, with the sample data: each main screen shows
 * what the guide says it shows, and its picture is taken here so the guide never goes stale.
 * The screens' own behaviour is tested in their specs; this checks the tour holds together.
 */

test.use({ viewport: { width: 1280, height: 800 } });

test('the guide’s tour of the main screens, with the sample data', async ({ page, peerDesk }) => {
  const welcome = await WelcomeScreen.open(page, peerDesk);
  await expect(welcome.startEmptyButton).toBeVisible();
  // The test's folder is a temporary one with a random name; the guide shows where Peer Desk
  // keeps its data on Windows, as most coordinators will see it, so the picture stays the same.
  const folder = page.getByText(/^Data folder: /);
  await expect(folder).toContainText(peerDesk.dataDir);
  await folder.evaluate((el) => (el.textContent = 'Data folder: C:\\Users\\Coordinator\\AppData\\Roaming\\Peer Desk\\data'));
  await guideScreenshot(page, 'welcome');

  const app = await welcome.loadSampleData();
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Print this week's sign-in sheets" })).toBeVisible();
  await guideScreenshot(page, 'home');

  await page.getByRole('main').getByRole('button', { name: 'Take register' }).first().click();
  await expect(app.heading(/^Register/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save register' })).toBeVisible();
  await guideScreenshot(page, 'register');

  await app.goTo('Volunteers');
  const count = page.getByText(/^Showing \d+ of 50 volunteers/);
  await expect(count).toBeVisible();
  await guideScreenshot(page, 'volunteers');
  const current = (await count.textContent()) ?? '';
  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await expect(count).not.toHaveText(current);
  const volunteer = page.locator('tbody tr').first().getByRole('link');
  const volunteerName = (await volunteer.textContent()) ?? '';
  await volunteer.click();
  await expect(app.heading(volunteerName)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'DBS' })).toBeVisible();
  await guideScreenshot(page, 'volunteer-profile');

  await app.goTo('Members');
  await expect(page.getByText(/^Showing \d+ of \d+ members/)).toBeVisible();
  await guideScreenshot(page, 'members');

  await app.goTo('Referrals');
  await expect(page.getByRole('button', { name: 'Add referral' })).toBeVisible();
  await guideScreenshot(page, 'referrals');

  await app.goTo('Programmes');
  await expect(page.getByText(/^\d+ open programmes/)).toBeVisible();
  await guideScreenshot(page, 'programmes');

  await app.goTo('Groups');
  const group = page.getByRole('main').getByRole('link').filter({ hasText: /\S/ }).first();
  const groupName = (await group.textContent()) ?? '';
  await group.click();
  await expect(app.heading(groupName)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next session' })).toBeVisible();
  await guideScreenshot(page, 'group');

  await app.goTo('Compliance');
  await expect(page.getByRole('button', { name: /Print/ }).first()).toBeVisible();
  await guideScreenshot(page, 'compliance');

  await app.goTo('Newsletters');
  await expect(page.getByRole('button', { name: /New newsletter|Start a newsletter/ })).toBeVisible();
  await guideScreenshot(page, 'newsletters');

  await app.goTo('Grants & reports');
  const grant = page.getByRole('main').getByRole('link').first();
  const grantName = (await grant.textContent()) ?? '';
  await grant.click();
  await expect(app.heading(grantName)).toBeVisible();
  await guideScreenshot(page, 'grant');

  // The list of sections, and the first of them.
  await SettingsPage.open(app, 'Organisation');
  await expect(page.getByLabel('Organisation name')).toHaveValue(/./);
  await guideScreenshot(page, 'settings');
});
