import { format, subDays } from 'date-fns';
import type { ProgrammeDetail } from '../../shared/api';
import type { Volunteer } from '../../shared/domain/volunteers';
import { expect, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { VolunteerProfile } from './support/pages/compliance';
import { lookAtEverySize, ProgrammeRecord } from './support/pages/programmes';
import { seedMember } from './support/people';
import { startedEmpty } from './support/setup';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const today = new Date();
/** Today's weekday morning, as availability is kept ("tue-morning"). */
const thisMorning = `${format(today, 'EEE').toLowerCase()}-morning`;

/** A travel buddy with every check in order (enhanced DBS, both courses, recent supervision). */
async function readyBuddy(desk: PeerDesk, firstName: string, lastName: string, availability: string[]): Promise<Volunteer> {
  const { volunteer } = await desk.call<{ volunteer: Volunteer }>('volunteers.create', { volunteer: { firstName, lastName, roles: ['travel-buddy'], availability }, status: 'active' });
  const volunteerId = volunteer.id;
  await desk.call('compliance.saveDbsCheck', { volunteerId, record: { level: 'enhanced', certificateNumber: '001234567890', issueDate: iso(subDays(today, 200)), decision: 'accepted', decisionBy: 'Sam Lead' } });
  for (const courseId of ['intro-peer-support', 'safeguarding-adults']) {
    await desk.call('compliance.saveTraining', { volunteerId, record: { courseId, date: iso(subDays(today, 150)), status: 'completed', certificateHeld: true } });
  }
  await desk.call('compliance.saveSupervision', { volunteerId, record: { date: iso(subDays(today, 7)), kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60 } });
  return volunteer;
}

test('travel buddy: request → Home asks for a buddy → find a buddy → mark done with miles → mileage on their Expenses, the counter moved', async ({ page, peerDesk }) => {
  test.setTimeout(180_000);
  await startedEmpty(peerDesk);
  const tegan = await readyBuddy(peerDesk, 'Tegan', 'Morris', [thisMorning]);
  // Free only in the evenings: left out of this morning's trip, and said why.
  await readyBuddy(peerDesk, 'Owain', 'Price', [`${format(today, 'EEE').toLowerCase()}-evening`]);
  const gwen = await seedMember(peerDesk, { firstName: 'Gwen', lastName: 'Evans' }, 'active');
  const started = await peerDesk.call<ProgrammeDetail>('programmes.start', { memberId: gwen.id, kindId: 'travel-buddy', date: iso(subDays(today, 30)) });

  const app = await App.openAtHome(page, peerDesk);
  await app.visit(`/programmes/${started.programme.id}`, 'Gwen Evans: Travel buddy');
  const record = new ProgrammeRecord(page);
  const trips = page.getByRole('region', { name: 'Travel buddy trips' });
  await record.expectCounter('0 sessions');

  // "Request a travel buddy": a wrong time is said beside the field, and nothing typed is lost.
  await trips.getByRole('button', { name: 'Request a travel buddy' }).click();
  const request = record.dialog('Request a travel buddy');
  await request.getByLabel('Date of the appointment').fill(uk(today));
  await request.getByLabel('Pick-up time').fill('9.30');
  await request.getByLabel('Where the appointment is').fill('St Helier Hospital, outpatients');
  await request.getByLabel('Pick-up address').fill('Flat 2, 14 Mill Lane, Sutton SM1 4AA');
  await request.getByRole('checkbox', { name: 'Return journey needed' }).check();
  await request.getByLabel('Access notes (optional)').fill('Uses a walking frame; ring the bell twice.');
  await request.getByRole('button', { name: 'Request a travel buddy' }).click();
  await expect(request.getByText('Enter the time as hh:mm (24-hour), like 09:30 or 14:15')).toBeVisible();
  await expect(request.getByLabel('Where the appointment is')).toHaveValue('St Helier Hospital, outpatients');
  await lookAtEverySize(page, 'trip-request');
  await request.getByLabel('Pick-up time').fill('09:30');
  await request.getByRole('button', { name: 'Request a travel buddy' }).click();
  await expect(request).toBeHidden();
  const trip = trips.getByRole('article');
  await expect(trip).toContainText('St Helier Hospital, outpatients');
  await expect(trip).toContainText('No buddy yet');
  await lookAtEverySize(page, 'trip-requested');

  // Home: the trip is in the next 7 days with no buddy, first on the one-to-one programmes card.
  await app.goTo('Home');
  const homeCard = page.getByRole('region', { name: 'One-to-one programmes' });
  const noBuddy = `no buddy yet for the trip on ${format(today, 'EEE d MMM yyyy')} at 09:30 to St Helier Hospital, outpatients`;
  await expect(homeCard.getByRole('listitem').first()).toContainText(`Gwen Evans (Travel buddy): ${noBuddy}`);
  await lookAtEverySize(page, 'trip-home');
  await homeCard.getByRole('link', { name: 'Gwen Evans' }).click();
  await expect(record.heading('Gwen Evans: Travel buddy')).toBeVisible();

  // "Find a buddy": who is free this morning, and who is not and why.
  await trips.getByRole('button', { name: /^Find a buddy/ }).click();
  const find = record.dialog('Find a buddy');
  await expect(find.getByRole('list', { name: 'Why Tegan Morris' })).toContainText(`Free on ${format(today, 'EEEE')} mornings`);
  await find.getByText(/Left out/).click();
  await expect(find.getByText(`Owain Price: Not free on ${format(today, 'EEEE')} mornings`)).toBeVisible();
  await lookAtEverySize(page, 'trip-find-buddy');
  await find.getByRole('button', { name: 'Choose this volunteer: Tegan Morris' }).click();
  await expect(find).toBeHidden();
  await expect(trip.getByRole('link', { name: 'Tegan Morris' })).toBeVisible();

  // "Mark trip done" with the miles: an attended session, and Tegan's mileage line.
  await trip.getByRole('button', { name: /^Mark trip done/ }).click();
  const done = record.dialog('Mark trip done');
  await expect(done.getByLabel('How long it took, in minutes')).toHaveValue('120');
  await done.getByLabel('Miles driven (optional)').fill('14');
  await lookAtEverySize(page, 'trip-done');
  await done.getByRole('button', { name: 'Mark trip done' }).click();
  await expect(done).toBeHidden();
  await record.expectCounter('1 session');
  await expect(record.sessions.getByRole('row').nth(1)).toContainText('Out and about, St Helier Hospital, outpatients');
  // 14 miles at 45p.
  // Done, it is folded away with past trips.
  await expect(trip).toBeHidden();
  await trips.getByText('Past and cancelled trips (1)').click();
  await expect(trips.getByRole('table', { name: 'Past and cancelled trips, newest first' })).toContainText("Done: Session logged (120 minutes) · 14 miles, £6.30 on Tegan Morris's Expenses");
  await lookAtEverySize(page, 'trip-done-card');

  const profile = await VolunteerProfile.visit(app, tegan.id, 'Tegan Morris');
  const expenses = await profile.openTab('Expenses');
  const line = expenses.getByRole('row', { name: /Travel buddy trip to St Helier Hospital, outpatients/ });
  await expect(line).toContainText('£6.30');

  // Home no longer asks for a buddy.
  await app.goTo('Home');
  await expect(homeCard).toBeVisible();
  await expect(homeCard).not.toContainText('no buddy yet');
});
