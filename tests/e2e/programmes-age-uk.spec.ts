import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { format, subDays, subMonths, subYears } from 'date-fns';
import type { Member } from '../../shared/domain/members';
import type { ProgrammeDetail } from '../../shared/api';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, KEEP_SCREENS, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { lookAtEverySize, ProgrammeRecord } from './support/pages/programmes';
import { SettingsPage } from './support/pages/settings';
import { startedEmpty } from './support/setup';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const today = new Date();

/** A 1-1 peer supporter with every check in order (enhanced DBS, both courses, recent supervision). */
async function readyPeerSupporter(desk: PeerDesk, firstName: string, lastName: string): Promise<Volunteer> {
  const { volunteer } = await desk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer: { firstName, lastName, roles: ['peer-supporter'], interests: ['gardening'] }, status: 'active' });
  const volunteerId = volunteer.id;
  await desk.call('compliance.saveDbsCheck', { volunteerId, record: { level: 'enhanced', certificateNumber: '001234567890', issueDate: iso(subDays(today, 200)), decision: 'accepted', decisionBy: 'Sam Lead' } });
  for (const courseId of ['foundation-peer-support', 'safeguarding-adults']) {
    await desk.call('compliance.saveTraining', { volunteerId, record: { courseId, date: iso(subDays(today, 150)), status: 'completed', certificateHeld: true } });
  }
  await desk.call('compliance.saveSupervision', { volunteerId, record: { date: iso(subDays(today, 7)), kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60 } });
  return volunteer;
}

/** Saves a downloaded PDF, keeps a picture of each page to look at, and returns it as text and words with their sizes. */
async function readPdf(download: Download, file: string, screenName: string) {
  await download.saveAs(file);
  if (KEEP_SCREENS) execFileSync('pdftoppm', ['-png', '-r', '60', file, `test-results/screens/${screenName}`]);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftotext', ['-bbox', file, `${file}.html`]);
  const html = readFileSync(`${file}.html`, 'utf8');
  // Roboto's box is 1.172 em high: a word's box height over that is the size it is printed at.
  const sizes = new Map<string, number>();
  for (const m of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) sizes.set(m[3]!, (Number(m[2]) - Number(m[1])) / 1.172);
  return { text, title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '', pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), sizes };
}

