// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgrammeKindSettings } from '../../../../../renderer/pages/settings/ProgrammeKindSettings';
import { DEFAULT_PROGRAMME_KINDS, type ProgrammeKind, type ProgrammeKindInput } from '../../../../../shared/domain/programmes';
import type { MeasureEntry, MeasuresView } from '../../../../../shared/contracts/outcomes';
import { BUILT_IN_MEASURES } from '../../../../../shared/domain/outcome-measures';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

/** The section with the kinds on file; saving and archiving change them as the main process would. */
function openKinds() {
  let kinds: ProgrammeKind[] = [...DEFAULT_PROGRAMME_KINDS];
  return renderAt('/settings/programme-kinds', { '/settings/:section': <ProgrammeKindSettings /> }, (name, input) => {
    if (name === 'programmes.kinds') return kinds;
    if (name === 'outcomes.measures') return { measures: BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false })) } satisfies MeasuresView;
    if (name === 'programmes.saveKind') {
      const { id, kind } = input as { id?: string; kind: ProgrammeKindInput };
      kinds = id ? kinds.map((k) => (k.id === id ? { ...k, ...kind } : k)) : [...kinds, { id: 'new-kind', ...kind }];
      return kinds;
    }
    if (name === 'programmes.setKindArchived') {
      const { id, archived } = input as { id: string; archived: boolean };
      kinds = kinds.map((k) => (k.id === id ? { ...k, archived } : k));
      return kinds;
    }
    return undefined;
  });
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name} Roles`) });
const cells = (name: string) => within(row(name)).getAllByRole('cell').map((c) => c.textContent);

describe('Settings → Programme kinds', () => {
  it('lists each kind: its roles, planned sessions or open-ended, the most, length, ages, hours and questionnaires', async () => {
    openKinds();
    await screen.findByRole('table', { name: 'Programme kinds' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Programme kind', 'Sessions', 'Questionnaires', 'Actions']);
    expect(within(row('Peer mentoring')).getByRole('rowheader').textContent).toBe('Peer mentoringRoles: 1-1 peer supporter, Peer coachAges: Any age');
    expect(cells('Peer coaching')).toEqual(['10 planned1 hour eachCount for volunteer hours', 'None', 'Edit Peer coachingArchive Peer coaching']);
    expect(cells('Travel buddy')).toEqual(['Open-ended2 hours eachCount for volunteer hours', 'None', 'Edit Travel buddyArchive Travel buddy']);
    expect(cells('One-to-one peer support')[0]).toBe('8 plannedAt most 81 hour eachCount for volunteer hours');
  });

  it('adds a kind from a dialog where every field has a label, checked before it is sent', async () => {
    const user = userEvent.setup();
    const { calls } = openKinds();
    await user.click(await screen.findByRole('button', { name: 'Add programme kind' }));
    const dialog = screen.getByRole('dialog', { name: 'Add programme kind' });
    const the = (label: string) => within(dialog).getByLabelText<HTMLInputElement>(label);

    await user.type(the('Name'), 'Recovery support');
    await user.type(the('Planned sessions'), 'eight');
    await user.clear(the('Usual session length in minutes'));
    await user.type(the('Usual session length in minutes'), '45');
    await user.type(the('Youngest age (optional)'), '50');
    await user.type(the('Oldest age (optional)'), '40');
    await user.click(within(dialog).getByRole('button', { name: 'Add programme kind' }));
    expect(await within(dialog).findByText(/Enter the planned sessions as a whole number/)).toBeTruthy();
    expect(within(dialog).getByText('Choose at least one role that may deliver it')).toBeTruthy();
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([]);

    await user.clear(the('Planned sessions'));
    await user.type(the('Planned sessions'), '8');
    await user.click(within(within(dialog).getByRole('group', { name: 'Roles that may deliver it' })).getByLabelText('1-1 peer supporter'));
    await user.click(within(dialog).getByRole('button', { name: 'Add programme kind' }));
    expect(await within(dialog).findByText('The oldest age must be the same as or above the youngest')).toBeTruthy();
    expect(the('Oldest age (optional)').getAttribute('aria-invalid')).toBe('true');

    await user.clear(the('Oldest age (optional)'));
    await user.click(the('Sessions count towards volunteer hours'));
    // A new kind has no travel buddy trips until ticked.
    expect(the('Has travel buddy trips (a buddy goes with the member to appointments)').checked).toBe(false);
    await user.click(the('Has travel buddy trips (a buddy goes with the member to appointments)'));
    await user.click(within(dialog).getByRole('button', { name: 'Add programme kind' }));
    await screen.findByText('Added Recovery support');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([
      { kind: { name: 'Recovery support', plannedSessions: 8, sessionMinutes: 45, roles: ['peer-supporter'], minAge: 50, countsForHours: false, trips: true, measures: [] } },
    ]);
    expect(within(row('Recovery support')).getByRole('rowheader').textContent).toBe('Recovery supportRoles: 1-1 peer supporterAges: 50 and overHas travel buddy trips');
    expect(cells('Recovery support')).toEqual(['8 planned45 minutes eachNot counted in volunteer hours', 'None', 'Edit Recovery supportArchive Recovery support']);
  });

  it('edits a kind, blank planned sessions making it open-ended', async () => {
    const user = userEvent.setup();
    const { calls } = openKinds();
    await user.click(await screen.findByRole('button', { name: 'Edit Peer mentoring' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Peer mentoring' });
    const planned = within(dialog).getByLabelText<HTMLInputElement>('Planned sessions');
    expect(planned.value).toBe('12');
    await user.clear(planned);
    await user.click(within(dialog).getByRole('button', { name: 'Save programme kind' }));
    await screen.findByText('Saved Peer mentoring');
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([{ id: 'peer-mentoring', kind: expect.objectContaining({ plannedSessions: null, roles: ['peer-supporter', 'peer-coach'] }) as unknown }]);
    expect(cells('Peer mentoring')[0]).toBe('Open-ended1 hour eachCount for volunteer hours');
  });

  it('archives a kind, marked as such, and restores it', async () => {
    const user = userEvent.setup();
    const { calls } = openKinds();
    await user.click(await screen.findByRole('button', { name: 'Archive Travel buddy' }));
    await screen.findByText('Archived Travel buddy');
    expect(within(row('Travel buddy')).getByRole('rowheader').textContent).toBe('Travel buddyRoles: Travel buddyAges: Any ageHas travel buddy tripsArchived');
    await user.click(screen.getByRole('button', { name: 'Restore Travel buddy' }));
    await screen.findByText('Restored Travel buddy');
    expect(callsTo(calls, 'programmes.setKindArchived')).toEqual([
      { id: 'travel-buddy', archived: true },
      { id: 'travel-buddy', archived: false },
    ]);
    expect(screen.getByRole('button', { name: 'Archive Travel buddy' })).toBeTruthy();
  });
});

describe('Settings → Programme kinds: questionnaires', () => {
  const entries: MeasureEntry[] = BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false }));

  function openWithMeasures() {
    let kinds: ProgrammeKind[] = DEFAULT_PROGRAMME_KINDS.map((k) => (k.id === 'peer-mentoring' ? { ...k, measures: [{ measureId: 'ons4', atStart: true, atEnd: false, every: { count: 6, unit: 'weeks' } }] } : k));
    return renderAt('/settings/programme-kinds', { '/settings/:section': <ProgrammeKindSettings /> }, (name, input) => {
      if (name === 'programmes.kinds') return kinds;
      if (name === 'outcomes.measures') return { measures: entries } satisfies MeasuresView;
      if (name === 'programmes.saveKind') {
        const { id, kind } = input as { id: string; kind: ProgrammeKindInput };
        kinds = kinds.map((k) => (k.id === id ? { ...k, ...kind } : k));
        return kinds;
      }
      return undefined;
    });
  }

  it('asks which questionnaires, at the start, every so often and at the end, and saves them with the kind', async () => {
    const user = userEvent.setup();
    const { calls } = openWithMeasures();
    await user.click(await screen.findByRole('button', { name: 'Edit Peer coaching' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Peer coaching' });
    const plan = (name: string) => within(within(dialog).getByRole('group', { name: 'Questionnaires' })).getByRole('group', { name });
    const swemwbs = plan('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    const core = plan('CORE-10');

    await user.click(within(swemwbs).getByLabelText('At the start'));
    await user.click(within(swemwbs).getByLabelText('At the end'));
    await user.type(within(core).getByLabelText('Every'), 'four');
    await user.click(within(dialog).getByRole('button', { name: 'Save programme kind' }));
    expect(await within(core).findByText('Enter how often as a whole number, like 5, or leave it blank')).toBeTruthy();
    expect(within(core).getByLabelText('Every').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([]);

    await user.clear(within(core).getByLabelText('Every'));
    await user.type(within(core).getByLabelText('Every'), '4');
    await user.selectOptions(within(core).getByLabelText('Sessions or weeks'), 'weeks');
    await user.click(within(dialog).getByRole('button', { name: 'Save programme kind' }));
    await screen.findByText('Saved Peer coaching');
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([
      {
        id: 'peer-coaching',
        kind: expect.objectContaining({
          measures: [
            { measureId: 'swemwbs', atStart: true, atEnd: true },
            { measureId: 'core-10', atStart: false, atEnd: false, every: { count: 4, unit: 'weeks' } },
          ],
        }) as unknown,
      },
    ]);
  });

  it('lists each kind’s questionnaires and when they are asked, in the table', async () => {
    const user = userEvent.setup();
    openWithMeasures();
    await screen.findByRole('table', { name: 'Programme kinds' });
    const questionnaires = (kind: string) => cells(kind)[1];
    expect(questionnaires('Peer mentoring')).toBe('ONS4 at start and every 6 weeks');
    expect(questionnaires('Peer coaching')).toBe('None');

    await user.click(screen.getByRole('button', { name: 'Edit Peer coaching' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Peer coaching' });
    const plan = (name: string) => within(within(dialog).getByRole('group', { name: 'Questionnaires' })).getByRole('group', { name });
    const swemwbs = plan('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    await user.click(within(swemwbs).getByLabelText('At the start'));
    await user.click(within(swemwbs).getByLabelText('At the end'));
    await user.type(within(plan('CORE-10')).getByLabelText('Every'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save programme kind' }));
    await screen.findByText('Saved Peer coaching');
    expect(questionnaires('Peer coaching')).toBe('SWEMWBS at start and end; CORE-10 every session');
  });

  it('shows a kind’s plans as saved, and unticking everything asks nothing', async () => {
    const user = userEvent.setup();
    const { calls } = openWithMeasures();
    await user.click(await screen.findByRole('button', { name: 'Edit Peer mentoring' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Peer mentoring' });
    const ons = within(dialog).getByRole('group', { name: 'ONS personal wellbeing questions (ONS4)' });
    expect(within(ons).getByLabelText<HTMLInputElement>('At the start').checked).toBe(true);
    expect(within(ons).getByLabelText<HTMLInputElement>('Every').value).toBe('6');
    expect(within(ons).getByLabelText<HTMLSelectElement>('Sessions or weeks').value).toBe('weeks');
    expect(within(ons).getByLabelText<HTMLInputElement>('At the end').checked).toBe(false);

    await user.click(within(ons).getByLabelText('At the start'));
    await user.clear(within(ons).getByLabelText('Every'));
    await user.click(within(dialog).getByRole('button', { name: 'Save programme kind' }));
    await screen.findByText('Saved Peer mentoring');
    expect(callsTo(calls, 'programmes.saveKind')).toEqual([{ id: 'peer-mentoring', kind: expect.objectContaining({ measures: [] }) as unknown }]);
  });
});
