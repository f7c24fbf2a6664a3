// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMBERS } from '../../../../../renderer/pages/members/member-kind';
import { PersonFormPage } from '../../../../../renderer/pages/people/PersonFormPage';
import { PersonProfilePage } from '../../../../../renderer/pages/people/PersonProfilePage';
import { VOLUNTEERS } from '../../../../../renderer/pages/volunteers/volunteer-kind';
import { makeMember } from '../../../../factories/members';
import { makeVolunteer } from '../../../../factories/volunteers';
import { callsTo, renderAt } from '../../support/render';

/** The fields one-to-one matching reads: a member's preferences, a volunteer's caseload and gender. */

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { exact: true });

function open(path: string, page: ReactNode, pattern: string, answer: (name: string, input: unknown) => unknown) {
  // After Save the form goes to the profile: a stand-in, unless the profile is what is opened.
  const standIns = Object.entries({ '/members/:id': <h1>Member profile</h1>, '/volunteers/:id': <h1>Volunteer profile</h1> }).filter(([p]) => p !== pattern);
  return renderAt(path, { [pattern]: page, ...Object.fromEntries(standIns) }, answer);
}

describe('the member form: matching for one-to-one support', () => {
  it('has its own fieldset, saying it is only used to suggest a volunteer, and saves what was chosen', async () => {
    const user = userEvent.setup();
    const saved = makeMember({ id: 'm-1', firstName: 'Ewa', lastName: 'Nowak' });
    const { calls } = open('/members/new', <PersonFormPage kind={MEMBERS} />, '/members/new', (name) => (name === 'members.create' ? { status: 'saved', member: saved } : undefined));

    const fieldset = screen.getByRole('group', { name: 'Matching for one-to-one support' });
    expect(fieldset.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(fieldset.getAttribute('aria-describedby')!)?.textContent).toMatch(/Only used to suggest a volunteer/);

    await user.type(field('First name'), 'Ewa');
    await user.type(field('Last name'), 'Nowak');
    await user.type(within(fieldset).getByLabelText('Languages'), 'Polish, English');
    await user.click(within(fieldset).getByLabelText('Monday morning'));
    await user.click(within(fieldset).getByLabelText('Wednesday evening'));
    const gender = within(fieldset).getByRole('group', { name: 'Would they like a volunteer who is' });
    expect(within(gender).getByLabelText<HTMLInputElement>('No preference').checked).toBe(true);
    await user.click(within(gender).getByLabelText('A woman'));
    // A tick-box for each language listed, following the list as it is typed.
    const mustSpeak = within(fieldset).getByRole('group', { name: 'Language their volunteer must speak' });
    expect(within(mustSpeak).getAllByRole('checkbox').map((c) => c.closest('.choice')?.textContent)).toEqual(['Their volunteer must speak Polish', 'Their volunteer must speak English']);
    await user.click(within(mustSpeak).getByLabelText('Their volunteer must speak Polish'));
    await user.type(within(fieldset).getByLabelText('Other preferences'), 'Not someone who lives near me');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByRole('heading', { name: 'Member profile' });
    const sent = (callsTo(calls, 'members.create')[0] as { member: Record<string, unknown> }).member;
    expect(sent).toEqual(
      expect.objectContaining({
        languages: ['Polish', 'English'],
        availability: ['mon-morning', 'wed-evening'],
        prefersVolunteerGender: 'woman',
        needsLanguage: 'Polish',
        matchingNotes: 'Not someone who lives near me',
      }),
    );
  });

  it('sends none of them when nothing is chosen, so old records are not counted as changed', async () => {
    const user = userEvent.setup();
    const record = makeMember({ id: 'm-2', firstName: 'Ewa', lastName: 'Nowak' });
    const { calls } = open('/members/m-2/edit', <PersonFormPage kind={MEMBERS} />, '/members/:id/edit', (name) => {
      if (name === 'members.get') return record;
      if (name === 'members.update') return { status: 'saved', member: record };
      return undefined;
    });
    await user.type(await screen.findByLabelText('Preferred name'), 'E');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Member profile' });
    const sent = (callsTo(calls, 'members.update')[0] as { member: Record<string, unknown> }).member;
    for (const key of ['languages', 'availability', 'prefersVolunteerGender', 'needsLanguage', 'matchingNotes']) expect(sent[key]).toBeUndefined();
  });

  it('shows a record on file in the form, and on the profile in its own section', async () => {
    const record = makeMember({
      id: 'm-3',
      firstName: 'Ewa',
      lastName: 'Nowak',
      languages: ['Polish', 'English'],
      availability: ['tue-afternoon'],
      prefersVolunteerGender: 'man',
      needsLanguage: 'Polish',
      matchingNotes: 'Likes football',
    });
    const answer = (name: string) => (name === 'members.get' ? record : name === 'audit.list' ? { entries: [] } : undefined);
    open('/members/m-3/edit', <PersonFormPage kind={MEMBERS} />, '/members/:id/edit', answer);
    const fieldset = await screen.findByRole('group', { name: 'Matching for one-to-one support' });
    expect(within(fieldset).getByLabelText<HTMLInputElement>('Languages').value).toBe('Polish, English');
    expect(within(fieldset).getByLabelText<HTMLInputElement>('Tuesday afternoon').checked).toBe(true);
    expect(within(fieldset).getByLabelText<HTMLInputElement>('Monday morning').checked).toBe(false);
    expect(within(fieldset).getByLabelText<HTMLInputElement>('A man').checked).toBe(true);
    expect(within(fieldset).getByLabelText<HTMLInputElement>('Their volunteer must speak Polish').checked).toBe(true);
    expect(within(fieldset).getByLabelText<HTMLInputElement>('Their volunteer must speak English').checked).toBe(false);
    cleanup();

    open('/members/m-3', <PersonProfilePage kind={MEMBERS} />, '/members/:id', answer);
    const card = await screen.findByRole('region', { name: 'Matching for one-to-one support' });
    expect(card.textContent).toContain('Polish, English');
    expect(card.textContent).toContain('Tuesday afternoon');
    expect(card.textContent).toContain('A man');
    expect(card.textContent).toContain('Likes football');
  });
});

