// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompletionRow, MeasuresView, MemberOutcomes } from '../../../../../shared/contracts/outcomes';
import { addDaysIso, formatUkDate, todayIso } from '../../../../../shared/dates';
import type { Completion } from '../../../../../shared/domain/outcome-completions';
import { BUILT_IN_MEASURES, compareScores, measureById, scoreAnswers, type Answers, type MeasureDefinition } from '../../../../../shared/domain/outcome-measures';
import { OutcomesTab } from '../../../../../renderer/pages/outcomes/OutcomesTab';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const SWEMWBS = measureById('swemwbs', [])!;
const CORE10 = measureById('core-10', [])!;
const MEASURES: MeasuresView = { measures: BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false })) };
const MEMBER = { id: 'mem-1', firstName: 'Amira', lastName: 'Hassan' };
const PLACE = { kind: 'programme' as const, id: 'p-1', name: 'Peer coaching, started 01/09/2026' };
const all = (m: MeasureDefinition, value: number): Answers => Object.fromEntries(m.items.map((i) => [i.id, value]));

function completion(id: string, date: string, answers: Answers, measure = SWEMWBS): Completion {
  return { id, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, memberId: MEMBER.id, measureId: measure.id, date, given: 'paper', answers, programmeId: PLACE.id };
}
function row(c: Completion, measure = SWEMWBS): CompletionRow {
  return { completion: c, measure: { id: measure.id, name: measure.name, shortName: measure.shortName }, score: scoreAnswers(measure, c.answers), place: PLACE };
}

const EMPTY: MemberOutcomes = { rows: [], comparisons: [], places: [PLACE] };

/** Two SWEMWBS forms in a programme: raw 14 (metric 15.32) then raw 21 (19.25). */
function twoForms(): MemberOutcomes {
  const first = completion('c-1', '2026-09-01', all(SWEMWBS, 2));
  const latest = completion('c-2', '2026-11-20', all(SWEMWBS, 3));
  const before = scoreAnswers(SWEMWBS, first.answers);
  const after = scoreAnswers(SWEMWBS, latest.answers);
  return {
    rows: [row(latest), row(first)],
    comparisons: [
      {
        measure: { id: 'swemwbs', name: SWEMWBS.name, shortName: 'SWEMWBS' },
        place: PLACE,
        count: 2,
        first: { completionId: 'c-1', date: first.date, score: before },
        latest: { completionId: 'c-2', date: latest.date, score: after },
        change: compareScores(SWEMWBS, before, after),
      },
    ],
    places: [PLACE],
  };
}

function show(outcomes: MemberOutcomes, answer: (name: string, input: unknown) => unknown = () => undefined) {
  return renderAt('/m', { '/m': <OutcomesTab member={MEMBER} /> }, (name, input) => {
    if (name === 'outcomes.forMember') return outcomes;
    if (name === 'outcomes.measures') return MEASURES;
    return answer(name, input);
  });
}

const focused = () => document.activeElement as HTMLElement;

