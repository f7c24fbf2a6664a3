import { addYears, format, subDays } from 'date-fns';
import type { ProgrammeDetail } from '../../shared/api';
import type { Referral } from '../../shared/domain/referrals';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { lookAtEverySize, ProgrammeRecord } from './support/pages/programmes';
import { GrantPage, ReportsList } from './support/pages/reports';
import { seedMember } from './support/people';
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
  // A quarter of an hour's travel to each session, added to the volunteer's hours.
  await peerDesk.call('settings.update', { oneToOneTravelMinutes: 15 });
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

  // Start a programme: kind → volunteer → dates. Amira is not a member yet, so there is
  // nothing to match on: "Match later", and why.
  await page.getByRole('button', { name: 'Start a programme' }).click();
  const startDialog = page.getByRole('dialog', { name: 'Start a programme for Amira Haddad' });
  await startDialog.getByRole('radio', { name: /^Peer coaching/ }).check();
  await lookAtEverySize(page, 'programme-start-kind');
  await startDialog.getByRole('button', { name: 'Next' }).click();
  await expect(startDialog.getByText(/Amira Haddad is not a member yet, so there is nothing to match on/)).toBeVisible();
  await expect(startDialog.getByRole('button', { name: /Choose this volunteer/ })).toHaveCount(0);
  await lookAtEverySize(page, 'programme-start-match-later');
  await startDialog.getByRole('button', { name: 'Match later' }).click();
  await startDialog.getByLabel('Start date').fill(uk(start));
  await startDialog.getByRole('button', { name: 'Start programme' }).click();

  // "Suggest volunteers" on the programme explains its choices, and who was left out.
  const record = new ProgrammeRecord(page);
  await expect(record.heading('Amira Haddad: Peer coaching')).toBeVisible();
  await expect(record.summary).toContainText('Waiting for a match');
  await page.getByRole('button', { name: 'Suggest volunteers' }).click();
  const choose = record.dialog('Suggest volunteers');
  const why = choose.getByRole('list', { name: 'Why Dorota Nowak' });
  await expect(why).toContainText('Supporting 0 of 2');
  await choose.getByText(/Left out/).click();
  await expect(choose.getByText(/Fay Lamb: .*DBS/)).toBeVisible();
  await choose.getByLabel('Date matched').fill(uk(start));
  await lookAtEverySize(page, 'programme-suggest-volunteers');
  await choose.getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }).click();
  await expect(choose).toBeHidden();
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

  // Her hours: the ten attended sessions (an hour each) and a quarter of an hour's travel to
  // each; the one she did not attend adds none.
  await page.getByRole('tab', { name: 'Hours' }).click();
  const hours = page.getByRole('tabpanel', { name: 'Hours' });
  await expect(hours).toContainText('12 hours 30 minutes in all');
  const byYear = hours.getByRole('table', { name: 'Hours by year' });
  await expect(byYear.getByRole('rowheader', { name: 'One-to-one sessions', exact: true })).toBeVisible();
  await expect(byYear.getByRole('rowheader', { name: 'Travel for one-to-one sessions' })).toBeVisible();
  await lookAtEverySize(page, 'volunteer-hours-one-to-one');

  // ----- The funder's yearly report (REPORT) ---------------------------------------------------
  // A grant for Peer coaching alone, its first year running from before the referral to after
  // today: the report counts Amira, her ten sessions (one by phone), the completion and the
  // onward referral. Small numbers are hidden as Settings has it by default.
  test.setTimeout(330_000);
  const grantStart = subDays(today, 120);
  const reports = await ReportsList.open(app);
  const form = await reports.addGrant();
  await form.field('Funder').fill('Sutton Wellbeing Trust');
  await page.getByLabel('Grant name').fill('Coaching back to routine');
  await page.getByLabel('Amount (£)').fill('£8,000');
  await page.getByLabel('Start date').fill(uk(grantStart));
  await page.getByLabel('End date').fill(uk(subDays(addYears(grantStart, 1), 1)));
  await page.getByLabel('Every year').check();
  await expect(form.groups).toContainText('There are no groups yet.');
  await page.getByRole('group', { name: 'Kinds of programme the grant funds' }).getByRole('checkbox', { name: 'Peer coaching' }).check();
  await lookAtEverySize(page, 'grant-form-programmes');
  await form.save();
  const grant = new GrantPage(page);
  await expect(grant.heading('Coaching back to routine')).toBeVisible();
  await expect(page.getByText('Programmes funded')).toBeVisible();
  const reportForm = await grant.createReport(/^Create report for Year 1/);
  const report = await reportForm.create(/^Year 1: /);
  await expect(page.getByRole('heading', { level: 2, name: 'One-to-one support' })).toBeVisible();
  await expect(page.getByText(/Programmes funded: Peer coaching\./)).toBeVisible();
  expect(await report.figure('People supported one to one')).toEqual(['1', '1']);
  expect(await report.figure('Sessions delivered')).toEqual(['10', '10']);
  expect(await report.figure('Did not attend')).toEqual(['1', '1']);
  // Referred 10 days before the start, first session a week after it.
  expect(await report.figure('Median days from referral to first session')).toEqual(['17 days', '17 days']);
  const cellsOf = (table: string, name: string) => page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(cellsOf('How sessions were delivered', 'Phone')).toContainText('1');
  await expect(cellsOf('How sessions were delivered', 'In person')).toContainText('8');
  await expect(cellsOf('How programmes ended', 'Completed')).toContainText('<5');
  await expect(cellsOf('How programmes ended', 'Programmes ended')).toContainText('1');
  await expect(cellsOf('Onward referrals', 'Recovery College')).toContainText('<5');
  await expect(cellsOf('Onward referrals', 'Onward referrals in all')).toContainText('1');
  // Her coach's ten hours and a quarter of an hour's travel to each, in the volunteer time.
  await expect(cellsOf('Volunteer hours and their value', 'One-to-one sessions')).toContainText('10');
  await expect(cellsOf('Volunteer hours and their value', 'Travel for one-to-one sessions')).toContainText('2.5');
  await lookAtEverySize(page, 'report-one-to-one');
});

