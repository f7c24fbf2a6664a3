import { format, subDays } from 'date-fns';
import type { ProgrammeDetail } from '../../shared/api';
import type { Referral } from '../../shared/domain/referrals';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { lookAtEverySize, ProgrammeRecord } from './support/pages/programmes';
import { startedEmpty } from './support/setup';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const today = new Date();

/** A peer coach with every check in order (enhanced DBS, both courses, recent supervision). */
async function readyPeerCoach(desk: PeerDesk, firstName: string, lastName: string, more: Record<string, unknown>): Promise<Volunteer> {
  const { volunteer } = await desk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer: { firstName, lastName, roles: ['peer-coach'], ...more }, status: 'active' });
  const volunteerId = volunteer.id;
  await desk.call('compliance.saveDbsCheck', { volunteerId, record: { level: 'enhanced', certificateNumber: '001234567890', issueDate: iso(subDays(today, 200)), decision: 'accepted', decisionBy: 'Sam Lead' } });
  for (const courseId of ['peer-theory-practice', 'safeguarding-adults']) {
    await desk.call('compliance.saveTraining', { volunteerId, record: { courseId, date: iso(subDays(today, 150)), status: 'completed', certificateHeld: true } });
  }
  await desk.call('compliance.saveSupervision', { volunteerId, record: { date: iso(subDays(today, 7)), kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60 } });
  return volunteer;
}

