import { addDays, format } from 'date-fns';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { openApp, openList, openPerson, seedMember, seedVolunteer } from './support/people';
import { field } from './support/tasks';

const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const today = uk(new Date());

function tab(page: Page, name: string) {
  return page.getByRole('tab', { name });
}

test('edits a member, then finds them by search, filters and sort', async ({ page, peerDesk }) => {
  const chidi = await seedVolunteer(peerDesk, 'Chidi', 'Okafor');
  await seedMember(peerDesk, { firstName: 'Aoife', lastName: 'Ní Bhriain', email: 'aoife@example.org', keyContactId: chidi.id, joinedDate: '2025-09-01', newsletter: 'large-print' });
  await seedMember(peerDesk, { firstName: 'Tomasz', lastName: 'Nowak', newsletter: 'email' });
  await openPerson(page, peerDesk, 'Members', 'Aoife Ní Bhriain');

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Aoife Ní Bhriain' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Key contact' })).toContainText('Chidi Okafor');
  await field(page, 'Phone').fill('0114 496 0333');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('0114 496 0333')).toBeVisible();
  await tab(page, 'Changes to this record').click();
  await expect(page.getByRole('tabpanel').getByText('Changed Phone')).toBeVisible();

  await openList(page, 'Members');
  await expect(page.getByText('Showing 2 of 2 members')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search members' });
  await search.fill('aoife');
  await expect(page.getByText('Showing 1 of 2 members')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aoife Ní Bhriain' })).toBeVisible();
  await search.fill('0114 496');
  await expect(page.getByText('Showing 1 of 2 members')).toBeVisible();
  await search.fill('');
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Newsletter', { exact: true }).selectOption({ label: 'By email' });
  await expect(page.getByText('Showing 1 of 2 members')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tomasz Nowak' })).toBeVisible();
  await page.getByLabel('Newsletter', { exact: true }).selectOption('');
  await page.getByRole('searchbox', { name: 'Key contact' }).fill('okafor');
  await page.getByRole('button', { name: 'Choose Chidi Okafor' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('Aoife Ní Bhriain');
  await page.getByRole('button', { name: 'Clear key contact filter' }).click();
  await page.getByLabel('Sort by').selectOption({ label: 'Date joined (oldest first)' });
  await expect(page.locator('tbody tr').first()).toContainText('Aoife Ní Bhriain');
  await expectAccessible(page);
  await keepScreenshot(page, 'members-list');

  await search.fill('nobody like this');
  await expect(page.getByText('No members match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByText('Showing 2 of 2 members')).toBeVisible();
});

test('filters the list by a key contact found by typing their name, with the keyboard alone, and clears it', async ({ page, peerDesk }) => {
  const chidi = await seedVolunteer(peerDesk, 'Chidi', 'Okafor');
  const chiara = await seedVolunteer(peerDesk, 'Chiara', 'Rossi');
  await seedVolunteer(peerDesk, 'Ben', 'Adams');
  await seedMember(peerDesk, { firstName: 'Aoife', lastName: 'Ní Bhriain', keyContactId: chidi.id });
  await seedMember(peerDesk, { firstName: 'Tomasz', lastName: 'Nowak', keyContactId: chiara.id });
  await seedMember(peerDesk, { firstName: 'Eluned', lastName: 'Prys' });
  await peerDesk.call('volunteers.changeStatus', { id: chiara.id, status: 'left', date: format(new Date(), 'yyyy-MM-dd'), reason: 'Moved away' });
  // The list finds volunteers by searching; it never asks for every volunteer at once.
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) calls.push(decodeURIComponent(r.url().split('/api/')[1] ?? ''));
  });
  await openApp(page, peerDesk);
  await openList(page, 'Members');
  await expect(page.getByText('Showing 3 of 3 members')).toBeVisible();

  const filters = page.getByRole('search', { name: 'Search and filter members' });
  await filters.getByRole('button', { name: 'More filters' }).click();
  const keyContact = filters.getByRole('searchbox', { name: 'Key contact' });
  await expect(keyContact).toHaveAccessibleDescription('Type a volunteer’s name');
  await keyContact.focus();
  await page.keyboard.type('zz');
  await expect(filters.getByText('No volunteers found.')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // Everyone who could be a key contact is found, a volunteer who has left marked as such.
  await page.keyboard.type('chi');
  const chooseChidi = filters.getByRole('button', { name: 'Choose Chidi Okafor' });
  await expect(chooseChidi).toBeVisible();
  await expect(filters.getByRole('listitem').filter({ hasText: 'Chiara Rossi' })).toContainText('(has left)');
  await expect(filters.getByRole('button', { name: /Choose Ben/ })).toHaveCount(0);
  await expect(page.getByText('Showing 3 of 3 members')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await expect(chooseChidi).toBeFocused();
  // Escape goes back to the search box.
  await page.keyboard.press('Escape');
  await expect(keyContact).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chooseChidi).toBeFocused();
  await page.keyboard.press('Enter');

  const clear = filters.getByRole('button', { name: 'Clear key contact filter' });
  await expect(clear).toBeFocused();
  await expect(clear).toHaveAccessibleDescription(/Chidi Okafor/);
  await expect(filters.getByRole('group', { name: 'Key contact' })).toContainText('Chidi Okafor');
  await expect(page.getByText('Showing 1 of 3 members')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('Aoife Ní Bhriain');
  await expectAccessible(page);

  // Kept on the way back from a record, and named again from the id alone.
  await page.getByRole('link', { name: 'Aoife Ní Bhriain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aoife Ní Bhriain' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to members' }).click();
  await expect(filters.getByRole('group', { name: 'Key contact' })).toContainText('Chidi Okafor');
  await expect(page.getByText('Showing 1 of 3 members')).toBeVisible();

  // Clearing shows everyone again, with the search ready for another name.
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(keyContact).toBeFocused();
  await expect(keyContact).toHaveValue('');
  await expect(page.getByText('Showing 3 of 3 members')).toBeVisible();

  // A key contact who has left can still be looked for.
  await page.keyboard.type('rossi');
  await filters.getByRole('button', { name: 'Choose Chiara Rossi' }).click();
  await expect(filters.getByRole('group', { name: 'Key contact' })).toContainText('Chiara Rossi (has left)');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('Tomasz Nowak');

  // Members with nobody as key contact: ticking it replaces the volunteer chosen.
  const nobody = filters.getByLabel('Only with no key contact');
  await nobody.check();
  await expect(filters.getByRole('group', { name: 'Key contact' })).toHaveCount(0);
  await expect(keyContact).toHaveValue('');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('Eluned Prys');
  await nobody.uncheck();
  await expect(page.getByText('Showing 3 of 3 members')).toBeVisible();

  expect(calls).toContain('volunteers.list');
  expect(calls).not.toContain('members.volunteerChoices');
});

test('a member whose key contact and volunteer record were deleted says so, fetching only those two', async ({ page, peerDesk }) => {
  const chidi = await seedVolunteer(peerDesk, 'Chidi', 'Okafor');
  const ben = await seedVolunteer(peerDesk, 'Ben', 'Adams');
  const eluned = await seedVolunteer(peerDesk, 'Eluned', 'Prys');
  await seedMember(peerDesk, { firstName: 'Aoife', lastName: 'Ní Bhriain', keyContactId: chidi.id, volunteerId: ben.id });
  await seedMember(peerDesk, { firstName: 'Eluned', lastName: 'Prys', keyContactId: chidi.id, volunteerId: eluned.id });
  await peerDesk.call('volunteers.delete', { id: ben.id });
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) calls.push(`${decodeURIComponent(r.url().split('/api/')[1] ?? '')} ${r.postData() ?? ''}`);
  });

  await openPerson(page, peerDesk, 'Members', 'Eluned Prys');
  await expect(page.getByText('Key contact: Chidi Okafor')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the volunteer record of Eluned Prys' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to members' }).click();

  await peerDesk.call('volunteers.delete', { id: chidi.id });
  calls.length = 0;
  await page.getByRole('link', { name: 'Aoife Ní Bhriain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aoife Ní Bhriain' })).toBeVisible();
  await expect(page.getByText('Key contact: A volunteer no longer on record')).toBeVisible();
  const support = page.getByRole('region', { name: 'Support', exact: true });
  await expect(support).toContainText('A volunteer no longer on record');
  await expect(support).toContainText('Their volunteer record is no longer on file');
  await expect(support.getByRole('link')).toHaveCount(0);
  await expectAccessible(page);
  const asked = calls.filter((c) => c.startsWith('volunteers.') || c.startsWith('members.volunteerChoices'));
  expect(asked.sort()).toEqual([`volunteers.get {"id":"${ben.id}"}`, `volunteers.get {"id":"${chidi.id}"}`].sort());
});

test('chooses a key contact and a linked volunteer record by searching, with the keyboard alone', async ({ page, peerDesk }) => {
  await seedVolunteer(peerDesk, 'Chidi', 'Okafor');
  const chiara = await seedVolunteer(peerDesk, 'Chiara', 'Rossi');
  await seedVolunteer(peerDesk, 'Ben', 'Adams');
  await seedMember(peerDesk, { firstName: 'Aoife', lastName: 'Ní Bhriain', keyContactId: chiara.id });
  await peerDesk.call('volunteers.changeStatus', { id: chiara.id, status: 'left', date: format(new Date(), 'yyyy-MM-dd'), reason: 'Moved away' });
  await openPerson(page, peerDesk, 'Members', 'Aoife Ní Bhriain');
  await page.getByRole('link', { name: 'Edit' }).click();

  // A key contact who has left stays on the record until someone else is chosen…
  const keyContact = page.getByRole('group', { name: 'Key contact' });
  await expect(keyContact).toContainText('Chiara Rossi (has left)');
  const change = page.getByRole('button', { name: 'Change key contact' });
  await change.focus();
  await page.keyboard.press('Enter');
  const search = field(page, 'Key contact');
  await expect(search).toBeFocused();
  await expect(search).toHaveAccessibleDescription(/Key contact now: Chiara Rossi \(has left\)/);
  // …but only current volunteers are offered.
  await page.keyboard.type('chi');
  await expect(page.getByRole('button', { name: 'Choose Chidi Okafor' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Choose Chiara/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose Chidi Okafor' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(change).toBeFocused();
  await expect(keyContact).toContainText('Chidi Okafor');

  // Removing it goes back to the search; choosing again from there.
  await page.getByRole('button', { name: 'Remove key contact' }).focus();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  // Their own volunteer record: any volunteer, found by name.
  const linked = field(page, 'Linked volunteer record');
  await linked.focus();
  await page.keyboard.type('adams');
  // As a keyboard user would, wait for the result to be announced before tabbing to it.
  await expect(page.getByRole('button', { name: 'Choose Ben Adams' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Choose Ben Adams' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Change linked volunteer record' })).toBeFocused();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aoife Ní Bhriain' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the volunteer record of Ben Adams' })).toBeVisible();
  const member = (await peerDesk.call<{ rows: { name: string; keyContact?: string }[] }>('members.list', { query: 'aoife' })).rows[0];
  expect(member?.keyContact).toBeUndefined();
});

test('lends a device, shows it overdue in words, marks it returned and edits the loan', async ({ page, peerDesk }) => {
  await seedMember(peerDesk, { firstName: 'Kofi', lastName: 'Asante', digital: { needsDeviceLoan: true } }, 'active');
  await openPerson(page, peerDesk, 'Members', 'Kofi Asante');

  await tab(page, 'Device loans').click();
  const loans = page.getByRole('tabpanel', { name: 'Device loans' });
  await expect(loans).toContainText('Nothing on loan now. They would like to borrow a device.');
  await loans.getByRole('button', { name: 'Lend a device' }).click();
  const loanDialog = page.getByRole('dialog', { name: 'Lend a device' });
  await loanDialog.getByRole('button', { name: 'Record loan' }).click();
  await expect(loanDialog.getByText('Enter what was lent')).toBeVisible();
  await loanDialog.getByLabel('Item').fill('4G tablet');
  await loanDialog.getByLabel('Date lent').fill(uk(addDays(new Date(), -30)));
  await loanDialog.getByLabel('Due back (optional)').fill(uk(addDays(new Date(), -3)));
  await expectAccessible(page);
  await loanDialog.getByRole('button', { name: 'Record loan' }).click();
  await expect(page.getByRole('status').getByText('Recorded the loan of the 4G tablet')).toBeVisible();
  await expect(loans.locator('tbody tr').first()).toContainText('Overdue by 3 days');
  await expectAccessible(page);
  await keepScreenshot(page, 'member-loans');

  await openList(page, 'Members');
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByLabel('Only with a device on loan').check();
  await expect(page.getByText('Showing 1 of 1 members')).toBeVisible();
  await expect(page.locator('tbody tr').first()).toContainText('1 on loan (1 overdue)');
  await page.getByRole('link', { name: 'Kofi Asante' }).click();

  await tab(page, 'Device loans').click();
  await loans.getByRole('button', { name: 'Mark returned (4G tablet)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark returned' }).click();
  await expect(loans.locator('tbody tr').first()).toContainText(`Returned ${today}`);
  await loans.getByRole('button', { name: 'Edit loan of 4G tablet' }).click();
  await page.getByRole('dialog').getByLabel('Note (optional)').fill('SIM ends 999');
  await page.getByRole('dialog').getByRole('button', { name: 'Save loan' }).click();
  await expect(loans.locator('tbody tr').first()).toContainText('SIM ends 999');
});

test('records consent with the date and how it was given, and withdrawing keeps the record', async ({ page, peerDesk }) => {
  await seedMember(peerDesk, { firstName: 'Zoë', lastName: 'Nguyễn' }, 'active');
  await openPerson(page, peerDesk, 'Members', 'Zoë Nguyễn');

  await tab(page, 'Consents').click();
  const consents = page.getByRole('tabpanel', { name: 'Consents' });
  await consents.getByRole('button', { name: 'Record consent' }).click();
  const consentDialog = page.getByRole('dialog', { name: 'Record consent' });
  await consentDialog.getByLabel('What they agreed to').fill('Newsletter by email');
  await expect(consentDialog.getByLabel('Date they agreed')).toHaveValue(today);
  await consentDialog.getByRole('button', { name: 'Record consent' }).click();
  await expect(consentDialog.getByText('Choose how consent was given')).toBeVisible();
  await consentDialog.getByLabel('In writing').check();
  await expectAccessible(page);
  await consentDialog.getByRole('button', { name: 'Record consent' }).click();
  await expect(consents.locator('tbody tr').first()).toContainText('Given');

  await consents.getByRole('button', { name: 'Withdraw (Newsletter by email)' }).click();
  await page.getByRole('dialog', { name: 'Withdraw consent' }).getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(consents.locator('tbody tr').first()).toContainText(`Withdrawn ${today}`);
  await expect(consents.locator('tbody tr').first()).toContainText('Newsletter by email');
  await expectAccessible(page);
  await keepScreenshot(page, 'member-consents');
});

test('answers equality monitoring on its own tab, reached with the keyboard; the log names only the section', async ({ page, peerDesk }) => {
  await seedMember(peerDesk, { firstName: 'Eluned', lastName: 'Prys', dateOfBirth: '1946-05-02' }, 'active');
  await openPerson(page, peerDesk, 'Members', 'Eluned Prys');

  await tab(page, 'Details').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Changes to this record')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Equality monitoring')).toBeFocused();
  await expect(tab(page, 'Equality monitoring')).toHaveAttribute('aria-selected', 'true');

  const equality = page.getByRole('tabpanel', { name: 'Equality monitoring' });
  await expect(equality).toContainText(/Age\s*\d+, worked out from their date of birth \(02\/05\/1946\)/);
  const sex = equality.getByLabel('Sex', { exact: true });
  await expect(sex).toHaveValue('');
  await expect(sex.locator('option')).toHaveText(['Not answered', 'Female', 'Male', 'Prefer not to say']);
  await sex.selectOption({ label: 'Female' });
  await equality.getByLabel('Ethnic group', { exact: true }).selectOption({ label: 'Any other White background' });
  await equality.getByLabel('Ethnic group, in their words (optional)').fill('Polish');
  await equality.getByLabel('Religion or belief').selectOption({ label: 'Prefer not to say' });
  await expectAccessible(page);
  await equality.getByRole('button', { name: 'Save equality answers' }).click();
  await expect(page.getByRole('status').getByText('Saved the equality monitoring answers')).toBeVisible();
  await expect(equality.getByLabel('Ethnic group, in their words (optional)')).toHaveValue('Polish');
  await keepScreenshot(page, 'member-equality');

  await tab(page, 'Changes to this record').click();
  const changes = page.getByRole('tabpanel', { name: 'Changes to this record' });
  await expect(changes.getByRole('listitem').first()).toContainText('Changed equality monitoring answers');
  await expect(changes).not.toContainText('Polish');
  await expectAccessible(page);
});

