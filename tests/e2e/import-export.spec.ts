import { readFile, writeFile } from 'node:fs/promises';
import { bigMembersCsv } from '../helpers/big-csv';
import { JPEG, XLSX } from '../helpers/binary-files';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { CsvImportPage } from './support/pages/csv-import';
import { startedEmpty } from './support/setup';

// What Excel writes for "CSV UTF-8": a byte-order mark, CRLF, quoted commas, blank rows at the end.
const GOOD =
  '\uFEFFForename,Surname,E-mail,Mobile,DOB,Role,Status,Address,Town,Post Code\r\n' +
  'Siân,Llewelyn,sian@example.org,07700 900123,07/03/1985,Peer group facilitator,Active,"Flat 2, 10 High St",Sheffield,S1 2HE\r\n' +
  'Zoë,Nguyễn,zoe@example.org,0114 496 0001,1/2/1990,Peer coach; Travel buddy,Training,,Sheffield,S10 2TN\r\n' +
  'Gruffudd,ap Dafydd,,,,,Enquiry,,,\r\n' +
  ',,,,,,,,,\r\n' +
  ',,,,,,,,,\r\n';

// A note with a line break in it (Alt+Enter in Excel) is still one spreadsheet row.
const WITH_ERRORS =
  'First name,Last name,Email,Date of birth,Notes\r\n' +
  'Aoife,Ní Bhriain,aoife@example.org,12/05/1979,"Prefers Irish\nHas a dog"\r\n' +
  ',Missing,,,\r\n' +
  'Siân,ap Gruffudd,bad@,31/02/1980,\r\n';

test('imports a spreadsheet: errors listed by spreadsheet row and name and nothing saved, then the fixed file imports every row', async ({ page, peerDesk }) => {
  await startedEmpty(peerDesk);
  const app = await App.openAtHome(page, peerDesk);
  const importing = await CsvImportPage.open(app);
  await expectAccessible(page);

  await importing.choose('volunteers.csv', WITH_ERRORS);
  await expect(page.getByText('3 rows found. 1 ready to import. 2 with problems.')).toBeVisible();
  const problems = importing.problems;
  await expect(problems.locator('tbody tr')).toHaveCount(3);
  await expect(problems.locator('tbody tr').nth(0)).toContainText('3 (Missing)');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('First name');
  await expect(problems.locator('tbody tr').nth(1)).toContainText('4 (Siân ap Gruffudd)');
  await expect(problems.locator('tbody tr').nth(1)).toContainText('Email');
  await expect(problems.locator('tbody tr').nth(2)).toContainText('Date of birth');
  await expect(page.getByRole('button', { name: 'Fix 2 rows to import' })).toBeDisabled();
  await expectAccessible(page);
  await keepScreenshot(page, 'import-errors');

  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 0 of 0 volunteers')).toBeVisible();

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await importing.choose('from-excel.csv', GOOD);
  await expect(page.getByText('3 rows found. 3 ready to import.')).toBeVisible();
  // Headings were matched to fields without help.
  await page.getByText(/details found in your file/).click();
  await expect(page.getByLabel('First name (required)')).toHaveValue('0');
  await expect(page.getByLabel('Postcode', { exact: true })).toHaveValue('9');
  const preview = page.getByRole('table', { name: /First 3 rows/ });
  await expect(preview).toContainText('Zoë');
  await expect(preview).toContainText('Nguyễn');
  await keepScreenshot(page, 'import-preview');
  await importing.importRows(3);
  await expect(page.getByRole('status').getByText('Imported 3 volunteers from from-excel.csv')).toBeVisible();
  await expect(page.getByText('Showing 3 of 3 volunteers')).toBeVisible();
  await page.getByRole('link', { name: 'Siân Llewelyn' }).click();
  await expect(page.getByText('Flat 2, 10 High St')).toBeVisible();
  await expect(page.getByText('07/03/1985')).toBeVisible();
});

test('exports volunteers to a CSV that opens cleanly in Excel', async ({ page, peerDesk }) => {
  // The import (tested above) through the API: the same file, the columns matched the same way.
  await startedEmpty(peerDesk);
  const imported = await peerDesk.call<{ imported: number }>('volunteers.importCommit', { file: { name: 'v.csv', base64: Buffer.from(GOOD).toString('base64') } });
  expect(imported.imported).toBe(3);
  const app = await App.openAtHome(page, peerDesk);
  await app.goTo('Volunteers');
  await expect(page.getByText('Showing 3 of 3 volunteers')).toBeVisible();

  const allDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const all = await allDownload;
  expect(all.suggestedFilename()).toMatch(/^volunteers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await all.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^First name,Last name,Preferred name,/);
  expect(lines).toHaveLength(4);
  expect(text).toContain('Llewelyn');
  expect(text).toContain('"Flat 2, 10 High St"');
  expect(text).toContain('07/03/1985');

  // With a filter on, the coordinator chooses between what is shown and everyone.
  await page.getByLabel('Status', { exact: true }).selectOption('training');
  await expect(page.getByText('Showing 1 of 3 volunteers')).toBeVisible();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = app.dialog('Export volunteers to CSV');
  await expectAccessible(page);
  const filteredDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const filtered = await readFile(await (await filteredDownload).path(), 'utf8');
  expect(filtered.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(filtered).toContain('Zoë');
});

test('turns away a workbook, a photo and a file over 20 MB at once, in words that say what to do', async ({ page, peerDesk }, testInfo) => {
  await startedEmpty(peerDesk);
  const importing = await CsvImportPage.open(await App.openAtHome(page, peerDesk));
  await expect(page.getByText(/files of up to 20 MB can be imported/)).toBeVisible();
  const chooser = importing.chooser;
  const alert = page.getByRole('alert');

  await chooser.setInputFiles({ name: 'Volunteer list 2025 (final).xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: XLSX });
  await expect(alert).toHaveText(
    '"Volunteer list 2025 (final).xlsx" is an Excel workbook, not a CSV file. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)", then import that file.',
  );
  await expectAccessible(page);
  await keepScreenshot(page, 'import-refused-workbook');

  await chooser.setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: JPEG });
  await expect(alert).toContainText('"IMG_0042.jpg" is a photo or picture, not a CSV file.');

  // Chosen from the disk, as a coordinator would: sending 21 MB through the browser's
  // protocol as a buffer takes seconds, and the file is refused before it is read anyway.
  const big = testInfo.outputPath('everyone.csv');
  await writeFile(big, bigMembersCsv(21 * 1024 * 1024).text, 'utf8');
  await chooser.setInputFiles(big);
  await expect(alert).toHaveText('"everyone.csv" is 21 MB. Peer Desk can import spreadsheets of up to 20 MB: split it into smaller files, or save only the columns you need.');

  // A proper file afterwards is read as usual, and the message goes.
  await chooser.setInputFiles({ name: 'volunteers.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
  await expect(page.getByText('3 rows found. 3 ready to import.')).toBeVisible();
  await expect(alert).toHaveCount(0);
});
