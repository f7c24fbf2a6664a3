import { format } from 'date-fns';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { addVolunteer, field, goTo, startEmpty } from './support/tasks';

test.beforeEach(async ({ page, peerDesk }) => {
  await peerDesk.open(page);
  await startEmpty(page);
});

test('adds a volunteer: bad input is explained next to each field and nothing typed is lost', async ({ page }) => {
  await page.getByRole('button', { name: 'Add volunteer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add volunteer' })).toBeVisible();
  await expectAccessible(page);

  await field(page, 'Last name').fill('ap Gruffudd 🌻');
  await field(page, 'Email').fill('llyr@example');
  await field(page, 'Phone').fill('123');
  await field(page, 'Date of birth').fill('31/02/1990');
  await field(page, 'Postcode').fill('not a postcode');
  await field(page, 'Languages').fill('Cymraeg, English');
  await page.getByRole('button', { name: 'Save' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a first name',
    'Enter an email address in the right format, like name@example.com',
    'Enter a phone number, like 0114 496 0000 or 07700 900 982',
    'Enter a real postcode, like S1 2HE',
    'Enter the date of birth as dd/mm/yyyy, like 23/11/2026',
  ]);
  await expect(field(page, 'First name')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Email')).toHaveAccessibleDescription(/right format/);
  await expect(field(page, 'Last name')).toHaveValue('ap Gruffudd 🌻');
  await expect(field(page, 'Date of birth')).toHaveValue('31/02/1990');
  await expect(field(page, 'Languages')).toHaveValue('Cymraeg, English');
  await expectAccessible(page);
  await keepScreenshot(page, 'volunteer-form-errors');

  // Too young is refused with the rule in plain words.
  await field(page, 'Date of birth').fill('01/01/2015');
  await field(page, 'First name').fill('Llŷr');
  await field(page, 'Email').fill('llyr@example.org');
  await field(page, 'Phone').fill('07700 900123');
  await field(page, 'Postcode').fill('s1 2he');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A volunteer must be 16 or over').first()).toBeVisible();

  await field(page, 'Date of birth').fill('07/03/1985');
  await page.getByLabel('Peer group facilitator').check();
  await page.getByLabel('Tuesday morning').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Llŷr ap Gruffudd 🌻' })).toBeVisible();
  await expect(page.getByRole('status').getByText('Saved Llŷr ap Gruffudd 🌻')).toBeVisible();
  await expect(page.getByText('S1 2HE')).toBeVisible();
  await expect(page.getByText('07/03/1985')).toBeVisible();
  await expect(page.getByText('Tuesday morning')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'volunteer-profile');
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

test('moves a volunteer through the pipeline, records leaving, and keeps the history', async ({ page }) => {
  const today = format(new Date(), 'dd/MM/yyyy');
  await addVolunteer(page, { first: 'Chidinma', last: 'Okonkwo' });
  await page.getByRole('button', { name: 'Change status' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Status', { exact: true }).selectOption('training');
  await expect(dialog.getByLabel('Date of change')).toHaveValue(today);
  await dialog.getByLabel('Note (optional)').fill('Started the Foundation course');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect(page.getByRole('status').getByText('status is now Training')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
  await expect(page.getByText('Started the Foundation course')).toBeVisible();

  await page.getByRole('button', { name: 'Record leaving' }).click();
  await dialog.getByRole('button', { name: 'Record leaving' }).click();
  await expect(dialog.getByText('Enter the reason for leaving')).toBeVisible();
  // A date before the last change would make the history read backwards.
  await dialog.getByLabel('Date they left').fill('01/01/2020');
  await dialog.getByLabel('Reason for leaving').fill('Moved to Cardiff');
  await dialog.getByRole('button', { name: 'Record leaving' }).click();
  await expect(dialog.getByText(/Enter a date on or after/)).toBeVisible();
  await dialog.getByLabel('Date they left').fill(today);
  await dialog.getByRole('button', { name: 'Record leaving' }).click();
  await expect(page.getByText(`Left on ${today}: Moved to Cardiff. Their record is kept.`)).toBeVisible();
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Status history' }) });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText(`Left from ${format(new Date(), 'EEE d MMM yyyy')}`);
  await expectAccessible(page);
  await keepScreenshot(page, 'volunteer-left');

  await goTo(page, 'Volunteers');
  await page.getByLabel('Status', { exact: true }).selectOption('current');
  await expect(page.getByText('Showing 0 of 1 volunteers')).toBeVisible();
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
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Go back' }).click();
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
