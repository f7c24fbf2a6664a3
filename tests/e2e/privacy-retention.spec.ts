import type { RetentionList } from '../../shared/domain/retention';
import { expect, expectAccessible, guideScreenshot, keepScreenshot, test } from './support/fixtures';
import { itemName } from '../../renderer/pages/privacy/retention-text';
import { App } from './support/pages/app';
import { withSampleData } from './support/setup';

/**
 * Issue 15's retention, as a coordinator meets it on the sample data: Settings → Retention
 * holds the periods; the Privacy page lists what is past its keep-until date; one DBS number
 * is kept with a reason until a review date, a closed referral's details are erased on their
 * own, a volunteer who left years ago is erased through "Erase this person", and the erasure
 * log says why.
 */

test.use({ viewport: { width: 1280, height: 800 } });

test('what is past its keep-until date is kept with a reason or erased, and the erasure log says why', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await withSampleData(peerDesk);
  const before = await peerDesk.call<RetentionList>('retention.list', {});
  const dbs = before.items.find((i) => i.kind === 'dbs')!;
  const referral = before.items.find((i) => i.kind === 'referral')!;
  const volunteer = before.items.find((i) => i.kind === 'volunteer')!;
  expect([dbs, referral, volunteer].every(Boolean), 'the sample data has a DBS number, a referral and a volunteer past their dates').toBe(true);
  const app = await App.openAtHome(page, peerDesk);

  // ----- Settings → Retention: the periods, the usual one and why.
  await app.visit('/settings/retention', 'Settings');
  await expect(page.getByRole('group', { name: 'DBS certificate numbers' })).toContainText('Usually 6 months after the decision about the check. The Disclosure and Barring Service asks');
  await expect(page.getByLabel('Keep DBS certificate numbers for')).toHaveValue('6');
  await expectAccessible(page);
  await keepScreenshot(page, 'settings-retention');

  // ----- The list on the Privacy page.
  await app.goTo('Privacy');
  const section = page.getByRole('region', { name: /^Past their keep-until date/ });
  const count = (n: number) => expect(section.getByRole('heading', { level: 2 })).toHaveText(`Past their keep-until date (${n})`);
  await count(before.items.length);
  await expect(section.getByText(`Showing ${before.items.length} of ${before.items.length} items`)).toBeVisible();
  await expectAccessible(page);
  await section.getByRole('heading', { name: /^Past their keep-until date/ }).scrollIntoViewIfNeeded();
  await guideScreenshot(page, 'privacy-retention');
  await keepScreenshot(page, 'privacy-retention');

  // ----- Keep one DBS number with a reason and a review date: off the list until then.
  const about = (i: typeof dbs) => itemName(i);
  await section.getByRole('button', { name: `Keep ${about(dbs)}` }).click();
  const keep = app.dialog(`Keep ${about(dbs)}?`);
  await keep.getByLabel('Why is it being kept?').fill('A safeguarding review about this volunteer is still open');
  await keep.getByLabel('Review date').fill('01/06/2099');
  await keep.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(keep.getByText(/Enter a review date within 6 years/)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'privacy-retention-keep');
  const reviewOn = new Date();
  reviewOn.setFullYear(reviewOn.getFullYear() + 1);
  const review = `${String(reviewOn.getDate()).padStart(2, '0')}/${String(reviewOn.getMonth() + 1).padStart(2, '0')}/${reviewOn.getFullYear()}`;
  await keep.getByLabel('Review date').fill(review);
  await keep.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(app.status(`Kept until ${review}, when it will be listed again.`)).toBeVisible();
  await count(before.items.length - 1);
  const afterKeep = section;
  await expect(afterKeep.getByRole('button', { name: `Keep ${about(dbs)}` })).toHaveCount(0);
  await afterKeep.getByText('Kept until a review date (1)').click();
  await expect(afterKeep.getByText(`kept until ${review} because “A safeguarding review about this volunteer is still open”`)).toBeVisible();

  // ----- Erase one referral's details on their own.
  await afterKeep.getByRole('searchbox', { name: 'Search the keep-until list' }).fill(referral.who);
  await afterKeep.getByRole('button', { name: `Erase ${about(referral)}` }).click();
  const confirm = app.dialog(`Erase ${about(referral)}?`);
  await expect(confirm.getByText(/the dates, where it came from and the outcome stay for reports/)).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Erase', exact: true }).click();
  await expect(app.status(`Erased ${about(referral)}.`)).toBeVisible();

  // ----- Erase a volunteer who left years ago, through "Erase this person".
  await count(before.items.length - 2);
  const afterReferral = section;
  await afterReferral.getByRole('searchbox', { name: 'Search the keep-until list' }).fill(volunteer.who);
  await afterReferral.getByRole('button', { name: `Erase ${about(volunteer)}` }).click();
  const erase = app.dialog(`Erase ${volunteer.who}?`);
  await expect(erase.getByRole('heading', { name: 'What will go' })).toBeVisible();
  await expect(erase.getByLabel('Why are their details being erased?')).toHaveValue(/^Past the keep-until date of \d\d\/\d\d\/\d{4}$/);
  await expectAccessible(page);
  await keepScreenshot(page, 'privacy-retention-erase-person');
  await erase.getByRole('button', { name: 'Erase this person' }).click();
  await expect(app.status(`Erased ${volunteer.who}’s details.`)).toBeVisible();
  await count(before.items.length - 3);

  // ----- The erasure log says why, with the placeholder and nothing that names them.
  const log = page.getByRole('region', { name: 'Erasures (1)' });
  await expect(log.getByRole('row').nth(1)).toContainText(/Erased person \w+VolunteerPast the keep-until date of \d\d\/\d\d\/\d{4}/);
  await expect(log).not.toContainText(volunteer.who);
  await expectAccessible(page);

  // ----- "Erase all listed" says how many and that it is one save (cancelled here).
  await afterReferral.getByRole('searchbox', { name: 'Search the keep-until list' }).fill('');
  await page.getByRole('button', { name: 'Erase all listed' }).click();
  const all = app.dialog(`Erase ${before.items.length - 3} items?`);
  await expect(all.getByText(/^Everything is erased in one save/)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'privacy-retention-erase-all');
  await all.getByRole('button', { name: 'Cancel' }).click();

  // ----- Large text at 1024 wide: the table still fits its box and passes axe.
  await peerDesk.call('settings.update', { textSize: 'large' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.reload();
  await expect(page.getByRole('region', { name: /^Past their keep-until date/ })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'privacy-retention-large');
});
