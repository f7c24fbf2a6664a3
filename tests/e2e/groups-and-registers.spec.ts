import { addDays, format, startOfISOWeek, subDays } from 'date-fns';
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { App } from './support/pages/app';
import { GroupPage, GroupsList, ReferralsList, VenuesList } from './support/pages/groups';

const WEEKDAY_IDS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const uk = (d: Date) => format(d, 'dd/MM/yyyy');
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Reads a downloaded PDF back as text, as a person would read the page. */
async function pdfText(download: import('@playwright/test').Download, path: string): Promise<string> {
  await download.saveAs(path);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Through the API: a facilitator, a venue and the weekly group the first test adds through its forms. */
async function weeklyGroup(desk: PeerDesk, today: Date): Promise<{ groupId: string; facilitatorId: string }> {
  await desk.call('system.startEmpty');
  const facilitator = await desk.call<{ volunteer: { id: string } }>('volunteers.create', { volunteer: { firstName: 'Gwenllian', lastName: 'ap Llŷr' }, status: 'enquiry' });
  const venue = await desk.call<{ id: string }>('venues.create', {
    venue: { name: 'Crookes Community Centre', address: { line1: '1 Crookes Road', postcode: 'S10 1UB' }, access: { stepFree: 'yes', hearingLoop: 'yes' } },
  });
  const group = await desk.call<{ id: string }>('groups.create', {
    group: {
      name: 'Peer Support Plus',
      kind: 'peer-group',
      venueId: venue.id,
      schedule: { frequency: 'weekly', weekday: WEEKDAY_IDS[today.getDay()], startTime: '10:30', endTime: '12:00', startDate: iso(subDays(today, 28)), skipBankHolidays: false },
      capacity: 10,
      facilitatorIds: [facilitator.volunteer.id],
      guidelines: 'Okay to leave, okay to come back. What is said here stays here.',
    },
  });
  return { groupId: group.id, facilitatorId: facilitator.volunteer.id };
}

test('adds a venue and a weekly group with its facilitator', async ({ page, peerDesk }) => {
  const today = new Date();
  await peerDesk.call('system.startEmpty');
  await peerDesk.call('volunteers.create', { volunteer: { firstName: 'Gwenllian', lastName: 'ap Llŷr' }, status: 'enquiry' });
  const app = await App.openAtHome(page, peerDesk);

  const venues = await VenuesList.open(app);
  await venues.addVenue();
  await page.getByLabel('Venue name').fill('Crookes Community Centre');
  await page.getByLabel('Address line 1').fill('1 Crookes Road');
  await page.getByLabel('Postcode').fill('S10 1UB');
  await venues.access('Step-free access').getByLabel('Yes').check();
  await venues.access('Hearing loop').getByLabel('Yes').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Crookes Community Centre' })).toBeVisible();
  await expectAccessible(page);

  const groups = await GroupsList.open(app);
  await groups.addGroup();
  await page.getByLabel('Group name').fill('Peer Support Plus');
  await page.getByLabel('Venue').selectOption({ label: 'Crookes Community Centre' });
  await page.getByLabel('Every week').check();
  await page.getByLabel('Day', { exact: true }).selectOption(WEEKDAY_IDS[today.getDay()]!);
  await page.getByLabel('First date').fill(uk(subDays(today, 28)));
  await page.getByLabel('Does not meet on bank holidays (England and Wales)').uncheck();
  await page.getByLabel('Capacity (optional)').fill('10');
  await page.getByLabel('Add a facilitator').selectOption({ label: 'Gwenllian ap Llŷr' });
  await page.getByRole('button', { name: 'Add facilitator' }).click();
  await page.getByLabel('Group guidelines').fill('Okay to leave, okay to come back. What is said here stays here.');
  await expectAccessible(page);
  await keepScreenshot(page, 'group-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(groups.heading('Peer Support Plus')).toBeVisible();
  await expect(page.getByText(/Every \w+day, 10:30–12:00/).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Gwenllian ap Llŷr');
});

test('a referral is accepted and placed in a weekly group', async ({ page, peerDesk }) => {
  const today = new Date();
  await weeklyGroup(peerDesk, today);
  const app = await App.openAtHome(page, peerDesk);

  const referrals = await ReferralsList.open(app);
  await referrals.addReferral();
  await page.getByLabel('Date received').fill(uk(subDays(today, 40)));
  await page.getByLabel('Referred by').selectOption({ label: 'Social prescriber' });
  await page.getByLabel('First name', { exact: true }).fill('Chidinma');
  await page.getByLabel('Last name', { exact: true }).fill('Okonkwo-Adeyemi');
  await page.getByLabel('Phone', { exact: true }).fill('07700 900321');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Over the target wait:')).toBeVisible();
  await referrals.goTo('Referrals');
  await expect(referrals.row('Chidinma Okonkwo-Adeyemi')).toContainText('over target');
  await expectAccessible(page);
  await keepScreenshot(page, 'referrals');
  await page.getByRole('link', { name: 'Chidinma Okonkwo-Adeyemi' }).click();
  // Scanned once the referral has loaded, not while the page says "Loading…".
  await expect(page.getByRole('heading', { level: 1, name: /Chidinma Okonkwo-Adeyemi/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = referrals.dialog();
  await outcome.getByLabel('Place them in a group (optional)').selectOption({ label: 'Peer Support Plus' });
  await expectAccessible(page);
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  await expect(referrals.status('Referral accepted')).toContainText('Added to Peer Support Plus.');

  // The groups list counts her, and she is on the group's roster.
  const groups = await GroupsList.open(app);
  await expect(groups.row('Peer Support Plus')).toContainText('1 of 10');
  await expectAccessible(page);
  const group = await groups.openGroup('Peer Support Plus');
  await expect(group.member('Chidinma Okonkwo-Adeyemi')).toBeVisible();
});

test("a group's paperwork: the month's rota, its roster and sign-in sheets; the register is keyed in and the facilitator's hours show", async ({ page, peerDesk }, testInfo) => {
  test.setTimeout(60_000);
  const today = new Date();
  const lastWeek = subDays(today, 7);
  const { groupId } = await weeklyGroup(peerDesk, today);
  // Chidinma was referred and placed in the group today (the test above does this through the screens).
  const referral = await peerDesk.call<{ id: string }>('referrals.create', {
    referral: { receivedDate: iso(subDays(today, 40)), source: 'social-prescriber', person: { firstName: 'Chidinma', lastName: 'Okonkwo-Adeyemi', phone: '07700 900321' } },
  });
  await peerDesk.call('referrals.setOutcome', { id: referral.id, outcome: 'accepted', date: iso(today), placeInGroupId: groupId });
  const app = await App.openAtHome(page, peerDesk);

  // This month's facilitator rota, from the groups list.
  const groups = await GroupsList.open(app);
  await page.getByRole('button', { name: 'Print rota' }).click();
  await expectAccessible(page);
  const rota = await pdfText(await groups.download(groups.dialog().getByRole('button', { name: 'Print rota' })), testInfo.outputPath('rota.pdf'));
  expect(rota).toContain(`Facilitator rota: ${format(today, 'MMMM yyyy')}`);
  expect(rota).toContain('Peer Support Plus');
  expect(rota).toContain('Gwenllian ap Llŷr');

  // The group page: roster, print roster and a sign-in sheet.
  const group = await groups.openGroup('Peer Support Plus');
  await expect(group.member('Chidinma Okonkwo-Adeyemi')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'group-page');

  // Adding someone: find them by name; she is already in, so she is not offered again.
  await page.getByRole('button', { name: 'Add member' }).click();
  const adding = group.dialog('Add a member to Peer Support Plus');
  await adding.getByLabel('Find a member').fill('chidinma');
  await expect(adding.getByText('No members found.')).toBeVisible();
  await expectAccessible(page);
  await adding.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Leave group (Chidinma Okonkwo-Adeyemi)' }).click();
  await expect(group.dialog('Chidinma Okonkwo-Adeyemi leaves Peer Support Plus')).toContainText('They can come back later.');
  await expectAccessible(page);
  await group.dialog().getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Print roster' }).click();
  const roster = await pdfText(await group.download(group.dialog().getByRole('button', { name: 'Print roster' })), testInfo.outputPath('roster.pdf'));
  expect(roster).toContain('Peer Support Plus');
  expect(roster).toContain('Chidinma Okonkwo-Adeyemi');
  expect(roster).toContain('Gwenllian ap Llŷr');
  expect(roster).toMatch(/Every \w+day, 10:30–12:00/);
  expect(roster).toContain('Okay to leave, okay to come back');

  // The page leads with today's session: its roster and a sign-in sheet, without opening a tab.
  await expect(group.nextSession()).toContainText(`Today, ${format(today, 'EEE d MMM yyyy')}`);
  await expect(group.nextSession()).toContainText('1 person');
  await expect(group.nextSession()).toContainText(`Register due for ${format(lastWeek, 'EEE d MMM')}`);

  // She joined today, so today's sheet has her name and last week's does not.
  await group.showTab('Sessions');
  await expectAccessible(page);
  const sheet = await pdfText(await group.download(group.signInSheetButton(uk(today))), testInfo.outputPath('sign-in.pdf'));
  expect(sheet).toContain(format(today, 'EEEE d MMMM yyyy'));
  expect(sheet).toContain('Chidinma Okonkwo-Adeyemi');
  expect(await pdfText(await group.download(group.signInSheetButton(uk(lastWeek))), testInfo.outputPath('sign-in-last-week.pdf'))).not.toContain('Chidinma');

  // Today's register, keyed in from the paper.
  const register = await group.takeRegister(uk(today), 'Peer Support Plus');
  await expect(register.mark('Chidinma Okonkwo-Adeyemi', 'Present')).toBeFocused();
  await page.keyboard.press('p');
  await expect(page.getByText('1 present, 0 apologies, 0 absent')).toBeVisible();
  await register.field('First name').fill('Łukasz');
  await register.field('Last name').fill('Wróbel');
  await page.getByRole('button', { name: 'Add new person' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Łukasz Wróbel' })).toBeVisible();
  await page.getByLabel('People who came but were not named').fill('2');
  await expect(page.getByLabel('Gwenllian ap Llŷr')).toBeChecked();
  await expectAccessible(page);
  await keepScreenshot(page, 'register');
  await register.save();
  await expect(register.status('Register saved')).toContainText('4 came');
  await expect(group.nextSession()).toContainText('Register taken: 4 came');
  await group.showTab('Sessions');
  await expect(page.getByRole('row', { name: new RegExp(format(today, 'EEE d MMM yyyy')) })).toContainText('Register taken: 4 came');

  // Hours on the volunteer, and the week on Home.
  await app.goTo('Volunteers');
  await page.getByRole('link', { name: 'Gwenllian ap Llŷr' }).click();
  await page.getByRole('tab', { name: 'Hours' }).click();
  await expect(page.getByRole('region', { name: 'Facilitator hours' })).toContainText('2 hours from 1 session');
  await app.goTo('Home');
  await expect(page.getByRole('table', { name: "Today's sessions" })).toContainText('Peer Support Plus');
  await expectAccessible(page);
  await keepScreenshot(page, 'home');
  const week = await pdfText(await app.download(page.getByRole('button', { name: "Print this week's sign-in sheets" })), testInfo.outputPath('week.pdf'));
  expect(week).toContain(format(today, 'EEEE d MMMM yyyy'));
});

test('keys in a 15-person paper register with the keyboard alone, in well under a minute', async ({ page, peerDesk }) => {
  const today = new Date();
  const group = await peerDesk.call<{ id: string }>('groups.create', {
    group: {
      name: 'Hearing Voices',
      kind: 'peer-group',
      schedule: { frequency: 'weekly', weekday: WEEKDAY_IDS[today.getDay()], startTime: '18:00', endTime: '19:30', startDate: iso(subDays(today, 14)), skipBankHolidays: false },
    },
  });
  const names = ['Aled', 'Bethan', 'Catrin', 'Dafydd', 'Eirlys', 'Ffion', 'Gethin', 'Heledd', 'Iwan', 'Jac', 'Llinos', 'Mali', 'Nia', 'Osian', 'Rhodri'];
  for (const first of names) {
    const person = await peerDesk.call<{ id: string }>('sessions.quickAddPerson', { firstName: first, lastName: 'Jones' });
    await peerDesk.call('groups.addMember', { groupId: group.id, memberId: person.id, joined: iso(subDays(today, 14)) });
  }
  await peerDesk.call('system.startEmpty');
  await peerDesk.open(page);
  await page.goto(`${peerDesk.harness.origin}/#/sessions/${encodeURIComponent(`${group.id}--${iso(today)}`)}/register`);
  await expect(page.getByRole('radio', { name: 'Aled Jones Present' })).toBeFocused();

  const started = Date.now();
  // The paper: mostly present, two apologies, one absent, one corrected with the arrow keys.
  for (const key of 'ppappxpppppappp') await page.keyboard.press(key);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('x');
  await expect(page.getByText('11 present, 2 apologies, 2 absent')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Register saved' })).toContainText('11 came');
  expect(Date.now() - started).toBeLessThan(60_000);

  const week = await peerDesk.call<{ id: string; register?: { marks: Record<string, string> } }[]>('sessions.week', { weekStart: iso(startOfISOWeek(today)) });
  const marks = Object.values(week.find((s) => s.id === `${group.id}--${iso(today)}`)?.register?.marks ?? {});
  expect(marks.filter((m) => m === 'present')).toHaveLength(11);
});

test('the waiting list keeps focus on the person moved, even when they reach the top', async ({ page, peerDesk }) => {
  const { groupId } = await weeklyGroup(peerDesk, new Date());
  for (const [firstName, lastName] of [
    ['Aled', 'Rhys'],
    ['Bethan', 'Ifans'],
    ['Ceri', 'ap Huw'],
  ] as const) {
    const member = await peerDesk.call<{ id: string }>('sessions.quickAddPerson', { firstName, lastName });
    await peerDesk.call('groups.addToWaitingList', { groupId, memberId: member.id });
  }
  const app = await App.openAtHome(page, peerDesk);
  await app.visit(`/groups/${groupId}`, 'Peer Support Plus');
  await new GroupPage(page).showTab('Waiting list');

  await page.getByRole('button', { name: 'Move up (Ceri ap Huw)' }).click();
  await expect(app.status('Ceri ap Huw moved up')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move up (Ceri ap Huw)' })).toBeFocused();
  // At the top, Move up is disabled: focus goes to Move down for the same person, not the page.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move up (Ceri ap Huw)' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move down (Ceri ap Huw)' })).toBeFocused();
  const names = page.getByRole('table', { name: 'Waiting list, first in line at the top' }).getByRole('link');
  await expect(names).toHaveText(['Ceri ap Huw', 'Aled Rhys', 'Bethan Ifans']);
});

test('adding someone to a group with registers still to key in asks which date they joined from', async ({ page, peerDesk }) => {
  const today = new Date();
  // A weekly group that began four weeks ago: four past meetings, none with a register yet.
  const { groupId } = await weeklyGroup(peerDesk, today);
  await peerDesk.call('sessions.quickAddPerson', { firstName: 'Eirlys', lastName: 'Bowen' });
  const app = await App.openAtHome(page, peerDesk);
  await app.visit(`/groups/${groupId}`, 'Peer Support Plus');
  await page.getByRole('button', { name: 'Add member' }).click();
  await app.dialog().getByRole('searchbox', { name: 'Find a member' }).fill('Eirlys');
  await app.dialog().getByRole('button', { name: /^Choose Eirlys Bowen/ }).click();

  const join = app.dialog('Add Eirlys Bowen to Peer Support Plus');
  const question = join.getByRole('group', { name: 'Which date did they join from?' });
  await expect(question).toContainText('4 past sessions have no register yet');
  await expect(question.getByRole('radio', { name: /^Today/ })).toBeChecked();
  await expectAccessible(page);
  const first = subDays(today, 28);
  await question.getByRole('radio', { name: /^The first session without a register/ }).check();
  await join.getByRole('button', { name: 'Add to group' }).click();
  await expect(app.status('Eirlys Bowen joined Peer Support Plus')).toBeVisible();

  // She is on the roster of that first meeting, ready to be marked.
  const detail = await peerDesk.call<{ roster: { name: string }[] }>('sessions.get', { sessionId: `${groupId}--${iso(first)}` });
  expect(detail.roster.map((p) => p.name)).toEqual(['Eirlys Bowen']);
});

test('a one-off workshop is added as a one-off event: one date, read as such, nothing weekly asked', async ({ page, peerDesk }) => {
  const today = new Date();
  const day = addDays(today, 10);
  await peerDesk.call('system.startEmpty');
  const app = await App.openAtHome(page, peerDesk);
  const groups = await GroupsList.open(app);
  await groups.addGroup();
  await page.getByLabel('Group name').fill('Wellbeing Workshop');
  await page.getByLabel('Kind of group').selectOption({ label: 'Workshop' });
  await page.getByLabel('One-off event (a single date)').check();
  // Nothing that repeats is asked for a single date.
  await expect(page.getByLabel('Day', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Last date (optional)')).toHaveCount(0);
  await expect(page.getByLabel('Dates it does not meet')).toHaveCount(0);
  await page.getByLabel('Date of the event').fill('31/02/2027');
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('12:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Enter the date of the event as dd/mm/yyyy, like 23/11/2026' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Date of the event').fill(uk(day));
  await page.getByRole('button', { name: 'Save' }).click();

  const words = `One-off: ${format(day, 'EEE d MMM yyyy')}, 10:00–12:00`;
  await expect(groups.heading('Wellbeing Workshop')).toBeVisible();
  await expect(page.getByText(`Workshop · ${words}`)).toBeVisible();
  const group = new GroupPage(page);
  await expect(group.nextSession()).toContainText(format(day, 'EEE d MMM yyyy'));
  await group.showTab('Sessions');
  const sessions = page.getByRole('table', { name: 'Sessions in the next 8 weeks' }).getByRole('row');
  await expect(sessions).toHaveCount(2); // the header and the one date
  await expectAccessible(page);
  await groups.goTo('Groups');
  await expect(groups.row('Wellbeing Workshop')).toContainText(words);
});

test('a group moved onto Peer Desk part way: a session marked not recorded and "Registers start from" take months of registers off Home', async ({ page, peerDesk }) => {
  test.setTimeout(60_000);
  const today = new Date();
  const lastWeek = subDays(today, 7);
  const registersFrom = subDays(today, 21);
  await peerDesk.call('system.startEmpty');
  // Meeting every week since fifteen weeks ago, but only now set up on Peer Desk: nothing keyed in.
  const group = await peerDesk.call<{ id: string }>('groups.create', {
    group: {
      name: 'Men’s Shed Talk',
      kind: 'peer-group',
      schedule: { frequency: 'weekly', weekday: WEEKDAY_IDS[today.getDay()], startTime: '14:00', endTime: '15:30', startDate: iso(subDays(today, 105)), skipBankHolidays: false },
    },
  });
  const app = await App.openAtHome(page, peerDesk);
  const due = page.getByRole('table', { name: 'Past sessions with no register yet' }).getByRole('row');
  await expect(due).toHaveCount(1 + 8); // the header and every week of the last eight

  await app.visit(`/groups/${group.id}`, 'Men’s Shed Talk');
  const groupPage = new GroupPage(page);
  await expect(groupPage.nextSession()).toContainText(`Register due for ${format(lastWeek, 'EEE d MMM')}`);
  await expect(groupPage.nextSession()).toContainText('11 older sessions have no register either.');

  // Last week's register was lost: marked not recorded, no questions asked; Undo takes its place.
  await groupPage.showTab('Sessions');
  await page.getByRole('button', { name: `Mark as not recorded for ${uk(lastWeek)}` }).click();
  await expect(app.status(`The session on ${uk(lastWeek)} is marked as not recorded`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Undo not recorded for ${uk(lastWeek)}` })).toBeFocused();
  await expect(page.getByRole('row', { name: new RegExp(format(lastWeek, 'EEE d MMM yyyy')) })).toContainText('Not recorded');
  await expect(groupPage.nextSession()).toContainText(`Register due for ${format(subDays(today, 14), 'EEE d MMM')}`);
  await expectAccessible(page);

  // The card suggests the date registers start from; the form says why and takes it as dd/mm/yyyy.
  await groupPage.nextSession().getByRole('link', { name: 'Set the date its registers start from' }).click();
  await expect(page.getByText('11 past meetings in the last 12 weeks have no register.')).toBeVisible();
  const field = page.getByLabel('Registers start from (optional)');
  await expect(field).toHaveAccessibleDescription(/Meetings before this date are not asked for a register/);
  await field.fill('31/02/2026');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Enter the date registers start from as dd/mm/yyyy, like 23/11/2026' })).toBeVisible();
  await expectAccessible(page);
  await field.fill(uk(registersFrom));
  await page.getByRole('button', { name: 'Save' }).click();

  // Only the two meetings since then still want a register; the earlier ones say why they do not.
  await expect(app.heading('Men’s Shed Talk')).toBeVisible();
  await expect(groupPage.nextSession()).toContainText(`Register due for ${format(subDays(today, 14), 'EEE d MMM')}`);
  await expect(groupPage.nextSession()).toContainText('1 older session has no register either.');
  await expect(groupPage.nextSession().getByRole('link', { name: 'Set the date its registers start from' })).toHaveCount(0);
  await groupPage.showTab('Sessions');
  await expect(page.getByText(`Registers start from ${format(registersFrom, 'EEE d MMM yyyy')}`)).toBeVisible();
  const earlier = page.getByRole('table', { name: 'Sessions in the last 12 weeks, newest first' }).getByRole('row').filter({ hasText: 'Not recorded: before registers started' });
  await expect(earlier).toHaveCount(9); // 4 to 12 weeks back
  await expectAccessible(page);
  await keepScreenshot(page, 'group-sessions-not-recorded');

  await app.goTo('Home');
  await expect(due).toHaveCount(1 + 2);
  await expect(page.getByRole('table', { name: 'Past sessions with no register yet' })).not.toContainText(format(lastWeek, 'EEE d MMM yyyy'));
  await expectAccessible(page);
});
