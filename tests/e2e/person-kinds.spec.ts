import { format } from 'date-fns';
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, keepScreenshot, test, type PeerDesk } from './support/fixtures';
import { openApp, openList, openPerson, seedMember, seedVolunteer, type PeopleList } from './support/people';
import { field } from './support/tasks';

/**
 * The journeys every kind of person has, run for each kind: adding someone with bad input,
 * and moving them through their statuses to leaving. Each kind says what differs: its own
 * fields and rules, and where its status history is shown.
 */

interface Kind {
  noun: string;
  list: PeopleList;
  badInput: {
    /** Records the form needs to choose from. */
    setUp?: (desk: PeerDesk) => Promise<unknown>;
    /** Label → what is typed, wrong in several ways. */
    typed: Record<string, string>;
    /** The error summary, in the order of the form. */
    problems: string[];
    /** The other fields put right, leaving one rule of this kind broken, and what it says. */
    rule: { typed: Record<string, string>; says: string };
    /** Everything else put right, and the kind's own fields filled in. */
    finish: (page: Page) => Promise<void>;
    saved: string;
    /** What the new profile shows. */
    shows: string[];
  };
  status: {
    /** Someone on record, and the status to move them to, with a note. */
    seed: (desk: PeerDesk) => Promise<unknown>;
    name: string;
    to: string;
    note: string;
    reason: string;
    /** The status history as the profile shows it. */
    history: (page: Page) => Promise<Locator>;
  };
}

const KINDS: Kind[] = [
  {
    noun: 'volunteer',
    list: 'Volunteers',
    badInput: {
      typed: {
        'Last name': 'ap Gruffudd 🌻',
        Email: 'llyr@example',
        Phone: '123',
        'Date of birth': '31/02/1990',
        Postcode: 'not a postcode',
        Languages: 'Cymraeg, English',
      },
      problems: [
        'Enter a first name',
        'Enter an email address in the right format, like name@example.com',
        'Enter a phone number, like 0114 496 0000 or 07700 900 982',
        'Enter a real postcode, like S1 2HE',
        'Enter the date of birth as dd/mm/yyyy, like 23/11/2026',
      ],
      // Too young is refused with the rule in plain words.
      rule: {
        typed: { 'Date of birth': '01/01/2015', 'First name': 'Llŷr', Email: 'llyr@example.org', Phone: '07700 900123', Postcode: 's1 2he' },
        says: 'A volunteer must be 16 or over',
      },
      finish: async (page) => {
        await field(page, 'Date of birth').fill('07/03/1985');
        await page.getByLabel('Peer group facilitator').check();
        await page.getByLabel('Tuesday morning').check();
      },
      saved: 'Llŷr ap Gruffudd 🌻',
      shows: ['S1 2HE', '07/03/1985', 'Tuesday morning'],
    },
    status: {
      seed: (desk) => seedVolunteer(desk, 'Chidinma', 'Okonkwo', 'enquiry'),
      name: 'Chidinma Okonkwo',
      to: 'Training',
      note: 'Started the Foundation course',
      reason: 'Moved to Cardiff',
      // On Details, below their other details.
      history: async (page) => {
        await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
        return page.locator('section', { has: page.getByRole('heading', { name: 'Status history' }) });
      },
    },
  },
  {
    noun: 'member',
    list: 'Members',
    badInput: {
      setUp: (desk) => seedVolunteer(desk, 'Chidi', 'Okafor'),
      typed: {
        'Last name': 'Ní Bhriain',
        Email: 'aoife@example',
        'Date of birth': '31/02/1949',
        'Date joined': '01/01/2099',
        Postcode: 'not a postcode',
        Interests: 'sea swimming, choir',
      },
      problems: [
        'Enter a first name',
        'Enter an email address in the right format, like name@example.com',
        'Enter a real postcode, like S1 2HE',
        'Enter the date of birth as dd/mm/yyyy, like 23/11/2026',
      ],
      rule: {
        typed: { 'First name': 'Aoife', Email: 'aoife@example.org', 'Date of birth': '12/05/1949', Postcode: 's11 8yz' },
        says: "The date they joined can't be in the future",
      },
      finish: async (page) => {
        await field(page, 'Date joined').fill('01/09/2025');
        await page.getByLabel('Large print by post').check();
        await page.getByLabel('Would like to borrow a device').check();
        await field(page, 'Access needs').fill('Step-free access; hearing loop');
        await field(page, 'Key contact').fill('chid');
        await page.getByRole('button', { name: 'Choose Chidi Okafor' }).click();
        await expect(page.getByRole('group', { name: 'Key contact' })).toContainText('Chidi Okafor');
        await field(page, 'Relationship to the member').fill('Son');
      },
      saved: 'Aoife Ní Bhriain',
      shows: ['Key contact: Chidi Okafor', 'S11 8YZ', '12/05/1949 (age', 'Would like to borrow a device: Yes'],
    },
    status: {
      seed: (desk) => seedMember(desk, { firstName: 'Eluned', lastName: 'Prys' }),
      name: 'Eluned Prys',
      to: 'Assessed',
      note: 'Home visit with her daughter',
      reason: 'Moved into residential care',
      // A tab of its own.
      history: async (page) => {
        await page.getByRole('tab', { name: 'Status history' }).click();
        return page.getByRole('tabpanel', { name: 'Status history' });
      },
    },
  },
];

