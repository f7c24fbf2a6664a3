// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../../../../renderer/pages/settings/SettingsPage';
import { SETTINGS_SECTIONS } from '../../../../../renderer/pages/settings/settings-sections';
import { DEFAULT_PROGRAMME_KINDS } from '../../../../../shared/domain/programmes';
import { makeStatus, WithStatus } from '../../bridge';
import { pressEscapeIn } from '../../support/dialog';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

function openSettings(path: string) {
  return renderAt(
    path,
    {
      '/settings/:section?': (
        <WithStatus initial={makeStatus({ settings: { ...makeStatus().settings, organisationName: 'Grŵp Cymorth Cymheiriaid' } })}>
          <SettingsPage />
        </WithStatus>
      ),
      '/groups': <h1>Groups</h1>,
    },
    (call) => (call === 'backups.list' ? [] : call === 'programmes.kinds' ? DEFAULT_PROGRAMME_KINDS : undefined),
  );
}

const sections = () => within(screen.getByRole('navigation', { name: 'Settings sections' }));
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { exact: true });
const discardDialog = () => screen.getByRole('dialog', { name: 'Discard your changes?' });

describe('Settings sections', () => {
  it('opens the first section for plain /settings, replacing the address so Back does not bounce', async () => {
    const { location } = openSettings('/settings');
    await screen.findByRole('heading', { level: 2, name: 'Organisation' });
    expect(location.history).toEqual(['/settings/organisation']);
    expect(sections().getByRole('link', { name: 'Organisation' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the first section for an address that is no section', async () => {
    const { location } = openSettings('/settings/printers');
    await screen.findByRole('heading', { level: 2, name: 'Organisation' });
    expect(location.history.at(-1)).toBe('/settings/organisation');
  });

  it('lists every section; each link shows that section alone, marked current, its heading focused, with at most one Save button', async () => {
    const user = userEvent.setup();
    const { location } = openSettings('/settings/organisation');
    await screen.findByRole('heading', { level: 2, name: 'Organisation' });
    expect(sections().getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual(SETTINGS_SECTIONS.map((s) => [s.label, `/settings/${s.slug}`]));

    const shown: Record<string, string[]> = {};
    for (const s of [...SETTINGS_SECTIONS].reverse()) {
      const link = sections().getByRole('link', { name: s.label });
      await user.click(link);
      const heading = await screen.findByRole('heading', { level: 2, name: s.label });
      expect(location.history.at(-1)).toBe(`/settings/${s.slug}`);
      expect(document.activeElement).toBe(heading);
      expect(document.title).toBe(`${s.label} – Settings – Peer Desk`);
      expect(sections().getAllByRole('link', { current: 'page' })).toEqual([link]);
      // One section at a time: no other section's heading is on the page.
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([s.label]);
      const section = screen.getByRole('region', { name: s.label });
      // Buttons that save what was typed ("Save a backup to a file" makes a file, and saves no form).
      shown[s.slug] = within(section)
        .queryAllByRole('button', { name: /^Save/ })
        .filter((b) => (b as HTMLButtonElement).type === 'submit')
        .map((b) => b.textContent ?? '');
    }
    expect(shown).toEqual({
      organisation: ['Save settings'],
      'text-size': [],
      'groups-and-referrals': ['Save group settings'],
      'funder-reports': ['Save rate used'],
      'compliance-rules': ['Save compliance rules'],
      courses: [],
      'programme-kinds': [],
      'outcome-measures': ['Save registration'],
      'data-and-backups': [],
      retention: ['Save retention periods'],
      // Its changes happen in dialogs (set up, change passphrase, turn off); "Lock after" saves as chosen.
      protection: [],
    });
  });

  it('shows what each section holds', async () => {
    const user = userEvent.setup();
    openSettings('/settings/organisation');
    expect((await screen.findByLabelText<HTMLInputElement>('Organisation name')).value).toBe('Grŵp Cymorth Cymheiriaid');
    const expected: Record<string, string> = {
      'Text size': 'Text size on every page',
      'Groups & referrals': 'Target wait for referrals (days)',
      'Funder reports': 'Rates for valuing volunteer time',
      'Compliance rules': 'What each role needs',
      Courses: 'Training course catalogue',
      'Programme kinds': 'Peer coaching',
      'Outcome measures': 'SWEMWBS registration',
      // Before Data & backups, whose folder is checked after the loop.
      Retention: 'DBS certificate numbers',
      'Data & backups': 'Back up now',
    };
    for (const [label, text] of Object.entries(expected)) {
      await user.click(sections().getByRole('link', { name: label }));
      expect(screen.getByRole('region', { name: label }).textContent).toContain(text);
    }
    expect(screen.getByText('/home/coordinator/.config/Peer Desk/data')).toBeTruthy();
  });
});

describe('leaving a settings section with unsaved changes', () => {
  it('asks before another section throws away what was typed: Stay keeps it, Discard goes', async () => {
    const user = userEvent.setup();
    const { location } = openSettings('/settings/organisation');
    const name = await screen.findByLabelText<HTMLInputElement>('Organisation name');
    await user.type(name, ' – Bangor');

    const textSize = sections().getByRole('link', { name: 'Text size' });
    await user.click(textSize);
    await user.click(within(discardDialog()).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(location.history.at(-1)).toBe('/settings/organisation');
    expect(field('Organisation name').value).toBe('Grŵp Cymorth Cymheiriaid – Bangor');
    expect(document.activeElement).toBe(textSize);

    await user.click(textSize);
    await user.click(within(discardDialog()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { level: 2, name: 'Text size' });
    expect(location.history.at(-1)).toBe('/settings/text-size');

    // Back on the section, the stored name is shown, not what was thrown away.
    await user.click(sections().getByRole('link', { name: 'Organisation' }));
    expect(field('Organisation name').value).toBe('Grŵp Cymorth Cymheiriaid');
  });

  it('leaves without asking once the change is saved, or when nothing was changed', async () => {
    const user = userEvent.setup();
    const { calls, location } = openSettings('/settings/groups-and-referrals');
    const prep = await screen.findByLabelText<HTMLInputElement>('Preparation time per session (minutes)');
    await user.click(sections().getByRole('link', { name: 'Funder reports' }));
    await screen.findByRole('heading', { level: 2, name: 'Funder reports' });
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(sections().getByRole('link', { name: 'Groups & referrals' }));
    const again = await screen.findByLabelText<HTMLInputElement>('Preparation time per session (minutes)');
    expect(again).not.toBe(prep);
    await user.clear(again);
    await user.type(again, '45');
    await user.click(screen.getByRole('button', { name: 'Save group settings' }));
    await screen.findByText('Settings saved');
    expect(callsTo(calls, 'settings.update')).toEqual([{ referralTargetDays: 35, prepMinutes: 45, signInBlankRows: 5 }]);
    await user.click(sections().getByRole('link', { name: 'Courses' }));
    await screen.findByRole('heading', { level: 2, name: 'Courses' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(location.history.at(-1)).toBe('/settings/courses');
  });

  it('asks before the main menu (any link in the app) leaves a changed section', async () => {
    const user = userEvent.setup();
    const { location } = openSettings('/settings/funder-reports');
    await user.selectOptions(await screen.findByLabelText('Value volunteer time at'), 'Real Living Wage');
    // A link elsewhere in the app, as the main menu's are.
    const groups = document.createElement('a');
    groups.href = '/groups';
    groups.textContent = 'Groups';
    document.body.append(groups);
    try {
      await user.click(groups);
      expect(discardDialog()).toBeTruthy();
      expect(location.history.at(-1)).toBe('/settings/funder-reports');
    } finally {
      groups.remove();
    }
  });

  it('asks about compliance rules changed and not saved, and saves them all with one Save', async () => {
    const user = userEvent.setup();
    const { calls } = openSettings('/settings/compliance-rules');
    const renewal = await screen.findByLabelText<HTMLInputElement>('Renew DBS checks after (months)');
    await user.clear(renewal);
    await user.type(renewal, '24');
    const trustees = within(screen.getByRole('group', { name: 'Trustee' })).getByRole('group', { name: 'Courses' });
    // Short labels on screen; the names say which role.
    expect(screen.getByRole('combobox', { name: 'DBS check for Trustee' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Supervision every (weeks) for Trustee' })).toBeTruthy();
    await user.click(within(trustees).getByRole('checkbox', { name: 'Mental health first aid' }));

    await user.click(sections().getByRole('link', { name: 'Courses' }));
    await user.click(within(discardDialog()).getByRole('button', { name: 'Stay on this page' }));

    await user.click(screen.getByRole('button', { name: 'Save compliance rules' }));
    await screen.findByText('Compliance rules saved');
    const [sent] = callsTo(calls, 'settings.update') as { dbsRenewalMonths: number; roleRequirements: { roleId: string; courseIds: string[] }[] }[];
    expect(sent?.dbsRenewalMonths).toBe(24);
    expect(sent?.roleRequirements.find((r) => r.roleId === 'trustee')?.courseIds).toContain('mental-health-first-aid');
    await user.click(sections().getByRole('link', { name: 'Courses' }));
    await screen.findByRole('heading', { level: 2, name: 'Courses' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('ticking a course off and on again is no change', async () => {
    const user = userEvent.setup();
    openSettings('/settings/compliance-rules');
    const trustees = within(await screen.findByRole('group', { name: 'Trustee' })).getByRole('group', { name: 'Courses' });
    const safeguarding = within(trustees).getByRole('checkbox', { name: 'Safeguarding adults' });
    await user.click(safeguarding);
    await user.click(safeguarding);
    await user.click(sections().getByRole('link', { name: 'Courses' }));
    await screen.findByRole('heading', { level: 2, name: 'Courses' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before Cancel or Escape closes a course dialog with something typed in it', async () => {
    const user = userEvent.setup();
    openSettings('/settings/courses');
    const add = await screen.findByRole('button', { name: 'Add course' });
    await user.click(add);
    let course = screen.getByRole('dialog', { name: 'Add course' });
    await user.type(within(course).getByLabelText('Course name'), 'Suicide first aid');

    await user.click(within(course).getByRole('button', { name: 'Cancel' }));
    await user.click(within(discardDialog()).getByRole('button', { name: 'Keep editing' }));
    course = screen.getByRole('dialog', { name: 'Add course' });
    expect(within(course).getByLabelText<HTMLInputElement>('Course name').value).toBe('Suicide first aid');

    expect(pressEscapeIn(course)).toBe(true);
    await user.click(within(discardDialog()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(add);

    // An untouched dialog closes at once.
    await user.click(add);
    await user.click(within(screen.getByRole('dialog', { name: 'Add course' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