test('from a member’s profile: kind → a suggested volunteer → dates, the travel time in Settings, a dated pause', async ({ page, peerDesk }) => {
  test.setTimeout(180_000);
  await startedEmpty(peerDesk);
  await readyPeerCoach(peerDesk, 'Dorota', 'Nowak', { languages: ['Polish', 'English'], interests: ['chess'] });
  await readyPeerCoach(peerDesk, 'Gwen', 'Hughes', { languages: ['English'] });
  const ewa = await seedMember(peerDesk, { firstName: 'Ewa', lastName: 'Kowalska', interests: ['chess'], languages: ['Polish', 'English'], needsLanguage: 'Polish' }, 'active');
  const app = await App.openAtHome(page, peerDesk);

  // Settings → Programme kinds: the travel time, refused past 4 hours in the main process's words.
  await app.goTo('Settings');
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Programme kinds' }).click();
  const travel = app.field('Travel time added to each one-to-one session (minutes)');
  await expect(travel).toHaveValue('0');
  await travel.fill('300');
  await page.getByRole('button', { name: 'Save hours and contact' }).click();
  await expect(page.getByText('Enter 240 minutes (4 hours) or fewer')).toBeVisible();
  await lookAtEverySize(page, 'settings-one-to-one-error');
  await travel.fill('20');
  await page.getByRole('button', { name: 'Save hours and contact' }).click();
  await expect(app.status('Settings saved')).toBeVisible();
  await lookAtEverySize(page, 'settings-one-to-one');

  // The member form: the language her volunteer must speak is one of hers, ticked.
  await app.visit(`/members/${ewa.id}/edit`, /Ewa Kowalska/);
  const mustSpeak = page.getByRole('group', { name: 'Language their volunteer must speak' });
  await expect(mustSpeak.getByRole('checkbox', { name: 'Their volunteer must speak Polish' })).toBeChecked();
  await expect(mustSpeak.getByRole('checkbox', { name: 'Their volunteer must speak English' })).not.toBeChecked();
  await mustSpeak.scrollIntoViewIfNeeded();
  await keepScreenshot(page, 'member-must-speak-1280-standard');

  await app.visit(`/members/${ewa.id}`, 'Ewa Kowalska');
  await page.getByRole('tab', { name: 'Programmes' }).click();
  await page.getByRole('button', { name: 'Start a programme' }).click();
  const start = page.getByRole('dialog', { name: 'Start a programme for Ewa Kowalska' });
  await start.getByRole('radio', { name: /^Peer coaching/ }).check();
  await start.getByRole('button', { name: 'Next' }).click();
  await expect(start.getByText('Step 2 of 3: the volunteer')).toBeFocused();
  await expect(start.getByRole('list', { name: 'Why Dorota Nowak' })).toContainText('Speaks: Polish, English');
  await start.getByText(/Left out/).click();
  await expect(start.getByText('Gwen Hughes: Does not speak Polish')).toBeVisible();
  await lookAtEverySize(page, 'programme-start-volunteer');
  await start.getByRole('button', { name: 'Choose this volunteer: Dorota Nowak' }).click();
  await expect(start.getByText('Peer coaching, with Dorota Nowak.')).toBeVisible();
  await lookAtEverySize(page, 'programme-start-dates');
  await start.getByRole('button', { name: 'Start programme' }).click();

  const record = new ProgrammeRecord(page);
  await expect(record.heading('Ewa Kowalska: Peer coaching')).toBeVisible();
  await expect(record.summary).toContainText('Dorota Nowak');
  await expect(record.summary).toContainText('Matched');

  // Pause, dated: a date before the start is refused beside the date, and kept.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const pause = record.dialog('Pause programme');
  await expect(pause.getByLabel('Date paused')).toHaveValue(uk(today));
  await pause.getByLabel('Date paused').fill(uk(subDays(today, 3)));
  await pause.getByRole('button', { name: 'Pause programme' }).click();
  await expect(pause.getByText(/Enter a date on or after .*, when the programme started/)).toBeVisible();
  await expect(pause.getByLabel('Date paused')).toHaveValue(uk(subDays(today, 3)));
  await lookAtEverySize(page, 'programme-pause');
  await pause.getByLabel('Date paused').fill(uk(today));
  await pause.getByRole('button', { name: 'Pause programme' }).click();
  await expect(pause).toBeHidden();
  await expect(record.summary).toContainText('Paused');
});
