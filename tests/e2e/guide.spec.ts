import type { MemberList, MemberOutcomes } from '../../shared/api';
import { expect, guideScreenshot, test, type PeerDesk } from './support/fixtures';
import { SettingsPage } from './support/pages/settings';
import { WelcomeScreen } from './support/pages/welcome';

/**
 * The tour the user guide (docs/guide.md) takes, with the sample data: each main screen shows
 * what the guide says it shows, and its picture is taken here so the guide never goes stale.
 * The screens' own behaviour is tested in their specs; this checks the tour holds together.
 */

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * The first member (by name) of the sample data with SWEMWBS answered four or more times in one
 * programme and improved: found through the API, as the sample's names are not the test's to fix.
 */
async function memberWithOutcomes(peerDesk: PeerDesk): Promise<{ id: string; name: string }> {
  const { rows } = await peerDesk.call<MemberList>('members.list', { limit: 500 });
  for (const m of rows) {
    const { comparisons } = await peerDesk.call<MemberOutcomes>('outcomes.forMember', { memberId: m.id });
    if (comparisons.some((c) => c.measure.id === 'swemwbs' && c.count >= 4 && c.change.direction === 'improved')) return m;
  }
  throw new Error('The sample data has no member with SWEMWBS answered four times and improved');
}

test('the guide’s tour of the main screens, with the sample data', async ({ page, peerDesk }) => {
  const welcome = await WelcomeScreen.open(page, peerDesk);
  await expect(welcome.startEmptyButton).toBeVisible();
  // The test's folder is a temporary one with a random name; the guide shows where Peer Desk
  // keeps its data on Windows, as most coordinators will see it, so the picture stays the same.
  const folder = page.getByText(/^Data folder: /);
  await expect(folder).toContainText(peerDesk.dataDir);
  await folder.evaluate((el) => (el.textContent = 'Data folder: C:\\Users\\Coordinator\\AppData\\Roaming\\Peer Desk\\data'));
  await guideScreenshot(page, 'welcome');

  const app = await welcome.loadSampleData();
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Print this week's sign-in sheets" })).toBeVisible();
  await guideScreenshot(page, 'home');

  await page.getByRole('main').getByRole('button', { name: 'Take register' }).first().click();
  await expect(app.heading(/^Register/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save register' })).toBeVisible();
  await guideScreenshot(page, 'register');

  await app.goTo('Volunteers');
  const count = page.getByText(/^Showing \d+ of 50 volunteers/);
  await expect(count).toBeVisible();
  await guideScreenshot(page, 'volunteers');
  const current = (await count.textContent()) ?? '';
  await page.getByLabel('Status', { exact: true }).selectOption('active');
  await expect(count).not.toHaveText(current);
  const volunteer = page.locator('tbody tr').first().getByRole('link');
  const volunteerName = (await volunteer.textContent()) ?? '';
  await volunteer.click();
  await expect(app.heading(volunteerName)).toBeVisible();
  await expect(page.getByRole('tab', { name: 'DBS' })).toBeVisible();
  await guideScreenshot(page, 'volunteer-profile');

  await app.goTo('Members');
  await expect(page.getByText(/^Showing \d+ of \d+ members/)).toBeVisible();
  await guideScreenshot(page, 'members');

  await app.goTo('Referrals');
  await expect(page.getByRole('button', { name: 'Add referral' })).toBeVisible();
  await guideScreenshot(page, 'referrals');

  await app.goTo('Programmes');
  await expect(page.getByText(/^\d+ open programmes/)).toBeVisible();
  await guideScreenshot(page, 'programmes');

  // A member's Outcomes tab: a wellbeing questionnaire answered often enough for the chart to show a course.
  const { id: memberId, name: memberName } = await memberWithOutcomes(peerDesk);
  await app.visit(`/members/${memberId}/outcomes`, memberName);
  const outcomes = page.getByRole('tabpanel', { name: 'Outcomes' });
  await expect(outcomes.getByText(/^Improved: up [\d.]+ \(3 or more is a meaningful change\)\.$/).first()).toBeVisible();
  await expect(outcomes.getByRole('img', { name: /Chart of SWEMWBS metric scores/ })).toBeVisible();
  // The pointer is still on the menu's Programmes link: moved to a blank space, so no link shows as hovered.
  await page.mouse.move(1200, 180);
  await guideScreenshot(page, 'member-outcomes');

  // The hand-over screen at its first question; taken back unfinished, so nothing is saved.
  await outcomes.getByRole('button', { name: 'Hand over the screen' }).click();
  await app.dialog('Hand over the screen').getByRole('button', { name: 'Start the questionnaire' }).click();
  const handOver = app.dialog(/^Questionnaire for /);
  await handOver.getByRole('button', { name: 'Start' }).click();
  await expect(handOver.getByText(/^Question 1 of \d+$/)).toBeVisible();
  await guideScreenshot(page, 'hand-over');
  await handOver.getByRole('button', { name: 'Back to coordinator' }).click();
  const giveBack = app.dialog('Give the screen back to the coordinator?');
  await giveBack.getByLabel('I am the coordinator').check();
  await giveBack.getByRole('button', { name: 'Back to coordinator' }).click();
  await expect(app.status('Back from the hand-over screen. Nothing was saved.')).toBeVisible();

  await app.goTo('Groups');
  const group = page.getByRole('main').getByRole('link').filter({ hasText: /\S/ }).first();
  const groupName = (await group.textContent()) ?? '';
  await group.click();
  await expect(app.heading(groupName)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next session' })).toBeVisible();
  await guideScreenshot(page, 'group');

  await app.goTo('Compliance');
  await expect(page.getByRole('button', { name: /Print/ }).first()).toBeVisible();
  await guideScreenshot(page, 'compliance');

  await app.goTo('Newsletters');
  await expect(page.getByRole('button', { name: /New newsletter|Start a newsletter/ })).toBeVisible();
  await guideScreenshot(page, 'newsletters');

  await app.goTo('Grants & reports');
  const grant = page.getByRole('main').getByRole('link').first();
  const grantName = (await grant.textContent()) ?? '';
  await grant.click();
  await expect(app.heading(grantName)).toBeVisible();
  await guideScreenshot(page, 'grant');

  // The list of sections, and the first of them.
  await SettingsPage.open(app, 'Organisation');
  await expect(page.getByLabel('Organisation name')).toHaveValue(/./);
  await guideScreenshot(page, 'settings');
});
