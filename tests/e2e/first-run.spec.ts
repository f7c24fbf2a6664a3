import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { SettingsPage } from './support/pages/settings';
import { WelcomeScreen } from './support/pages/welcome';

test('a coordinator starts empty, names the organisation and switches to large text', async ({ page, peerDesk }) => {
  const welcome = await WelcomeScreen.open(page, peerDesk);
  await expectAccessible(page);
  await keepScreenshot(page, 'welcome');

  // Starting empty asks who the coordinator is and what the organisation is called, first.
  await welcome.startEmptyButton.click();
  await expect(welcome.field('Your name')).toBeFocused();
  await expect(page.getByText('Enter your name, so the audit log says who made each change')).toBeVisible();
  await expect(page.getByText('Enter your organisation’s name, as it should appear on rosters and reports')).toBeVisible();
  await expectAccessible(page);
  const app = await welcome.startEmpty({ yourName: 'Rhiannon Price', organisation: 'Helping One Another' });
  await expect(page.getByRole('banner')).toContainText('Helping One Another');
  // Home leads a new coordinator through what is left to set up.
  const steps = page.getByRole('region', { name: 'Getting started: 3 steps to go' });
  await expect(steps.getByRole('link')).toHaveText(['Add a venue', 'Add a group', 'Import them from a spreadsheet']);
  await expectAccessible(page);
  await app.goTo('Volunteers');
  await expect(page.getByText('No volunteers yet.')).toBeVisible();
  await expect(page.getByText('Showing 0 of 0 volunteers')).toBeVisible();
  await expectAccessible(page);

  const settings = await SettingsPage.open(app, 'Organisation');
  await page.getByLabel('Organisation name').fill('Helping One Another – Sheffield');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.status('Settings saved')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Helping One Another – Sheffield');
  await settings.showSection('Data & backups');
  await expect(page.getByText(peerDesk.dataDir)).toBeVisible();
  // The audit log names the coordinator, not the computer's login.
  await app.goTo('Audit log');
  await expect(page.locator('tbody tr').first()).toContainText('Rhiannon Price');
  await SettingsPage.open(app, 'Text size');

  const before = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  await page.getByLabel('Large', { exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const after = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-large-text');

  // The choice is kept: it is a setting, not a page state.
  await peerDesk.restart();
  await peerDesk.open(page);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
});

test('works with the keyboard alone: skip link, navigation and visible focus', async ({ page, peerDesk }) => {
  const welcome = await WelcomeScreen.open(page, peerDesk);
  await expect(welcome.heading('Welcome to Peer Desk')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(welcome.field('Your name')).toBeFocused();
  await page.keyboard.type('Siân ap Gruffudd');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Grŵp Cymorth Cymheiriaid');
  await page.keyboard.press('Tab');
  await expect(welcome.startEmptyButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();

  // Opening the app afresh: the skip link is the first stop.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = await nav.getByRole('link').count();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
  // Focus is visible: the focused link has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  // Past the links on the menu's line, "More" opens the rest; Settings is the last of them.
  for (let i = 1; i < links; i++) await page.keyboard.press('Tab');
  const more = nav.getByRole('button', { name: 'More' });
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  const under = await nav.getByRole('link').count();
  for (let i = links; i < under; i++) await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  for (let i = 0; i < links + 2; i++) await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the menu stays on one line in a 1024 px window with large text; the rest is under "More"', async ({ page, peerDesk }) => {
  await peerDesk.call('system.loadSampleData');
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await App.openAtHome(page, peerDesk);
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'large'));
  const nav = app.menu;
  const more = nav.getByRole('button', { name: 'More' });
  await expect(more).toBeVisible();
  // One line: every visible item shares the top of the first.
  const tops = await nav.locator(':scope > ul > li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  // Nothing in the header (its hidden measuring copy included) makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await app.goTo('Compliance');
  await expect(more).toHaveClass(/is-current/);
  await more.click();
  await expect(nav.getByRole('link', { name: 'Compliance' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden();

  // A record shows without scrolling on the people lists.
  for (const list of ['Volunteers', 'Members'] as const) {
    await app.goTo(list);
    await expect(page.locator('main table tbody tr').first()).toBeInViewport();
  }
});
