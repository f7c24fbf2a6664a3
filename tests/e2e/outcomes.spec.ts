import { addDays, format } from 'date-fns';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { openPerson, seedMember } from './support/people';

const uk = (d: Date) => format(d, 'dd/MM/yyyy');

/** Opens "Enter answers", chooses the questionnaire and date, and types `digits` a question at a time with Enter between. */
async function enterAnswers(page: Page, questionnaire: string, date: string, digits: string[]) {
  await page.getByRole('button', { name: 'Enter answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enter answers' });
  await dialog.getByLabel('Questionnaire').selectOption({ label: questionnaire });
  await dialog.getByLabel('Date answered').fill(date);
  await dialog.getByRole('table').getByRole('textbox').first().focus();
  for (const d of digits) {
    await page.keyboard.type(d);
    await page.keyboard.press('Enter');
  }
  return dialog;
}

test('keys two SWEMWBS forms, shows the change on the Outcomes tab, and a CORE-10 risk answer raises the safeguarding notice', async ({ page, peerDesk }) => {
  const amira = await seedMember(peerDesk, { firstName: 'Amira', lastName: 'Hassan' }, 'active');
  // ONS4 answered twice by phone (set up directly): reported question by question.
  const ons = (date: string, answers: number[]) =>
    peerDesk.call('outcomes.record', { memberId: amira.id, completion: { measureId: 'ons4', date, given: 'phone', answers: Object.fromEntries(['life-satisfaction', 'worthwhile', 'happiness', 'anxiety'].map((id, i) => [id, answers[i]])) } });
  await ons(format(addDays(new Date(), -60), 'yyyy-MM-dd'), [4, 5, 5, 7]);
  await ons(format(addDays(new Date(), -1), 'yyyy-MM-dd'), [7, 6, 5, 3]);
  await openPerson(page, peerDesk, 'Members', 'Amira Hassan');
  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await expect(page.getByRole('heading', { name: 'ONS personal wellbeing questions (ONS4)' })).toBeVisible();

  // Raw 14 (metric 15.32) six weeks ago, raw 21 (19.25) today: up 3.93, a meaningful change.
  const first = await enterAnswers(page, 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)', uk(addDays(new Date(), -42)), ['2', '2', '2', '2', '2', '2', '2']);
  await expect(first).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the SWEMWBS answers' })).toBeVisible();
  await enterAnswers(page, 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)', uk(new Date()), ['3', '3', '3', '3', '3', '3']);
  const second = page.getByRole('dialog', { name: 'Enter answers' });
  await expect(second.getByRole('status')).toHaveText('Score: Not scored: all seven answers are needed (6 of 7 answered)');
  await page.keyboard.type('3');
  await expect(second.getByRole('status')).toHaveText('Score: Raw 21, metric 19.25 (7 of 7 answered)');
  await expectAccessible(page);
  await keepScreenshot(page, 'outcomes-enter-answers');
  await page.keyboard.press('Enter');
  await expect(second).toBeHidden();

  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Improved: up 3.93 (3 or more is a meaningful change).')).toBeVisible();
  await expect(panel.getByRole('img', { name: /Chart of SWEMWBS metric scores/ })).toBeVisible();
  await expect(panel.getByRole('table', { name: 'SWEMWBS answers, newest first' }).getByRole('row')).toHaveCount(3);
  await expect(panel.getByText(/Life satisfaction: improved, up 3; Worthwhile: no meaningful change, up 1; Happiness: no meaningful change, no change; Anxiety: improved, down 4/)).toBeVisible();
  const onsLatest = panel.getByRole('table', { name: 'ONS4 answers, newest first' }).getByRole('row').nth(1);
  for (const part of ['Life satisfaction 7 (High)', 'Worthwhile 6 (Medium)', 'Happiness 5 (Medium)', 'Anxiety 3 (Low)']) await expect(onsLatest).toContainText(part);
  await expectAccessible(page);
  await keepScreenshot(page, 'outcomes-tab');

  // CORE-10: the notice shows the moment question 6 is answered above 0, before saving.
  const core = await enterAnswers(page, 'CORE-10', uk(new Date()), ['1', '1', '1', '1', '1']);
  await expect(core.getByRole('alert')).toHaveCount(0);
  await page.keyboard.type('1');
  await expect(core.getByRole('alert')).toContainText('Talk to your safeguarding lead today.');
  await expect(core.getByText('Wording not fully checked:')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'outcomes-risk-notice');
  await core.evaluate((el) => (el.scrollTop = 0));
  await keepScreenshot(page, 'outcomes-dialog-top');

  await page.evaluate(() => (document.documentElement.dataset.textSize = 'large'));
  await expectAccessible(page);
  await keepScreenshot(page, 'outcomes-risk-notice-large');
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Enter');
    await page.keyboard.type('1');
  }
  await page.keyboard.press('Enter');
  await expect(core).toBeHidden();
  await expect(page.getByRole('tabpanel').getByText('Risk question answered')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'outcomes-tab-large');
  await page.setViewportSize({ width: 1024, height: 800 });
  await keepScreenshot(page, 'outcomes-tab-large-1024');
  await page.evaluate(() => delete document.documentElement.dataset.textSize);
  await keepScreenshot(page, 'outcomes-tab-1024');
});

