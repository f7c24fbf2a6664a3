// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDaysIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { Breach } from '../../../../../shared/domain/breaches';
import { PrivacyPage } from '../../../../../renderer/pages/privacy/PrivacyPage';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const today = todayIso();
const yesterday = addDaysIso(today, -1);
const ROUTES = { '/privacy/:section?/:id?': <PrivacyPage /> };

function breach(id: string, overrides: Partial<Breach> = {}): Breach {
  return {
    id,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    foundDate: yesterday,
    foundTime: '09:15',
    whatHappened: 'The Tuesday register was left on the 93 bus',
    dataInvolved: 'Names and phone numbers',
    peopleAffected: 14,
    risk: 'could-harm',
    ico: 'not-yet',
    peopleTold: 'not-yet',
    ...overrides,
  };
}

/** The Privacy page at `path`, the main process holding `breaches` and answering a save with `saved`. */
function show(path: string, breaches: Breach[], saved?: Breach) {
  let held = breaches;
  return renderAt(path, ROUTES, (name) => {
    if (name === 'breaches.list') return held;
    if ((name === 'breaches.create' || name === 'breaches.update') && saved) {
      held = [saved, ...held.filter((b) => b.id !== saved.id)];
      return saved;
    }
    throw new Error(`unexpected ${name}`);
  });
}

describe('the Privacy page', () => {
  it('has a Breaches section that says what to do when there are none, with no search over nothing', async () => {
    show('/privacy', []);
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Breaches (0)' });
    expect(await within(section).findByText(/^No breaches recorded\./)).toBeTruthy();
    expect(within(section).queryByRole('searchbox')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Record a breach' })).toBeTruthy();
  });

  it('lists breaches with a count, the countdown while the ICO question is open, and a search that narrows them', async () => {
    const user = userEvent.setup();
    show('/privacy', [breach('b-2', { whatHappened: 'Email to the wrong Siân', risk: 'low', ico: 'not-reporting', icoReason: 'Deleted unread', peopleTold: 'yes', peopleToldOn: yesterday }), breach('b-1', { foundDate: addDaysIso(today, -10) })]);
    const section = await screen.findByRole('region', { name: 'Breaches (2)' });
    expect(await within(section).findByText('Showing 2 of 2 breaches')).toBeTruthy();
    expect(within(section).getByText('2 breaches recorded; 1 waiting for the ICO decision.')).toBeTruthy();
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual(['Decided not to report', expect.stringMatching(/^Not yetOverdue by \d+ days — it was due by 09:15 /)]);
    expect(within(rows[0]!).getAllByRole('cell')[4]!.textContent).toBe(`Told on ${formatUkDate(yesterday)}`);

    await user.type(within(section).getByRole('searchbox', { name: 'Search breaches' }), 'sian email');
    expect(within(section).getByText('Showing 1 of 2 breaches')).toBeTruthy();
    expect(within(section).getAllByRole('row')).toHaveLength(2);
    await user.clear(within(section).getByRole('searchbox', { name: 'Search breaches' }));
    await user.type(within(section).getByRole('searchbox', { name: 'Search breaches' }), 'nothing like it');
    expect(within(section).getByText('No breaches match the search.')).toBeTruthy();
  });
});

describe('"Record a breach"', () => {
  it('asks for what is missing in plain English, then for the detail each answer needs, and saves dates and the count as the API takes them', async () => {
    const user = userEvent.setup();
    const saved = breach('b-new');
    const { calls } = show('/privacy', [], saved);
    await user.click(await screen.findByRole('button', { name: 'Record a breach' }));
    const dialog = screen.getByRole('dialog', { name: 'Record a breach' });
    const the = (label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);
    expect(the('Date').value).toBe(formatUkDate(today));

    await user.click(within(dialog).getByRole('button', { name: 'Record breach' }));
    for (const message of ['Enter the time it was found, like 09:30', 'Enter what happened', 'Enter what data was involved', 'Enter how many people’s data was involved', 'Choose how likely it is to harm people']) {
      expect(await within(dialog).findByText(message)).toBeTruthy();
    }
    expect(callsTo(calls, 'breaches.create')).toEqual([]);

    await user.clear(the('Date'));
    await user.type(the('Date'), '07/12/2026');
    await user.type(the('Time'), '9:15');
    // The deadline for what was typed, under the ICO question.
    expect(within(dialog).getByRole('group', { name: 'Reported to the ICO?' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByText(/^Report it within 72 hours of finding it: by 09:15 Thu 10 Dec( 2026)?\. Or write down why not\.$/)).toBeTruthy();
    await user.type(the('What happened'), 'The Tuesday register was left on the 93 bus');
    await user.type(the('What personal data was involved'), 'Names and phone numbers');
    await user.type(the('How many people are affected'), '1,204');
    await user.click(within(dialog).getByRole('radio', { name: 'Could harm' }));
    expect(within(dialog).getByRole('radio', { name: 'Could harm' }).getAttribute('aria-describedby')).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: 'Decided not to report' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Yes, told' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record breach' }));
    expect(await within(dialog).findByText('Say why you decided not to report it: the ICO expects the reason to be kept')).toBeTruthy();
    expect(within(dialog).getByText('Enter the date you told them')).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: 'Yes, reported' }));
    await user.type(the('Date reported to the ICO'), '08/12/2026');
    await user.type(the('Date they were told'), '8/12/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Record breach' }));

    await screen.findByText(/^Recorded the breach found 09:15 /);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'breaches.create')).toEqual([
      {
        breach: {
          foundDate: '2026-12-07',
          foundTime: '09:15',
          whatHappened: 'The Tuesday register was left on the 93 bus',
          dataInvolved: 'Names and phone numbers',
          peopleAffected: 1204,
          risk: 'could-harm',
          ico: 'reported',
          icoReportedOn: '2026-12-08',
          peopleTold: 'yes',
          peopleToldOn: '2026-12-08',
        },
      },
    ]);
  });
});

describe('a breach opened at its own address', () => {
  it('opens filled in (as Home links to it), saves the ICO answer and goes back to the list', async () => {
    const user = userEvent.setup();
    const held = breach('b-1', { containment: 'Rang the depot' });
    const answered = { ...held, ico: 'not-reporting' as const, icoReason: 'Handed in sealed' };
    const { calls, location } = show('/privacy/breaches/b-1', [held], answered);
    const dialog = await screen.findByRole('dialog', { name: 'Change the breach record' });
    const the = (label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);
    expect(the('Date').value).toBe(formatUkDate(yesterday));
    expect(the('What has been done to contain it (optional)').value).toBe('Rang the depot');
    expect(within(within(dialog).getByRole('group', { name: 'Reported to the ICO?' })).getByRole('radio', { name: 'Not yet', checked: true })).toBeTruthy();

    await user.click(within(dialog).getByRole('radio', { name: 'Decided not to report' }));
    await user.type(the('Why you decided not to report it'), 'Handed in sealed');
    await user.click(within(dialog).getByRole('button', { name: 'Save breach' }));

    await screen.findByText(/^Saved the breach found 09:15 /);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(location.history.at(-1)).toBe('/privacy');
    expect(callsTo(calls, 'breaches.update')).toEqual([{ id: 'b-1', breach: expect.objectContaining({ ico: 'not-reporting', icoReason: 'Handed in sealed', containment: 'Rang the depot' }) as unknown }]);
  });

  it('says so when the breach is not on record', async () => {
    show('/privacy/breaches/gone', [breach('b-1')]);
    expect(await screen.findByText('That breach is no longer on record.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
