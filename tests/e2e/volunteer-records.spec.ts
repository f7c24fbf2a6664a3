import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { addVolunteer, field, goTo, startEmpty } from './support/tasks';

test.beforeEach(async ({ page, peerDesk }) => {
  await peerDesk.open(page);
  await startEmpty(page);
});

test('edits a volunteer, then finds them by search, filter and sort', async ({ page }) => {
  await addVolunteer(page, { first: 'Siân', last: 'Llewelyn', email: 'sian@example.org', phone: '07700 900111' });
  await addVolunteer(page, { first: 'Łukasz', last: 'Wróbel', phone: '0114 496 0222' });

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Łukasz Wróbel' })).toBeVisible();
  await field(page, 'Email').fill('lukasz@example.org');
  await page.getByLabel('Paid', { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('lukasz@example.org')).toBeVisible();

  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 2 of 2 volunteers')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search volunteers' });
  await search.fill('sian');
  await expect(page.getByText('Showing 1 of 2 volunteers')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Siân Llewelyn' })).toBeVisible();
  await search.fill('0114 496');
  await expect(page.getByRole('link', { name: 'Łukasz Wróbel' })).toBeVisible();
  await search.fill('');
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Workforce type').selectOption('paid');
  await expect(page.getByText('Showing 1 of 2 volunteers')).toBeVisible();
  await page.getByLabel('Workforce type').selectOption('');
  await page.getByLabel('Sort by').selectOption({ label: 'Name (Z to A)' });
  await expect(page.locator('tbody tr').first()).toContainText('Łukasz Wróbel');
  await expectAccessible(page);
  await keepScreenshot(page, 'volunteers-list');

  await page.getByRole('searchbox', { name: 'Search volunteers' }).fill('nobody like this');
  await expect(page.getByText('No volunteers match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByText('Showing 2 of 2 volunteers')).toBeVisible();
});

test('warns about a possible duplicate before saving', async ({ page }) => {
  await addVolunteer(page, { first: 'Priya', last: 'Sharma', email: 'priya@example.org' });
  await goTo(page, 'Volunteers');
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await field(page, 'First name').fill('Priya');
  await field(page, 'Last name').fill('Sharma');
  await field(page, 'Email').fill('PRIYA@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'This may be someone already on record' });
  await expect(dialog).toContainText('Priya Sharma has the same name and email');
  await expect(dialog.getByRole('button', { name: 'Go back' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
  await expect(field(page, 'Email')).toHaveValue('PRIYA@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Sharma' })).toBeVisible();
  await goTo(page, 'Volunteers');
  await expect(page.getByText('Showing 2 of 2 volunteers')).toBeVisible();
});

test('deletes only after confirmation, and the audit log says who and when but not what was deleted', async ({ page }) => {
  await addVolunteer(page, { first: 'Kwame', last: 'Mensah', email: 'kwame@example.org' });
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Kwame Mensah?' });
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kwame Mensah' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(page.getByRole('status').getByText('Deleted the record of Kwame Mensah')).toBeVisible();
  await expect(page.getByText('Showing 0 of 0 volunteers')).toBeVisible();

  await goTo(page, 'Audit log');
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toContainText('Deleted a volunteer record');
  await expect(rows.nth(1)).toContainText('Added a volunteer record');
  const log = page.getByRole('table', { name: 'Changes, newest first' });
  await expect(log).not.toContainText('Kwame');
  await expect(log).not.toContainText('kwame@example.org');
  await expectAccessible(page);
  await keepScreenshot(page, 'audit-log');
});

test('Back while a form has typed work asks first; staying keeps every word', async ({ page }) => {
  await addVolunteer(page, { first: 'Siân', last: 'Llewelyn' });
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Siân Llewelyn' })).toBeVisible();
  await field(page, 'Email').fill('sian.llewelyn@example.cymru');

  await page.goBack();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Siân Llewelyn' })).toBeVisible();
  await expect(field(page, 'Email')).toHaveValue('sian.llewelyn@example.cymru');

  await page.goBack();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Siân Llewelyn' })).toBeVisible();
  await expect(page.getByText('sian.llewelyn@example.cymru')).toHaveCount(0);
});