const WITH_ERRORS =
  'First name,Last name,Email,Date of birth,Newsletter\r\n' +
  'Aoife,Ní Bhriain,aoife@example.org,12/05/1949,Post\r\n' +
  ',Missing,,,\r\n' +
  'Bad,Date,bad@,31/02/1950,Fax\r\n';

const GOOD =
  '\uFEFFForename,Surname,Tel,DOB,Date referred,Status,Newsletter,Needs a device loan,Ethnicity\r\n' +
  'Eluned,Prys,01632 960111,02/05/1946,14/09/2025,Active,Large print,Yes,White\r\n' +
  'Kofi,Asante,07700 900321,1/12/1958,,On a break,By email,,\r\n' +
  'Zoë,Nguyễn,,,,,,,\r\n' +
  ',,,,,,,,\r\n';

test('imports members from a spreadsheet: errors listed by spreadsheet row and nothing saved, then every row of the fixed file', async ({ page, peerDesk }) => {
  await openApp(page, peerDesk);
  await openList(page, 'Members');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import members from a CSV file' })).toBeVisible();
  await expect(page.getByText(/Equality monitoring answers are never read from a file/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'members.csv', mimeType: 'text/csv', buffer: Buffer.from(WITH_ERRORS) });
  await expect(page.getByText('3 rows found. 1 ready to import. 2 with problems.')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems to fix' });
  await expect(problems.locator('tbody tr')).toHaveCount(4);
  await expect(problems.locator('tbody tr').nth(0)).toContainText('3');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('First name');
  await expect(problems.locator('tbody tr').nth(3)).toContainText('Newsletter must be one of');
  await expect(page.getByRole('button', { name: 'Fix 2 rows to import' })).toBeDisabled();
  await expectAccessible(page);
  await keepScreenshot(page, 'members-import-errors');

  await openList(page, 'Members');
  await expect(page.getByText('Showing 0 of 0 members')).toBeVisible();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'from-excel.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
  await expect(page.getByText('3 rows found. 3 ready to import.')).toBeVisible();
  await page.getByText(/details found in your file/).click();
  await expect(page.getByLabel('Date joined', { exact: true })).toHaveValue('4');
  await expect(page.getByRole('table', { name: /First 3 rows/ })).toContainText('Nguyễn');
  await keepScreenshot(page, 'members-import-preview');
  await page.getByRole('button', { name: 'Import 3 members' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Import now' }).click();
  await expect(page.getByRole('status').getByText('Imported 3 members from from-excel.csv')).toBeVisible();
  await expect(page.getByText('Showing 3 of 3 members')).toBeVisible();
  await page.getByRole('link', { name: 'Eluned Prys' }).click();
  await expect(page.getByText('14/09/2025')).toBeVisible();
  await expect(page.getByText('Large print by post')).toBeVisible();
});

test('exports members to a CSV that opens cleanly in Excel, with equality answers only when asked', async ({ page, peerDesk }) => {
  const eluned = await seedMember(peerDesk, { firstName: 'Eluned', lastName: 'Prys', phone: '01632960111', joinedDate: '2025-09-14' }, 'active');
  await peerDesk.call('members.saveEquality', { id: eluned.id, equality: { sex: 'female' } });
  await seedMember(peerDesk, { firstName: 'Kofi', lastName: 'Asante' });
  await seedMember(peerDesk, { firstName: 'Zoë', lastName: 'Nguyễn' });
  await openApp(page, peerDesk);
  await openList(page, 'Members');

  // Export always asks, because equality answers are added only on request.
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export members to CSV' });
  await expect(exportDialog).toContainText('All 3 members will be exported.');
  await expect(exportDialog.getByLabel('Include equality monitoring answers')).not.toBeChecked();
  await expectAccessible(page);
  await keepScreenshot(page, 'members-export');
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^First name,Last name,Preferred name,/);
  expect(text).toContain('01632 960111');
  expect(text).toContain('14/09/2025');
  expect(text).toContain('Nguyễn');
  expect(text).not.toContain('Female');

  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await expect(page.getByText('Showing 1 of 3 members')).toBeVisible();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(exportDialog.getByLabel(/Only the 1 shown/)).toBeChecked();
  await exportDialog.getByLabel('Include equality monitoring answers').check();
  const filteredDownload = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const filtered = await readFile(await (await filteredDownload).path(), 'utf8');
  const filteredLines = filtered.slice(1).split('\r\n').filter(Boolean);
  expect(filteredLines).toHaveLength(2);
  expect(filteredLines[0]).toContain(',Sex,');
  expect(filteredLines[1]).toContain('Eluned');
  expect(filteredLines[1]).toContain('Female');
});
