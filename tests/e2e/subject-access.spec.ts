import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, subDays } from 'date-fns';
import { strFromU8, unzipSync } from 'fflate';
import type { ProgrammeDetail } from '../../shared/api';
import type { Group } from '../../shared/domain/groups';
import type { Venue } from '../../shared/domain/venues';
import type { PackJson } from '../../shared/domain/subject-access-export';
import { expect, expectAccessible, keepScreenshot, test } from './support/fixtures';
import { App } from './support/pages/app';
import { openList, seedMember, seedVolunteer } from './support/people';

/**
 * Issue 15 §2: a member with a group, a programme and a questionnaire asks for their data. The
 * request is recorded from her record, shows on Home, the pack is prepared, one item is
 * withheld with its reason, and the saved .zip holds a JSON file without it and a PDF with
 * her name. The request is then answered and leaves Home.
 */

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

test('answers a subject access request: recorded, on Home, pack prepared with one item withheld, saved as a zip, answered', async ({ page, peerDesk }) => {
  test.setTimeout(90_000);
  await peerDesk.call('system.startEmpty', { organisationName: 'Cwm Taf Peer Support', yourName: 'Sam Coordinator' });
  const amira = await seedMember(peerDesk, { firstName: 'Amira', lastName: 'Haddad', notes: 'Prefers morning groups' }, 'active');
  const brian = await seedMember(peerDesk, { firstName: 'Brian', lastName: 'Okafor' }, 'active');
  const venue = await peerDesk.call<Venue>('venues.create', { venue: { name: 'St Mary’s Hall' } });
  const group = await peerDesk.call<Group>('groups.create', {
    group: { name: 'Tuesday Walk', kind: 'peer-group', venueId: venue.id, schedule: { frequency: 'weekly', weekday: 'tue', startTime: '10:00', endTime: '11:30', startDate: iso(subDays(new Date(), 60)) } },
  });
  for (const m of [amira, brian]) await peerDesk.call('groups.addMember', { groupId: group.id, memberId: m.id, joined: iso(subDays(new Date(), 50)) });
  const dorota = await seedVolunteer(peerDesk, 'Dorota', 'Nowak');
  const started = await peerDesk.call<ProgrammeDetail>('programmes.start', { memberId: amira.id, kindId: 'peer-coaching', volunteerId: dorota.id, date: iso(subDays(new Date(), 40)) });
  await peerDesk.call('programmes.logSession', {
    programmeId: started.programme.id,
    session: { date: iso(subDays(new Date(), 30)), minutes: 60, mode: 'in-person', outcome: 'attended', note: 'Planned a walk to the shops', privateNote: 'Worried about her sister' },
  });
  await peerDesk.call('outcomes.record', { memberId: amira.id, completion: { measureId: 'ucla-3', date: iso(subDays(new Date(), 30)), given: 'paper', answers: { companionship: 2, 'left-out': 1, isolated: 2 } } });

  // ----- "Subject access request" on her record.
  const app = await App.openAtHome(page, peerDesk);
  await openList(page, 'Members');
  await page.getByRole('link', { name: 'Amira Haddad' }).click();
  await page.getByRole('button', { name: 'Subject access request' }).click();
  const dialog = app.dialog('Subject access request: Amira Haddad');
  await dialog.getByRole('radio', { name: 'By email' }).check();
  await expect(dialog.getByText(/^Answer by /)).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'sar-dialog');
  await dialog.getByRole('button', { name: 'Record request' }).click();
  await expect(app.heading('Subject access request: Amira Haddad')).toBeVisible();

  // ----- Home lists it until it is answered.
  await app.goTo('Home');
  const home = page.getByRole('region', { name: 'Subject access requests' });
  await expect(home).toContainText(/Amira Haddad \(Subject access\): due \w{3} \d+ \w{3}( \d{4})?, (30|31|28|29) days left/);
  await keepScreenshot(page, 'sar-home');
  await home.getByRole('link', { name: 'Amira Haddad' }).click();
  await expect(app.heading('Subject access request: Amira Haddad')).toBeVisible();

  // ----- Prepare the pack: every kind of item, private notes included; withhold the group.
  await page.getByRole('button', { name: 'Prepare the pack' }).click();
  const pack = page.getByRole('region', { name: /^The pack: \d+ items/ });
  await expect(pack.getByRole('heading', { name: /^The pack/ })).toBeFocused();
  for (const heading of ['Your record', 'Groups', 'One-to-one support', 'One-to-one session notes', 'Questionnaire answers']) await expect(pack.getByRole('heading', { level: 3, name: new RegExp(`^${heading}`) })).toBeVisible();
  await expect(pack.getByText('Worried about her sister')).toBeVisible();
  await expect(pack.getByText('Brian')).toHaveCount(0);
  await expectAccessible(page);
  await keepScreenshot(page, 'sar-review');
  await pack.getByRole('button', { name: 'Withhold Groups: Tuesday Walk' }).click();
  const withhold = app.dialog('Withhold Groups: Tuesday Walk?');
  await withhold.getByLabel('Why are you withholding it?').fill('It identifies someone else');
  await expectAccessible(page);
  await withhold.getByRole('button', { name: 'Withhold it' }).click();
  await expect(pack.getByText('Withheld: It identifies someone else')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Log' })).toContainText('Withheld “Groups: Tuesday Walk”: It identifies someone else');

  // ----- Save: one zip, a JSON without the withheld item and a PDF with her name.
  const download = await app.download(pack.getByRole('button', { name: 'Save the pack (.zip)' }));
  expect(download.suggestedFilename()).toBe(`subject-access-amira-haddad-${iso(new Date())}.zip`);
  const zipPath = test.info().outputPath('pack.zip');
  await download.saveAs(zipPath);
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const jsonName = Object.keys(files).find((n) => n.endsWith('.json'))!;
  const json = JSON.parse(strFromU8(files[jsonName]!)) as PackJson;
  expect(json).toMatchObject({ format: 'peer-desk-subject-access', version: 1, person: { name: 'Amira Haddad' }, withheld: [{ heading: 'Groups', reason: 'It identifies someone else' }] });
  const kinds = new Set(json.items.map((i) => i.kind));
  for (const kind of ['record', 'programme', 'programme-session', 'questionnaire', 'audit']) expect(kinds.has(kind as never), kind).toBe(true);
  expect(json.items.some((i) => i.kind === 'group')).toBe(false);
  expect(JSON.stringify(json)).toContain('Worried about her sister');
  expect(JSON.stringify(json)).not.toContain('Brian');
  const pdfPath = test.info().outputPath('pack.pdf');
  writeFileSync(pdfPath, files[Object.keys(files).find((n) => n.endsWith('.pdf'))!]!);
  const pdf = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdf).toContain('The information we hold about you');
  expect(pdf).toContain('Prepared for Amira Haddad');
  expect(pdf).toContain('Groups: It identifies someone else');

  // ----- Answered: it says so, and it has left Home.
  await expect(app.status(/The request is answered/)).toBeVisible();
  await expect(page.getByText(/, answered on \d\d\/\d\d\/\d{4}\./)).toBeVisible();
  await app.goTo('Home');
  await expect(page.getByRole('region', { name: 'Subject access requests' })).toHaveCount(0);

  // ----- The Privacy page's section: a count, search, answered requests folded away.
  await app.goTo('Privacy');
  const section = page.getByRole('region', { name: /^Subject access requests/ });
  await expect(section.getByRole('heading', { name: 'Subject access requests (1)' })).toBeVisible();
  await expect(section.getByText('1 request; all answered.')).toBeVisible();
  await section.getByText('Answered requests (1)').click();
  await expect(section.getByRole('link', { name: 'Amira Haddad' })).toBeVisible();
  await section.getByRole('searchbox', { name: 'Search subject access requests' }).fill('nobody');
  await expect(section.getByText('No requests match the search.')).toBeVisible();
  await section.getByRole('searchbox', { name: 'Search subject access requests' }).fill('amira');
  await expectAccessible(page);
  await keepScreenshot(page, 'sar-privacy');
});
