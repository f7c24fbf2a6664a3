import { SETTINGS_SECTIONS } from '../../renderer/pages/settings/settings-sections';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { SettingsPage } from './support/pages/settings';
import { withSampleData } from './support/setup';

test('each section of Settings has its own address, is marked in the list and passes axe', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  // Plain Settings (the main menu) opens the first section, in place of the bare address,
  // so Back goes to the page before rather than bouncing here again.
  await app.goTo('Settings');
  await expect(page).toHaveURL(/#\/settings\/organisation$/);
  const settings = new SettingsPage(page);
  await expect(settings.sectionLink('Organisation')).toHaveAttribute('aria-current', 'page');

  for (const s of SETTINGS_SECTIONS) {
    await settings.showSection(s.label);
    await expect(page).toHaveURL(new RegExp(`#/settings/${s.slug}$`));
    await expect(settings.sections.getByRole('link')).toHaveCount(SETTINGS_SECTIONS.length);
    await expect(settings.sections.locator('[aria-current="page"]')).toHaveText(s.label);
    await expect(page).toHaveTitle(`${s.label} – Settings – Peer Desk`);
    await expectAccessible(page);
    await keepScreenshot(page, `settings-${s.slug}`);
  }

  // Back goes to the section shown before the last.
  const before = SETTINGS_SECTIONS[SETTINGS_SECTIONS.length - 2]!;
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/settings/${before.slug}$`));
  await expect(settings.section(before.label)).toBeVisible();

  // An address from elsewhere in the app opens its section straight away.
  await app.visit('/settings/funder-reports', 'Settings');
  await expect(settings.section('Funder reports')).toBeVisible();
});

test('a 1024 px window with large text keeps the list of sections beside each one, in view', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  await peerDesk.call('settings.update', { textSize: 'large' });
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await App.openAtHome(page, peerDesk);
  const settings = await SettingsPage.open(app, 'Organisation');
  for (const s of SETTINGS_SECTIONS) {
    await settings.showSection(s.label);
    const list = await settings.sections.boundingBox();
    const heading = await page.getByRole('heading', { level: 2, name: s.label, exact: true }).boundingBox();
    expect(list && heading && list.x + list.width <= heading.x, 'the list is to the left of the section').toBe(true);
    await expect(settings.sectionLink('Data & backups')).toBeInViewport();
    await keepScreenshot(page, `settings-${s.slug}-large`);
  }
  // Down a long section the list stays in view.
  await settings.showSection('Compliance rules');
  await page.getByRole('button', { name: 'Save compliance rules' }).scrollIntoViewIfNeeded();
  await expect(settings.sectionLink('Organisation')).toBeInViewport();
});

test('the sections work with the keyboard: each link a Tab stop, and choosing one moves focus to its heading', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  await app.goTo('Settings');
  await expect(app.heading('Settings')).toBeFocused();
  const settings = new SettingsPage(page);
  await page.keyboard.press('Tab');
  await expect(settings.sectionLink('Organisation')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(settings.sectionLink('Text size')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Text size' })).toBeFocused();
  await expect(page).toHaveURL(/#\/settings\/text-size$/);
  // From the heading, the next Tab is the section's first control.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Standard', { exact: true })).toBeFocused();
});

test('leaving a section with unsaved changes asks first, by the main menu or another section', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  const { prepMinutes } = await peerDesk.call<{ prepMinutes: number }>('settings.get');
  const settings = await SettingsPage.open(app, 'Groups & referrals');
  await page.getByLabel('Preparation time per session (minutes)').fill('45');

  await (await app.menuLink('Groups')).click();
  const discard = app.dialog('Discard your changes?');
  await expect(discard).toBeVisible();
  await expectAccessible(page);
  await discard.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/#\/settings\/groups-and-referrals$/);
  await expect(page.getByLabel('Preparation time per session (minutes)')).toHaveValue('45');

  await settings.sectionLink('Courses').click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(settings.section('Courses')).toBeVisible();
  expect((await peerDesk.call<{ prepMinutes: number }>('settings.get')).prepMinutes).toBe(prepMinutes);

  // Saved, it goes without asking.
  await settings.showSection('Groups & referrals');
  await page.getByLabel('Preparation time per session (minutes)').fill('45');
  await page.getByRole('button', { name: 'Save group settings' }).click();
  await expect(app.status('Settings saved')).toBeVisible();
  await settings.showSection('Data & backups');
  await expect(discard).toBeHidden();
  expect((await peerDesk.call<{ prepMinutes: number }>('settings.get')).prepMinutes).toBe(45);
});

test('programme kinds: added from a dialog that passes axe at large text, then archived and restored', async ({ page, peerDesk }) => {
  await withSampleData(peerDesk);
  await peerDesk.call('settings.update', { textSize: 'large' });
  await page.setViewportSize({ width: 1024, height: 768 });
  const app = await App.openAtHome(page, peerDesk);
  const settings = await SettingsPage.open(app, 'Programme kinds');
  const kinds = settings.section('Programme kinds').getByRole('table', { name: 'Programme kinds' });
  await expect(kinds.getByRole('row', { name: /^Peer coaching/ })).toContainText('10 planned');
  // The table fits beside the list of sections: its last button is not cut off.
  const lastButton = kinds.getByRole('button', { name: 'Archive Peer mentoring' });
  await lastButton.scrollIntoViewIfNeeded();
  await expect(lastButton).toBeInViewport({ ratio: 1 });

  await page.getByRole('button', { name: 'Add programme kind' }).click();
  const dialog = app.dialog('Add programme kind');
  await dialog.getByLabel('Name').fill('Recovery support');
  await dialog.getByLabel('Planned sessions').fill('ten');
  await dialog.getByRole('button', { name: 'Add programme kind' }).click();
  await expect(dialog.getByText('Choose at least one role that may deliver it')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-programme-kind-dialog-large');

  await dialog.getByLabel('Planned sessions').fill('8');
  await dialog.getByLabel('1-1 peer supporter').check();
  await dialog.getByLabel('Youngest age (optional)').fill('50');
  await dialog.getByRole('button', { name: 'Add programme kind' }).click();
  await expect(app.status('Added Recovery support')).toBeVisible();
  await expect(kinds.getByRole('row', { name: /^Recovery support/ })).toContainText('Ages: 50 and over');

  await page.getByRole('button', { name: 'Archive Recovery support' }).click();
  await expect(kinds.getByRole('row', { name: /^Recovery support/ })).toContainText('Archived');
  await page.getByRole('button', { name: 'Restore Recovery support' }).click();
  await expect(page.getByRole('button', { name: 'Archive Recovery support' })).toBeVisible();
  const stored = await peerDesk.call<{ name: string; archived?: boolean; minAge?: number }[]>('programmes.kinds');
  const added = stored.find((k) => k.name === 'Recovery support');
  expect(added?.minAge).toBe(50);
  expect(added?.archived ?? false).toBe(false);
});