/** Tab (keyboard only) until the first question's answer cell has focus. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, target: HTMLElement) {
  for (let i = 0; i < 20 && focused() !== target; i += 1) await user.tab();
  expect(focused()).toBe(target);
}

async function openDialog(user: ReturnType<typeof userEvent.setup>, measure: MeasureDefinition) {
  const open = await screen.findByRole('button', { name: 'Enter answers' });
  await vi.waitFor(() => expect(open.hasAttribute('disabled')).toBe(false));
  open.focus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('dialog', { name: 'Enter answers' });
  await user.selectOptions(within(dialog).getByLabelText('Questionnaire'), measure.id);
  await tabTo(user, within(dialog).getByLabelText(measure.items[0]!.text));
  return dialog;
}

describe('the Outcomes tab', () => {
  it('shows first against latest with the change in words, a chart and the table of scores', async () => {
    show(twoForms());
    expect(await screen.findByText('Improved: up 3.93 (3 or more is a meaningful change).')).toBeTruthy();
    expect(screen.getByRole('img', { name: `Chart of SWEMWBS metric scores from 01/09/2026 to 20/11/2026; the numbers are in the table below.` })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'SWEMWBS answers, newest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('20/11/2026');
    expect(rows[1]!.textContent).toContain('Raw 21, metric 19.25');
    expect(rows[2]!.textContent).toContain('Raw 14, metric 15.32');
  });

  it('says plainly why a form was not scored', async () => {
    const partial = completion('c-3', '2026-11-20', { ...all(SWEMWBS, 3), [SWEMWBS.items[0]!.id]: null });
    show({ ...EMPTY, rows: [row(partial)] });
    expect(await screen.findByText('Not scored: all seven answers are needed')).toBeTruthy();
  });

  it('Edit opens the answers as given and saves the correction', async () => {
    const user = userEvent.setup();
    const forms = twoForms();
    const { calls } = show(forms, (name) => (name === 'outcomes.update' ? forms.rows[1] : undefined));
    await user.click(await screen.findByRole('button', { name: 'Edit SWEMWBS answers of 01/09/2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Correct answers' });
    const first = within(dialog).getByLabelText<HTMLInputElement>(SWEMWBS.items[0]!.text);
    expect(first.value).toBe('2');
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Programme or group (optional)').value).toBe('programme:p-1');
    first.focus();
    await user.keyboard('5');
    await user.click(within(dialog).getByRole('button', { name: 'Save corrections' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'outcomes.update')).toEqual([
      { id: 'c-1', completion: { measureId: 'swemwbs', date: '2026-09-01', given: 'paper', programmeId: 'p-1', answers: { ...all(SWEMWBS, 2), [SWEMWBS.items[0]!.id]: 5 } } },
    ]);
  });

  it('asks before deleting answers, and deletes only on the confirm', async () => {
    const user = userEvent.setup();
    const { calls } = show(twoForms(), (name) => (name === 'outcomes.delete' ? { deleted: true } : undefined));
    await user.click(await screen.findByRole('button', { name: 'Delete SWEMWBS answers of 01/09/2026' }));
    const confirm = screen.getByRole('dialog', { name: 'Delete the SWEMWBS answers of 01/09/2026?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(callsTo(calls, 'outcomes.delete')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete SWEMWBS answers of 01/09/2026' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the SWEMWBS answers of 01/09/2026?' })).getByRole('button', { name: 'Delete answers' }));
    await vi.waitFor(() => expect(callsTo(calls, 'outcomes.delete')).toEqual([{ id: 'c-1' }]));
    expect(await screen.findByText('Deleted the SWEMWBS answers of 01/09/2026.')).toBeTruthy();
  });
});

describe('Enter answers', () => {
  it('keys a SWEMWBS from the keyboard alone: digits answer, Enter moves on, the score shows live, Enter on the last saves', async () => {
    const user = userEvent.setup();
    const { calls } = show(EMPTY, (name, input) => (name === 'outcomes.record' ? row({ ...completion('new', todayIso(), (input as { completion: { answers: Answers } }).completion.answers) }) : undefined));
    const dialog = await openDialog(user, SWEMWBS);
    const status = within(dialog).getByRole('status');
    expect(status.textContent).toBe('Score: Not scored: all seven answers are needed (0 of 7 answered)');

    // A digit outside 1–5 is not taken; typing over an answer replaces it.
    await user.keyboard('9');
    expect(within(dialog).getByLabelText<HTMLInputElement>(SWEMWBS.items[0]!.text).value).toBe('');
    await user.keyboard('24{Enter}');
    expect(within(dialog).getByLabelText<HTMLInputElement>(SWEMWBS.items[0]!.text).value).toBe('4');
    expect(focused()).toBe(within(dialog).getByLabelText(SWEMWBS.items[1]!.text));
    await user.keyboard('3{Enter}3{Enter}3{ArrowUp}');
    expect(focused()).toBe(within(dialog).getByLabelText(SWEMWBS.items[2]!.text));
    await user.keyboard('{ArrowDown}{ArrowDown}3{Enter}3{Enter}');
    expect(status.textContent).toBe('Score: Not scored: all seven answers are needed (6 of 7 answered)');
    // The row reads as the answer's words, so a slip shows.
    expect(within(dialog).getAllByRole('row')[1]!.textContent).toContain('Often');
    await user.keyboard('2');
    // 4 + 3×5 + 2 = raw 21, metric 19.25 (Warwick's table).
    expect(status.textContent).toBe('Score: Raw 21, metric 19.25 (7 of 7 answered)');
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const answers = Object.fromEntries(SWEMWBS.items.map((item, i) => [item.id, i === 0 ? 4 : i === 6 ? 2 : 3]));
    expect(callsTo(calls, 'outcomes.record')).toEqual([{ memberId: 'mem-1', completion: { measureId: 'swemwbs', date: todayIso(), given: 'paper', answers } }]);
  });

  it('shows the safeguarding notice at once when the CORE-10 risk question is answered above 0', async () => {
    const user = userEvent.setup();
    show(EMPTY);
    const dialog = await openDialog(user, CORE10);
    await user.keyboard('1{Enter}1{Enter}1{Enter}1{Enter}1{Enter}');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.keyboard('0');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.keyboard('2');
    expect(within(dialog).getByRole('alert').textContent).toContain('Talk to your safeguarding lead today.');
    expect(within(dialog).getByRole('alert').textContent).not.toMatch(/diagnos|suicid|risk of/i);
  });

  it('keeps the main process’s objection on the question it is about, and nothing typed is lost', async () => {
    const user = userEvent.setup();
    const { calls } = show(EMPTY);
    calls.mockImplementation(async (name: string) => {
      await Promise.resolve();
      if (name === 'outcomes.forMember') return { ok: true, value: EMPTY };
      if (name === 'outcomes.measures') return { ok: true, value: MEASURES };
      return { ok: false, error: { code: 'VALIDATION', message: 'Check the highlighted answers.', fields: { [`completion.answers.${SWEMWBS.items[3]!.id}`]: 'Choose an answer from 1 to 5' } } };
    });
    const dialog = await openDialog(user, SWEMWBS);
    await user.keyboard('1{Enter}2{Enter}3{Enter}4{Enter}5{Enter}4{Enter}3{Enter}');
    const fourth = within(dialog).getByLabelText<HTMLInputElement>(SWEMWBS.items[3]!.text);
    await vi.waitFor(() => expect(fourth.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getAllByRole('row')[4]!.textContent).toContain('Choose an answer from 1 to 5');
    expect(focused()).toBe(fourth);
    expect(within(dialog).getByRole('alert').textContent).toContain('Nothing has been saved yet.');
    expect(SWEMWBS.items.map((i) => within(dialog).getByLabelText<HTMLInputElement>(i.text).value)).toEqual(['1', '2', '3', '4', '5', '4', '3']);
  });

  it('refuses a date in the future before sending anything', async () => {
    const user = userEvent.setup();
    const { calls } = show(EMPTY);
    const dialog = await openDialog(user, SWEMWBS);
    await user.keyboard('3');
    const date = within(dialog).getByLabelText('Date answered');
    await user.clear(date);
    await user.type(date, formatUkDate(addDaysIso(todayIso(), 1)));
    await user.click(within(dialog).getByRole('button', { name: 'Save answers' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(focused()).toBe(date);
    expect(callsTo(calls, 'outcomes.record')).toEqual([]);
  });
});

describe('"Print questionnaire" on the Outcomes tab', () => {
  it('prints the chosen questionnaire in the chosen size with the member on it; archived scales are not offered', async () => {
    const user = userEvent.setup();
    const { calls } = show(EMPTY, (name) => (name === 'outcomes.printQuestionnaire' ? { filename: 'core-10.pdf', mimeType: 'application/pdf', base64: '' } : undefined));
    await user.click(await screen.findByRole('button', { name: 'Print questionnaire' }));
    const dialog = screen.getByRole('dialog', { name: 'Print questionnaire' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Standard print' }).checked).toBe(true);
    await user.selectOptions(within(dialog).getByLabelText('Questionnaire'), CORE10.id);
    await user.click(within(dialog).getByRole('radio', { name: 'Large print' }));
    await user.click(within(dialog).getByRole('button', { name: 'Print' }));
    expect(callsTo(calls, 'outcomes.printQuestionnaire')).toEqual([{ measureId: 'core-10', size: 'large', memberId: MEMBER.id }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('starts on large print for a member who takes the newsletter in large print', async () => {
    const user = userEvent.setup();
    const { calls } = renderAt('/m', { '/m': <OutcomesTab member={{ ...MEMBER, newsletter: 'large-print' }} /> }, (name) => {
      if (name === 'outcomes.forMember') return EMPTY;
      if (name === 'outcomes.measures') return MEASURES;
      if (name === 'outcomes.printQuestionnaire') return { filename: 'swemwbs.pdf', mimeType: 'application/pdf', base64: '' };
      return undefined;
    });
    await user.click(await screen.findByRole('button', { name: 'Print questionnaire' }));
    const dialog = screen.getByRole('dialog', { name: 'Print questionnaire' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: 'Large print' }).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Print' }));
    expect(callsTo(calls, 'outcomes.printQuestionnaire')).toEqual([{ measureId: 'swemwbs', size: 'large', memberId: MEMBER.id }]);
  });
});
