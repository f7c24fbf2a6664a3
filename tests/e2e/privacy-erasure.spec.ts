import type { ReportView } from '../../shared/api';
import type { Grant } from '../../shared/domain/grants';
import type { ReportFigures } from '../../shared/domain/report-figures';
import { expect, expectAccessible, guideScreenshot, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { withSampleData } from './support/setup';

/**
 * Issue 15's erasure, as a coordinator meets it on the sample data: "Erase this person" on a
 * member names what will go and what stays, asks why, and leaves a placeholder whose page says
 * so; last year's funder report is unchanged apart from demographics; the erasure log on the
 * Privacy page shows the backups that still hold them, and "Remove from backups now" cleans them.
 */

test.use({ viewport: { width: 1280, height: 800 } });

interface MemberRow {
  id: string;
  name: string;
}

const lastYear = new Date().getFullYear() - 1;
const withoutDemographics = ({ demographics: _d, ...rest }: ReportFigures) => rest;

test('a member is erased with last year’s report unchanged in totals, logged, and removed from the backups', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await withSampleData(peerDesk);
  // A report for last year over every group, before anything is erased (set up through the API).
  const groups = await peerDesk.call<{ id: string }[]>('groups.list', {});
  const grant = await peerDesk.call<Grant>('grants.create', {
    grant: {
      funder: 'Test Fund',
      name: 'Every group',
      amountPence: 500_000,
      startDate: `${lastYear}-01-01`,
      endDate: `${lastYear + 1}-12-31`,
      frequency: 'yearly',
      groupIds: groups.map((g) => g.id),
      ageBands: [{ from: 0, to: 64 }, { from: 65 }],
    },
  });
  const report = await peerDesk.call<ReportView>('grants.createReport', { grantId: grant.id, from: `${lastYear}-01-01`, to: `${lastYear}-12-31` });
  await peerDesk.call('backups.create');
  const members = await peerDesk.call<{ rows: MemberRow[]; total: number }>('members.list', { status: 'active', limit: 500 });
  const member = members.rows[0]!;

  const app = await App.openAtHome(page, peerDesk);
  await app.visit(`/members/${member.id}`, member.name);

  // ----- The confirmation names what goes and what stays, and asks why.
  await page.getByRole('button', { name: 'Erase this person' }).click();
  const dialog = app.dialog(`Erase ${member.name}?`);
  await expect(dialog.getByRole('heading', { name: 'What will go' })).toBeVisible();
  await expect(dialog.getByText(/^Their record \(1\): name, contact details/)).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'What stays, as anonymous counts' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Erase this person' }).click();
  await expect(dialog.getByText('Enter why their details are being erased')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'privacy-erase-dialog');
  await dialog.getByLabel('Why are their details being erased?').fill('They asked by email');
  await dialog.getByRole('button', { name: 'Erase this person' }).click();
  await expect(app.status(`Erased the details of ${member.name}.`)).toBeVisible();
  await expect(app.heading('Members')).toBeVisible();

  // ----- Gone from the list; the placeholder's page says what happened.
  const after = await peerDesk.call<{ total: number }>('members.list', { status: 'active', limit: 500 });
  expect(after.total).toBe(members.total - 1);
  await app.visit(`/members/${member.id}`, /^Erased person /);
  await expect(page.getByText(/^This person’s details were erased on \w{3} \d{1,2} \w{3} \d{4}\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase this person' })).toHaveCount(0);
  await expectAccessible(page);

  // ----- Last year's report: the same apart from demographics.
  const again = await peerDesk.call<ReportView>('grants.report', { grantId: grant.id, reportId: report.report.id });
  expect(withoutDemographics(again.figures)).toEqual(withoutDemographics(report.figures));

  // ----- The erasure log: the backup taken before still holds them, until removed.
  await app.goTo('Privacy');
  const section = page.getByRole('region', { name: 'Erasures (1)' });
  // The backup taken above, and the day's automatic one if it was taken after the sample data.
  await expect(section.getByText(/^[12] backups? in the backups folder still holds? an erased person’s details\.$/)).toBeVisible();
  await expect(section.getByRole('row').nth(1)).toContainText(/Erased person \w+MemberThey asked by email[12] backups? still holds? their details/);
  await section.getByRole('searchbox', { name: 'Search erasures' }).fill('email');
  await expect(section.getByText('Showing 1 of 1 erasure')).toBeVisible();
  await expectAccessible(page);
  await guideScreenshot(page, 'privacy-erasures');
  await section.getByRole('button', { name: 'Remove from backups now' }).click();
  const confirm = app.dialog('Remove erased people from the backups?');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Remove from backups now' }).click();
  await expect(app.status(/Removed erased people’s details from [12] backups?\./)).toBeVisible();
  await expect(section.getByText('No backup in the backups folder holds an erased person’s details.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Remove from backups now' })).toHaveCount(0);
});