test('Age UK: 1-1 peer support for over-50s → a member of 45 warned, not refused → matched → two goals reviewed twice → "Print my plan" in large print', async ({ page, peerDesk }, testInfo) => {
  test.setTimeout(240_000);
  await startedEmpty(peerDesk);
  await peerDesk.call('settings.update', { organisationName: 'Age UK Sutton' });
  await readyPeerSupporter(peerDesk, 'Siân', 'Llewelyn');
  // 45 and a quarter; her newsletter comes in large print.
  const bronwen = (
    await peerDesk.call<{ member: Member }>('members.create', {
      member: { firstName: 'Bronwen', lastName: 'Price', dateOfBirth: iso(subMonths(subYears(today, 45), 3)), newsletter: 'large-print', interests: ['gardening'] },
      status: 'active',
    })
  ).member;

  // Settings → Programme kinds: One-to-one peer support is for people of 50 and over.
  const app = await App.openAtHome(page, peerDesk);
  const settings = await SettingsPage.open(app, 'Programme kinds');
  await settings.section('Programme kinds').getByRole('button', { name: 'Edit One-to-one peer support' }).click();
  const kind = app.dialog('Edit One-to-one peer support');
  await kind.getByLabel('Youngest age (optional)').fill('50');
  await kind.getByRole('button', { name: 'Save programme kind' }).click();
  await expect(app.status('Saved One-to-one peer support')).toBeVisible();
  await expect(settings.section('Programme kinds').getByRole('row', { name: /^One-to-one peer support/ })).toContainText('Ages: 50 and over');

  // From Bronwen's record: kind → Siân, suggested → a start date a month ago.
  const started = subDays(today, 30);
  await app.visit(`/members/${bronwen.id}`, 'Bronwen Price');
  await page.getByRole('tab', { name: 'Programmes' }).click();
  await page.getByRole('button', { name: 'Start a programme' }).click();
  const start = app.dialog('Start a programme for Bronwen Price');
  await start.getByRole('radio', { name: /^One-to-one peer support/ }).check();
  await start.getByRole('button', { name: 'Next' }).click();
  await start.getByRole('button', { name: 'Choose this volunteer: Siân Llewelyn' }).click();
  await start.getByLabel('Start date').fill(uk(started));
  await start.getByRole('button', { name: 'Start programme' }).click();

  // Started and matched, with the age range as a warning, not a refusal.
  const record = new ProgrammeRecord(page);
  await expect(record.heading('Bronwen Price: One-to-one peer support')).toBeVisible();
  await expect(record.summary).toContainText('Siân Llewelyn');
  await expect(record.summary.locator('.notice--warning')).toContainText("Age 45 is outside One-to-one peer support's 50 and over");
  await expect(record.summary).toContainText('Matched');

  // Two goals in her words, agreed three weeks ago, each reviewed two weeks ago and today.
  const goals: [string, string[], string, string][] = [
    ['Get back to the allotment', ['Ring the allotment committee', 'Go once with Siân to look at the plot'], 'Rang them, plot free in spring', 'Went with Siân on Tuesday'],
    ['Go to the Thursday lunch club on my own', ['Find the bus times', 'Go once with a friend'], 'Has the bus times', 'Went twice, once alone'],
  ];
  const agreed = subDays(today, 21);
  for (const [text, steps] of goals) {
    await record.goals.getByRole('button', { name: 'Add goal' }).click();
    const add = record.dialog('Add goal');
    await add.getByLabel('Goal', { exact: true }).fill(text);
    await add.getByLabel('Small steps (optional)').fill(steps.join('\n'));
    await add.getByLabel('Target date (optional)').fill(uk(subDays(today, -60)));
    await add.getByLabel('Agreed on').fill(uk(agreed));
    await add.getByRole('button', { name: 'Add goal' }).click();
    await expect(add).toBeHidden();
  }
  for (const [text, , first, second] of goals) {
    for (const [date, progress, comment] of [
      [subDays(today, 14), 'Some progress', first],
      [today, 'Mostly there', second],
    ] as const) {
      await record.goals.getByRole('button', { name: `Review goal: ${text}` }).click();
      const review = record.dialog('Review goal');
      await review.getByLabel('Date of the review').fill(uk(date));
      await review.getByRole('radio', { name: progress }).check();
      await review.getByLabel('Comment (optional)').fill(comment);
      await review.getByRole('button', { name: 'Save review' }).click();
      await expect(review).toBeHidden();
    }
  }
  await expect(record.goals.getByRole('article', { name: goals[0]![0] })).toContainText(`Mostly there (reviewed ${uk(today)}): Went with Siân on Tuesday`);
  await expect(record.goals.getByText('Every review (2)')).toHaveCount(2);
  await expect(record.goals).toContainText('Print my plan prints in large print: Bronwen Price gets the newsletter in large print.');
  await lookAtEverySize(page, 'programme-age-uk-record');

  // "Print my plan": large print, as she reads her newsletter.
  const plan = await readPdf(await app.download(record.goals.getByRole('button', { name: 'Print my plan' })), testInfo.outputPath('plan.pdf'), 'programme-plan-large');
  expect(plan.title).toBe('My recovery plan: Bronwen (large print)');
  expect(plan.text).toContain('Age UK Sutton My recovery plan Name: Bronwen Programme: One-to-one peer support Volunteer: Siân');
  expect(plan.text).toContain(`1. Get back to the allotment Target: by ${format(subDays(today, -60), 'EEE d MMM yyyy')} Latest review: Mostly there \u2014 ${uk(today)}: Went with Siân on Tuesday`);
  expect(plan.text).toContain('Small steps Ring the allotment committee Go once with Siân to look at the plot');
  expect(plan.text).toContain('2. Go to the Thursday lunch club on my own');
  expect(plan.text).not.toContain('Price');
  for (const word of ['committee', 'Programme:', 'allotment']) expect(plan.sizes.get(word)).toBeGreaterThan(17.5);
  // The other print is one click away, and prints 14 pt.
  const standard = await readPdf(await app.download(record.goals.getByRole('button', { name: 'Print in standard print instead' })), testInfo.outputPath('plan-standard.pdf'), 'programme-plan-standard');
  expect(standard.title).toBe('My recovery plan: Bronwen');
  expect(standard.sizes.get('committee')).toBeLessThan(14.5);
  expect(standard.pages).toBeLessThanOrEqual(plan.pages);

  // The paper session sheet, then two of its rows keyed back in from the keyboard.
  const sheet = await readPdf(await app.download(record.sessions.getByRole('button', { name: 'Print session record sheet' })), testInfo.outputPath('sheet.pdf'), 'programme-session-sheet');
  expect(sheet.text).toContain('Session record: Bronwen Age UK Sutton One-to-one peer support with Siân \u00b7 8 sessions planned \u00b7 0 attended by');
  expect(sheet.text).toContain('How: I in person \u00b7 P phone');
  expect(sheet.pages).toBe(1);

  await record.sessions.getByRole('button', { name: 'Key in a paper sheet' }).click();
  const keying = record.dialog('Key in a paper sheet');
  await expect(keying.getByLabel('Row 1: Date')).toBeFocused();
  await page.keyboard.type(uk(subDays(today, 14)));
  await page.keyboard.press('Tab');
  await page.keyboard.type('I');
  await page.keyboard.press('Tab');
  await page.keyboard.type('90');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Looked at the plot');
  await page.keyboard.press('Tab');
  await expect(keying.getByLabel('Row 2: Date')).toBeFocused();
  await page.keyboard.type(format(subDays(today, 7), 'dd/MM'));
  await page.keyboard.press('Tab');
  await page.keyboard.type('p');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('DNA');
  await expect(keying.getByRole('row').nth(1)).toContainText('In person · 90 min · Attended');
  await expect(keying.getByRole('row').nth(2)).toContainText('Phone · 60 min · Did not attend');
  await lookAtEverySize(page, 'programme-key-paper-sheet');
  await page.keyboard.press('Enter');
  await expect(keying).toBeHidden();
  await expect(app.status('2 sessions logged from the paper sheet: 1 of 8.')).toBeVisible();
  await record.expectCounter('1 of 8');
  const stored = await peerDesk.call<ProgrammeDetail>('programmes.get', { id: page.url().split('/programmes/')[1]! });
  expect(stored.sessions.map((s) => [s.date, s.mode, s.minutes, s.outcome])).toEqual([
    [iso(subDays(today, 7)), 'phone', 60, 'did-not-attend'],
    [iso(subDays(today, 14)), 'in-person', 90, 'attended'],
  ]);
  await keepScreenshot(page, 'programme-age-uk-after-keying');
});