for (const kind of KINDS) {
  const { noun, list } = kind;
  const plural = list.toLowerCase();

  test(`adds a ${noun}: bad input is explained next to each field and nothing typed is lost`, async ({ page, peerDesk }) => {
    const { badInput } = kind;
    await badInput.setUp?.(peerDesk);
    await openApp(page, peerDesk);
    await openList(page, list);
    await expect(page.getByText(`No ${plural} yet.`)).toBeVisible();
    await expectAccessible(page);

    // Keyboard only: the button works from Enter.
    await page.getByRole('button', { name: `Add ${noun}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Add ${noun}` })).toBeVisible();
    await expectAccessible(page);

    for (const [label, value] of Object.entries(badInput.typed)) await field(page, label).fill(value);
    await page.getByRole('button', { name: 'Save' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(badInput.problems);
    await expect(field(page, 'First name')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Email')).toHaveAccessibleDescription(/right format/);
    for (const [label, value] of Object.entries(badInput.typed)) await expect(field(page, label)).toHaveValue(value);
    await expectAccessible(page);
    await keepScreenshot(page, `${noun}-form-errors`);

    for (const [label, value] of Object.entries(badInput.rule.typed)) await field(page, label).fill(value);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(badInput.rule.says).first()).toBeVisible();

    await badInput.finish(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: badInput.saved })).toBeVisible();
    await expect(page.getByRole('status').getByText(`Saved ${badInput.saved}`)).toBeVisible();
    for (const text of badInput.shows) await expect(page.getByText(text)).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, `${noun}-profile`);
  });

  test(`moves a ${noun} through the statuses, records leaving, and keeps the history`, async ({ page, peerDesk }) => {
    const { status } = kind;
    const today = format(new Date(), 'dd/MM/yyyy');
    await status.seed(peerDesk);
    await openPerson(page, peerDesk, list, status.name);

    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Status', { exact: true }).selectOption({ label: status.to });
    await expect(dialog.getByLabel('Date of change')).toHaveValue(today);
    await dialog.getByLabel('Note (optional)').fill(status.note);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByRole('status').getByText(`${status.name}: status is now ${status.to}`)).toBeVisible();

    await page.getByRole('button', { name: 'Record leaving' }).click();
    await dialog.getByRole('button', { name: 'Record leaving' }).click();
    await expect(dialog.getByText('Enter the reason for leaving')).toBeVisible();
    // A date before the last change would make the history read backwards.
    await dialog.getByLabel('Date they left').fill('01/01/2020');
    await dialog.getByLabel('Reason for leaving').fill(status.reason);
    await dialog.getByRole('button', { name: 'Record leaving' }).click();
    await expect(dialog.getByText(/Enter a date on or after/)).toBeVisible();
    await dialog.getByLabel('Date they left').fill(today);
    await dialog.getByRole('button', { name: 'Record leaving' }).click();
    await expect(page.getByText(`Left on ${today}: ${status.reason}. Their record is kept.`)).toBeVisible();

    const history = await status.history(page);
    await expect(history.getByRole('listitem')).toHaveCount(3);
    await expect(history.getByRole('listitem').first()).toContainText(`Left from ${format(new Date(), 'EEE d MMM yyyy')}`);
    await expect(history).toContainText(status.note);
    await expectAccessible(page);
    await keepScreenshot(page, `${noun}-left`);

    await openList(page, list);
    await page.getByLabel('Status', { exact: true }).selectOption('current');
    await expect(page.getByText(`Showing 0 of 1 ${plural}`)).toBeVisible();
  });
}