describe('the member form: the language their volunteer must speak', () => {
  function openEdit(member: Parameters<typeof makeMember>[0]) {
    const record = makeMember({ id: 'm-4', firstName: 'Siân', lastName: 'Rees', ...member });
    return open('/members/m-4/edit', <PersonFormPage kind={MEMBERS} />, '/members/:id/edit', (name) => {
      if (name === 'members.get') return record;
      if (name === 'members.update') return { status: 'saved', member: record };
      return undefined;
    });
  }
  const sent = (calls: ReturnType<typeof open>['calls']) => (callsTo(calls, 'members.update')[0] as { member: Record<string, unknown> }).member;

  it('keeps a language typed before the tick-boxes, ticked, even when it is not in their list', async () => {
    const user = userEvent.setup();
    const { calls } = openEdit({ languages: ['Welsh'], needsLanguage: 'BSL' });
    const group = await screen.findByRole('group', { name: 'Language their volunteer must speak' });
    expect(within(group).getAllByRole('checkbox').map((c) => [c.closest('.choice')?.textContent, (c as HTMLInputElement).checked])).toEqual([
      ['Their volunteer must speak Welsh', false],
      ['Their volunteer must speak BSL', true],
    ]);
    await user.click(within(group).getByLabelText('Their volunteer must speak Welsh'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Member profile' });
    expect(sent(calls).needsLanguage).toBe('BSL, Welsh');
  });

  it('drops a tick when its language is taken out of the list, and says what to do when there is no list', async () => {
    const user = userEvent.setup();
    const { calls } = openEdit({ languages: ['Welsh', 'English'], needsLanguage: 'English' });
    const group = await screen.findByRole('group', { name: 'Language their volunteer must speak' });
    const languages = screen.getByLabelText<HTMLInputElement>('Languages');
    await user.clear(languages);
    await user.type(languages, 'Welsh');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    await user.clear(languages);
    expect(group.textContent).toContain('List their languages above to choose one here.');
    await user.type(languages, 'Welsh, English');
    expect(within(group).getByLabelText<HTMLInputElement>('Their volunteer must speak English').checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Member profile' });
    expect(sent(calls).needsLanguage).toBeUndefined();
  });
});

describe('the volunteer form: caseload and gender for matching', () => {
  function openVolunteerForm() {
    const saved = makeVolunteer({ id: 'v-1', firstName: 'Dafydd', lastName: 'Rees' });
    return open('/volunteers/new', <PersonFormPage kind={VOLUNTEERS} />, '/volunteers/new', (name) => (name === 'volunteers.create' ? { status: 'saved', volunteer: saved } : undefined));
  }

  it('refuses a caseload outside 1 to 20, keeping what was typed', async () => {
    const user = userEvent.setup();
    const { calls } = openVolunteerForm();
    await user.type(field('First name'), 'Dafydd');
    await user.type(field('Last name'), 'Rees');
    const caseload = field('How many people can you support at once?');
    expect(caseload.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(caseload.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toContain('Leave blank for the usual 2');
    await user.type(caseload, '25');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('a whole number from 1 to 20');
    expect(caseload.value).toBe('25');
    expect(callsTo(calls, 'volunteers.create')).toEqual([]);
  });

  it('saves the caseload as a number and the gender, used only when a member asks', async () => {
    const user = userEvent.setup();
    const { calls } = openVolunteerForm();
    await user.type(field('First name'), 'Dafydd');
    await user.type(field('Last name'), 'Rees');
    await user.type(field('How many people can you support at once?'), '3');
    const gender = screen.getByRole('group', { name: 'Gender, for matching only' });
    expect(gender.textContent).toContain('Used only when a member asks for a woman or a man');
    expect(within(gender).getAllByRole('radio').map((r) => r.closest('.choice')?.textContent)).toEqual(['No answer', 'Woman', 'Man', 'Non-binary']);
    await user.click(within(gender).getByLabelText('Non-binary'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Volunteer profile' });
    const sent = (callsTo(calls, 'volunteers.create')[0] as { volunteer: Record<string, unknown> }).volunteer;
    expect(sent.caseloadLimit).toBe(3);
    expect(sent.gender).toBe('non-binary');
  });

  it('leaves both off when blank: the usual caseload applies', async () => {
    const user = userEvent.setup();
    const { calls } = openVolunteerForm();
    await user.type(field('First name'), 'Dafydd');
    await user.type(field('Last name'), 'Rees');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Volunteer profile' });
    const sent = (callsTo(calls, 'volunteers.create')[0] as { volunteer: Record<string, unknown> }).volunteer;
    expect(sent.caseloadLimit).toBeUndefined();
    expect(sent.gender).toBeUndefined();
  });

  it('shows them on the profile, with the usual number when none was given', async () => {
    const record = makeVolunteer({ id: 'v-2', firstName: 'Dafydd', lastName: 'Rees', gender: 'man' });
    open('/volunteers/v-2', <PersonProfilePage kind={VOLUNTEERS} />, '/volunteers/:id', (name) => (name === 'volunteers.get' ? record : name === 'audit.list' ? { entries: [] } : undefined));
    const card = await screen.findByRole('region', { name: 'Volunteering' });
    expect(card.textContent).toContain('Can support at once2 (the usual number)');
    expect(card.textContent).toContain('Gender, for matchingMan');
  });
});
