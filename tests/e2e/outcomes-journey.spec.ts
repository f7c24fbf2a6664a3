import { execFileSync } from 'node:child_process';
import { addYears, format, subDays } from 'date-fns';
import type { Locator, Page } from '@playwright/test';
import type { ProgrammeDetail } from '../../shared/api';
import type { Grant } from '../../shared/domain/grants';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { ReportPage } from './support/pages/reports';
import { SettingsPage } from './support/pages/settings';
import { seedMember } from './support/people';
import { startedEmpty } from './support/setup';

/**
 * Issue 14's "Done means", from an empty start: a coaching programme asks SWEMWBS at the start
 * and the end; the start form is printed, filled on paper and keyed in; the end is answered on
 * the hand-over screen; the member's Outcomes tab shows the change; the yearly funder report
 * shows the pair with the right metric scores, hidden and then in full; a CORE-10 with the risk
 * question answered shows the safeguarding notice. What the journey is not about (people,
 * sessions, the grant) is set up through the API.
 */

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const today = new Date();
const SWEMWBS = 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)';

/** Presses Tab until `target` has the focus, as someone using the keyboard alone would. */
async function tabTo(page: Page, target: Locator, most = 15): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('SWEMWBS at the start and the end of Peer coaching: printed, keyed in, handed over, compared on the member and in the funder report', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await startedEmpty(peerDesk);
  const app = await App.openAtHome(page, peerDesk);

  // ----- Settings → Programme kinds → Peer coaching asks SWEMWBS at the start and at the end.
  const settings = await SettingsPage.open(app, 'Programme kinds');
  await settings.section('Programme kinds').getByRole('button', { name: 'Edit Peer coaching' }).click();
  const kindDialog = app.dialog('Edit Peer coaching');
  const swemwbsPlan = kindDialog.getByRole('group', { name: SWEMWBS });
  await swemwbsPlan.getByRole('checkbox', { name: 'At the start' }).check();
  await swemwbsPlan.getByRole('checkbox', { name: 'At the end' }).check();
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-kind-questionnaires');
  await kindDialog.getByRole('button', { name: 'Save programme kind' }).click();
  await expect(app.status('Saved Peer coaching')).toBeVisible();
  const kinds = await peerDesk.call<{ id: string; measures?: { measureId: string; atStart: boolean; atEnd: boolean }[] }[]>('programmes.kinds');
  expect(kinds.find((k) => k.id === 'peer-coaching')?.measures).toEqual([{ measureId: 'swemwbs', atStart: true, atEnd: true }]);

  // ----- A member on Peer coaching with a volunteer, started 80 days ago (API).
  const start = subDays(today, 80);
  const { volunteer } = await peerDesk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer: { firstName: 'Dorota', lastName: 'Nowak', roles: ['peer-coach'] }, status: 'active' });
  const amira = await seedMember(peerDesk, { firstName: 'Amira', lastName: 'Haddad' }, 'active');
  const started = await peerDesk.call<ProgrammeDetail>('programmes.start', { memberId: amira.id, kindId: 'peer-coaching', volunteerId: volunteer.id, date: iso(start) });
  const programmeId = started.programme.id;

  // Home lists her as due the opening questionnaire, and links to her Outcomes tab.
  await app.goTo('Home');
  const due = page.getByRole('region', { name: 'Questionnaires due' });
  await expect(due).toContainText('SWEMWBS due at the start');
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-home-due');
  await due.getByRole('link', { name: /Amira Haddad/ }).click();
  await expect(app.heading('Amira Haddad')).toBeVisible();
  const tab = page.getByRole('tabpanel', { name: 'Outcomes' });
  await expect(page.getByRole('tab', { name: 'Outcomes' })).toHaveAttribute('aria-selected', 'true');

  // ----- "Print questionnaire": the blank SWEMWBS with the exact wording and its licence line.
  await tab.getByRole('button', { name: 'Print questionnaire' }).click();
  const printDialog = app.dialog('Print questionnaire');
  await printDialog.getByLabel('Questionnaire').selectOption({ label: SWEMWBS });
  await expectAccessible(page);
  const download = await app.download(printDialog.getByRole('button', { name: 'Print', exact: true }));
  const file = test.info().outputPath('swemwbs.pdf');
  await download.saveAs(file);
  const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed).toContain('I’ve been feeling optimistic about the future');
  expect(printed).toContain('Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.');

  // ----- The paper form keyed in: all 2s (raw 14, metric 15.32), dated the programme's start.
  await tab.getByRole('button', { name: 'Enter answers' }).click();
  const enter = app.dialog('Enter answers');
  await enter.getByLabel('Questionnaire').selectOption({ label: SWEMWBS });
  await enter.getByLabel('Date answered').fill(uk(start));
  await enter.getByLabel('Programme or group (optional)').selectOption({ index: 1 });
  await enter.getByRole('table').getByRole('textbox').first().focus();
  for (let i = 0; i < 7; i += 1) {
    await page.keyboard.type('2');
    if (i < 6) await page.keyboard.press('Enter');
  }
  await expect(enter.getByRole('status')).toHaveText('Score: Raw 14, metric 15.32 (7 of 7 answered)');
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(enter).toBeHidden();
  await expect(app.status('Saved the SWEMWBS answers')).toBeVisible();

  // ----- Ten sessions to the planned number (API): now it is ending, the closing one is due.
  for (let i = 1; i <= 10; i += 1) {
    await peerDesk.call('programmes.logSession', { programmeId, session: { date: iso(subDays(start, -7 * i)), startTime: '10:00', minutes: 60, mode: 'in-person', outcome: 'attended' } });
  }
  await app.goTo('Home');
  await expect(due).toContainText('SWEMWBS: ending — ask the closing questionnaire');
  await due.getByRole('link', { name: /Amira Haddad/ }).click();
  await expect(tab).toBeVisible();

  // ----- The end answered by Amira on the hand-over screen, at large text, by keyboard alone.
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'large'));
  await tabTo(page, tab.getByRole('button', { name: 'Hand over the screen' }), 40);
  await page.keyboard.press('Enter');
  const choose = app.dialog('Hand over the screen');
  // SWEMWBS comes first, and her programme is chosen already.
  await expect(choose.getByLabel('Questionnaire')).toHaveValue('swemwbs');
  await expect(choose.getByLabel('Answered for')).toHaveValue('0');
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-hand-over-choose-large');
  await tabTo(page, choose.getByRole('button', { name: 'Start the questionnaire' }));
  await page.keyboard.press('Enter');
  const screen = app.dialog('Questionnaire for Amira');
  await tabTo(page, screen.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expect(screen.getByText('Question 1 of 7')).toBeVisible();
  // Raw 24: metric 21.54, up 6.22 from the start.
  for (const digit of ['4', '3', '4', '3', '4', '3', '3']) {
    await page.keyboard.type(digit);
    await page.keyboard.press('Enter');
  }
  await expect(screen.getByRole('heading', { name: 'Thank you — please hand the screen back' })).toBeVisible();
  await tabTo(page, screen.getByRole('button', { name: 'Back to coordinator' }));
  await page.keyboard.press('Enter');
  const giveBack = app.dialog('Give the screen back to the coordinator?');
  await tabTo(page, giveBack.getByLabel('I am the coordinator'));
  await page.keyboard.press('Space');
  await tabTo(page, giveBack.getByRole('button', { name: 'Back to coordinator' }));
  await page.keyboard.press('Enter');
  await expect(screen).toBeHidden();

  // ----- The Outcomes tab shows the change, with the metric scores by the published table.
  await expect(tab.getByText('Improved: up 6.22 (3 or more is a meaningful change).')).toBeVisible();
  const answers = tab.getByRole('table', { name: 'SWEMWBS answers, newest first' });
  await expect(answers.getByRole('row').nth(1)).toContainText('21.54');
  await expect(answers.getByRole('row').nth(1)).toContainText(/screen/i);
  await expect(answers.getByRole('row').nth(2)).toContainText('15.32');
  await expect(answers.getByRole('row').nth(2)).toContainText(uk(start));
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-outcomes-tab-large');
  await page.evaluate(() => delete document.documentElement.dataset.textSize);

  // ----- A grant for Peer coaching (API); its Year 1 report, small numbers hidden as by default.
  const grantStart = subDays(today, 120);
  const grant = await peerDesk.call<Grant>('grants.create', {
    grant: {
      funder: 'Sutton Wellbeing Trust',
      name: 'Coaching back to routine',
      amountPence: 800_000,
      startDate: iso(grantStart),
      endDate: iso(subDays(addYears(grantStart, 1), 1)),
      frequency: 'yearly',
      groupIds: [],
      programmeKindIds: ['peer-coaching'],
      ageBands: [{ from: 18, to: 64 }, { from: 65 }],
    },
  });
  const made = await peerDesk.call<{ report: { id: string; label: string } }>('grants.createReport', { grantId: grant.id, from: iso(grantStart), to: iso(subDays(addYears(grantStart, 1), 1)) });
  await app.visit(`/reports/${grant.id}/reports/${made.report.id}`, made.report.label);
  const report = new ReportPage(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Outcome measures' })).toBeVisible();
  const swemwbsTable = page.getByRole('table', { name: SWEMWBS });
  /** A figure's row read as [this period, n], by its row heading. */
  const cells = (label: string) => swemwbsTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');
  await expect(cells('People with a before and an after')).toHaveText(['<5', '<5']);
  await expect(cells('Metric score: average before')).toHaveText(['Not shown', '<5']);
  await expect(cells('Metric score: average after')).toHaveText(['Not shown', '<5']);
  await expect(cells('Metric score, Improved')).toHaveText(['<5', '<5']);
  // One person: the chart under the table would point to her, so it is left out and says why.
  await expect(page.getByText('Change in SWEMWBS metric score', { exact: true })).toBeVisible();
  await expect(page.getByText('Not drawn: fewer than 5 people have a before and an after, so a bar could point to a person.')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Change in SWEMWBS metric score' })).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-report-outcomes-suppressed');

  // Small numbers shown in full (Settings → Funder reports): the averages appear exactly.
  await SettingsPage.open(app, 'Funder reports');
  await page.getByLabel('Show counts of 1 to 4 as “<5”, so nobody can be identified (recommended)').uncheck();
  await expect(app.status('Reports now show every count in full')).toBeVisible();
  await app.visit(`/reports/${grant.id}/reports/${made.report.id}`, made.report.label);
  // Metric scores 15.32 and 21.54, averaged over one person, to two places as Warwick's table gives them.
  await expect(cells('People with a before and an after')).toHaveText(['1', '1']);
  await expect(cells('Metric score: average before')).toHaveText(['15.32', '1']);
  await expect(cells('Metric score: average after')).toHaveText(['21.54', '1']);
  await expect(cells('Metric score, Improved')).toHaveText(['1 (100%)', '1']);
  await expect(cells('Metric score, No reliable change')).toHaveText(['0 (0%)', '1']);
  // The chart under the table, read as its table: one bar, and the n.
  const chart = page.getByRole('figure', { name: 'Change in SWEMWBS metric score' });
  await expect(chart.getByRole('row', { name: /^Improved/ }).getByRole('cell')).toHaveText('1');
  await expect(chart.getByRole('row', { name: /^Worse/ }).getByRole('cell')).toHaveText('0');
  await expect(chart.getByRole('cell', { name: 'n = 1 person with a before and an after' })).toBeVisible();
  expect(await report.figure('People supported one to one')).toEqual(['1', '1']);
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-report-outcomes-in-full');

  // ----- A CORE-10 with question 6 answered above 0: the safeguarding notice, never a diagnosis.
  await app.visit(`/members/${amira.id}/outcomes`, 'Amira Haddad');
  await tab.getByRole('button', { name: 'Enter answers' }).click();
  await enter.getByLabel('Questionnaire').selectOption({ label: 'CORE-10' });
  await enter.getByLabel('Date answered').fill(uk(today));
  await enter.getByRole('table').getByRole('textbox').first().focus();
  for (const digit of ['1', '1', '1', '1', '1']) {
    await page.keyboard.type(digit);
    await page.keyboard.press('Enter');
  }
  await expect(enter.getByRole('alert')).toHaveCount(0);
  await page.keyboard.type('2');
  await expect(enter.getByRole('alert')).toContainText('Talk to your safeguarding lead today');
  await expectAccessible(page);
  await keepScreenshot(page, 'journey-core10-risk');
});