test('coaching: a social prescriber’s referral → Peer coaching → suggested volunteer → 10 of 10 → completed, referred on', async ({ page, peerDesk }) => {
  test.setTimeout(240_000);
  await startedEmpty(peerDesk);
  const dorota = await readyPeerCoach(peerDesk, 'Dorota', 'Nowak', { languages: ['Polish'], interests: ['gardening', 'football'], availability: ['mon-morning', 'wed-morning'] });
  // A peer coach without a DBS check is left out, and says why.
  await peerDesk.call('volunteers.create', { volunteer: { firstName: 'Fay', lastName: 'Lamb', roles: ['peer-coach'] }, status: 'active' });
  const start = subDays(today, 90);
  const referral = await peerDesk.call<Referral>('referrals.create', {
    referral: {
      receivedDate: iso(subDays(start, 10)),
      source: 'social-prescriber',
      referrer: { name: 'Priya Shah', organisation: 'Sutton Social Prescribing' },
      person: { firstName: 'Amira', lastName: 'Haddad', phone: '07700 900 982' },
      reason: 'Low mood since losing her job; would like help back into routine.',
    },
  });

  const app = await App.openAtHome(page, peerDesk);
  await page.evaluate((id) => (window.location.hash = `#/referrals/${id}`), referral.id);
  await expect(app.heading('Referral: Amira Haddad')).toBeVisible();

  // Start a programme: kind → dates → volunteer.
  await page.getByRole('button', { name: 'Start a programme' }).click();
  const startDialog = page.getByRole('dialog', { name: 'Start a programme for Amira Haddad' });
  await startDialog.getByRole('radio', { name: /^Peer coaching/ }).check();
  await lookAtEverySize(page, 'programme-start-kind');
  await startDialog.getByRole('button', { name: 'Next' }).click();
  await startDialog.getByLabel('Start date').fill(uk(start));
  await lookAtEverySize(page, 'programme-start-dates');
  await startDialog.getByRole('button', { name: 'Start programme' }).click();

  // "Suggest volunteers" explains its choices, and who was left out.
  const choose = page.getByRole('dialog', { name: 'Amira Haddad: Peer coaching' });
  const why = choose.getByRole('list', { name: 'Why Dorota Nowak' });
  await expect(why).toContainText('Supporting 0 of 2');
  await choose.getByText(/Left out/).click();
  await expect(choose.getByText(/Fay Lamb: .*DBS/)).toBeVisible();
  await lookAtEverySize(page, 'programme-start-volunteer');
  await choose.getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }).click();

  const record = new ProgrammeRecord(page);
  await expect(record.heading('Amira Haddad: Peer coaching')).toBeVisible();
  await expect(record.summary).toContainText('Dorota Nowak');
  const programmeId = page.url().split('/programmes/')[1]!;

  // Nine sessions through the API (one did not attend, one by phone), two through the dialog.
  for (let i = 1; i <= 9; i++) {
    const outcome = i === 3 ? 'did-not-attend' : 'attended';
    const mode = i === 5 ? 'phone' : 'in-person';
    await peerDesk.call<ProgrammeDetail>('programmes.logSession', { programmeId, session: { date: iso(subDays(start, -7 * i)), startTime: '10:00', minutes: 60, mode, outcome } });
  }
  await page.reload();
  await record.expectCounter('8 of 10');
  await record.logSession(uk(subDays(start, -70)));
  await record.expectCounter('9 of 10');
  await record.sessions.getByRole('button', { name: 'Log a session' }).click();
  await lookAtEverySize(page, 'programme-log-session');
  await record.dialog('Log a session').getByRole('button', { name: 'Cancel' }).click();
  await record.logSession(uk(subDays(start, -77)), 'Video');
  await record.expectCounter('10 of 10');
  await expect(record.sessions.getByRole('row')).toHaveCount(12);
  await expect(record.sessions.getByRole('row').nth(1)).toContainText('Video');

  // A goal in her own words, reviewed.
  await record.goals.getByRole('button', { name: 'Add goal' }).click();
  const goal = record.dialog('Add goal');
  await goal.getByLabel('Goal', { exact: true }).fill('Get up at the same time every weekday');
  await goal.getByLabel('Small steps (optional)').fill('Alarm at 8\nWalk to the shop before 10');
  await lookAtEverySize(page, 'programme-add-goal');
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await record.goals.getByRole('button', { name: /Review goal/ }).click();
  const review = record.dialog('Review goal');
  await review.getByRole('radio', { name: 'Mostly there' }).check();
  await lookAtEverySize(page, 'programme-review-goal');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(record.goals).toContainText('Mostly there');

  // "10 of 10: end or extend?"
  await expect(page.getByText('10 of 10: end or extend?')).toBeVisible();
  await lookAtEverySize(page, 'programme-record');
  await page.getByRole('button', { name: 'Extend programme' }).click();
  await lookAtEverySize(page, 'programme-extend');
  await record.dialog('Extend programme').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Change volunteer' }).click();
  await expect(record.dialog('Change volunteer').getByText(/Left out/)).toBeVisible();
  await lookAtEverySize(page, 'programme-change-volunteer');
  await record.dialog('Change volunteer').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'End programme', exact: true }).click();
  const end = record.dialog('End programme');
  await end.getByRole('radio', { name: 'Completed' }).check();
  await end.getByRole('checkbox', { name: 'Recovery College' }).check();
  await lookAtEverySize(page, 'programme-end');
  await end.getByRole('button', { name: 'End programme', exact: true }).click();
  await expect(end).toBeHidden();
  await expect(record.summary).toContainText('Completed. Referred on to Recovery College');
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // The Programmes list, from the menu: ended ones show under "All".
  await app.goTo('Programmes');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('All, ended too');
  const row = page.getByRole('row').filter({ hasText: 'Amira Haddad' });
  await expect(row).toContainText('10 of 10');
  await expect(row).toContainText('Ended');
  await lookAtEverySize(page, 'programmes-list');

  // The member's Programmes tab and the volunteer's caseload show the counter too.
  await row.getByRole('link', { name: 'Amira Haddad' }).click();
  await page.getByRole('link', { name: /member record/ }).click();
  await page.getByRole('tab', { name: 'Programmes' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Programmes' })).toContainText('10 of 10');
  await lookAtEverySize(page, 'member-programmes-tab');

  // The volunteer's caseload: each person's counter and last contact.
  await page.evaluate((id) => (window.location.hash = `#/volunteers/${id}`), dorota.id);
  await page.getByRole('tab', { name: 'Caseload' }).click();
  const caseload = page.getByRole('tabpanel', { name: 'Caseload' });
  await expect(caseload).toContainText('Supporting 0 of 2');
  await expect(caseload.getByRole('row').filter({ hasText: 'Amira Haddad' })).toContainText('10 of 10');
  await lookAtEverySize(page, 'volunteer-caseload-tab');
});