test('hands the screen to the member for a SWEMWBS, one question at a time, and takes it back only when the coordinator says so', async ({ page, peerDesk }) => {
  await seedMember(peerDesk, { firstName: 'Bronwen', lastName: 'Ellis' }, 'active');
  await openPerson(page, peerDesk, 'Members', 'Bronwen Ellis');
  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await page.getByRole('button', { name: 'Hand over the screen' }).click();
  const choose = page.getByRole('dialog', { name: 'Hand over the screen' });
  await choose.getByLabel('Questionnaire').selectOption({ label: 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)' });
  await choose.getByRole('button', { name: 'Start the questionnaire' }).click();

  const screenFor = page.getByRole('dialog', { name: 'Questionnaire for Bronwen' });
  await expect(screenFor.getByRole('heading', { name: 'Hello Bronwen' })).toBeVisible();
  // Nothing else of Peer Desk is reachable: Tab goes round the member's screen (and out to the
  // browser's own controls, shown as the body), never to the page behind it.
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    expect(await screenFor.evaluate((el) => el.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
  }
  await page.evaluate(() => (document.documentElement.dataset.textSize = 'large'));
  await expectAccessible(page);
  await screenFor.getByRole('button', { name: 'Start' }).click();
  await expect(screenFor.getByText('Question 1 of 7')).toBeVisible();
  await expectAccessible(page);
  // Escape does not leave; digits answer, Enter moves on.
  await page.keyboard.press('Escape');
  await expect(screenFor.getByText('Question 1 of 7')).toBeVisible();
  for (const digit of ['4', '3', '4', '3', '4', '3', '4']) {
    await page.keyboard.type(digit);
    await page.keyboard.press('Enter');
  }
  await expect(screenFor.getByRole('heading', { name: 'Thank you — please hand the screen back' })).toBeVisible();
  await screenFor.getByRole('button', { name: 'Back to coordinator' }).click();
  const giveBack = page.getByRole('dialog', { name: 'Give the screen back to the coordinator?' });
  await expectAccessible(page);
  await giveBack.getByLabel('I am the coordinator').check();
  await giveBack.getByRole('button', { name: 'Back to coordinator' }).click();
  await expect(screenFor).toBeHidden();
  await page.evaluate(() => delete document.documentElement.dataset.textSize);

  // Raw 25 → metric 22.35, given on screen.
  const table = page.getByRole('tabpanel').getByRole('table', { name: 'SWEMWBS answers, newest first' });
  await expect(table.getByRole('row').nth(1)).toContainText('22.35');
  await expect(table.getByRole('row').nth(1)).toContainText(/screen/i);
});
