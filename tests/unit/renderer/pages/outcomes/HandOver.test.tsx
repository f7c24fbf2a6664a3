// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HandOverButton } from '../../../../../renderer/pages/outcomes/HandOver';
import type { CompletionRow, MeasureEntry } from '../../../../../shared/contracts/outcomes';
import type { CompletionInput } from '../../../../../shared/domain/outcome-completions';
import { BUILT_IN_MEASURES, scoreAnswers, measureById } from '../../../../../shared/domain/outcome-measures';
import { callsTo, renderAt } from '../../support/render';
import { pressEscapeIn } from '../../support/dialog';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const entries: MeasureEntry[] = BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false }));
const member = { id: 'm1', firstName: 'Siân', preferredName: undefined };

function open(saved: CompletionRow[] = []) {
  return renderAt(
    '/members/m1',
    {
      '/members/:id': <HandOverButton member={member} measures={entries} places={[{ kind: 'programme', id: 'p1', name: 'Peer coaching, started 01/09/2026' }]} onSaved={(row) => saved.push(row)} />,
    },
    (name, input) => {
      if (name !== 'outcomes.record') return undefined;
      const { completion } = input as { memberId: string; completion: CompletionInput };
      const measure = measureById(completion.measureId, [])!;
      return {
        completion: { ...completion, id: 'c1', memberId: 'm1', createdAt: '', updatedAt: '' },
        measure: { id: measure.id, name: measure.name, shortName: measure.shortName },
        score: scoreAnswers(measure, completion.answers),
      } satisfies CompletionRow;
    },
  );
}

const screenDialog = () => screen.getByRole('dialog', { name: 'Questionnaire for Siân' });

async function handOver(user: ReturnType<typeof userEvent.setup>, measureName: string) {
  await user.click(screen.getByRole('button', { name: 'Hand over the screen' }));
  const choose = screen.getByRole('dialog', { name: 'Hand over the screen' });
  await user.selectOptions(within(choose).getByLabelText('Questionnaire'), measureName);
  await user.click(within(choose).getByRole('button', { name: 'Start the questionnaire' }));
  return screenDialog();
}

describe('Hand over the screen', () => {
  it('greets the member by first name only, asks one question at a time with big labelled answers, and saves once at the end', async () => {
    const user = userEvent.setup();
    const saved: CompletionRow[] = [];
    const { calls } = open(saved);
    const dialog = await handOver(user, 'Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    expect(within(dialog).getByRole('heading', { name: 'Hello Siân' })).toBeTruthy();
    expect(dialog.textContent).not.toContain('Peer coaching');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));

    expect(within(dialog).getByText('Question 1 of 7')).toBeTruthy();
    expect(within(dialog).getByText('Over the last 2 weeks')).toBeTruthy();
    const first = within(dialog).getByRole('group', { name: 'I’ve been feeling optimistic about the future' });
    expect(within(first).getAllByRole('button').map((b) => b.textContent)).toEqual(['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time']);
    await user.click(within(first).getByRole('button', { name: 'Often' }));
    expect(within(first).getByRole('button', { name: 'Often' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(within(dialog).getByText('Question 2 of 7')).toBeTruthy();

    // Back keeps the answer given.
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByRole('button', { name: 'Often' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    // The rest by keyboard: a digit chooses, Enter moves on.
    for (const digit of ['3', '4', '5', '2', '1', '3']) {
      await user.keyboard(digit);
      await user.keyboard('{Enter}');
    }
    expect(within(dialog).getByRole('heading', { name: 'Thank you — please hand the screen back' })).toBeTruthy();
    expect(callsTo(calls, 'outcomes.record')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Back to coordinator' }));
    const confirm = screen.getByRole('dialog', { name: 'Give the screen back to the coordinator?' });
    expect(confirm.textContent).toContain('The answers will be saved as given on screen today.');
    await user.click(within(confirm).getByRole('button', { name: 'Back to coordinator' }));
    expect(within(confirm).getByRole('alert').textContent).toContain('Tick “I am the coordinator” first');
    expect(callsTo(calls, 'outcomes.record')).toEqual([]);
    await user.click(within(confirm).getByLabelText('I am the coordinator'));
    await user.click(within(confirm).getByRole('button', { name: 'Back to coordinator' }));

    expect(await screen.findByText('Saved Siân’s SWEMWBS answers, given on screen', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsTo(calls, 'outcomes.record')).toEqual([
      {
        memberId: 'm1',
        completion: {
          measureId: 'swemwbs',
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
          given: 'screen',
          programmeId: 'p1',
          answers: { optimistic: 4, useful: 3, relaxed: 4, problems: 5, thinking: 2, close: 1, 'own-mind': 3 },
        },
      },
    ]);
    expect(saved).toHaveLength(1);
  });

  it('does not leave on Escape, and saves nothing when the coordinator takes the screen back early', async () => {
    const user = userEvent.setup();
    const { calls } = open();
    const dialog = await handOver(user, 'CORE-10');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));
    await user.keyboard('2');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(pressEscapeIn(dialog)).toBe(true);
    expect(screenDialog()).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Back to coordinator' }));
    const confirm = screen.getByRole('dialog', { name: 'Give the screen back to the coordinator?' });
    expect(confirm.textContent).toContain('The questionnaire is not finished. Nothing will be saved');
    await user.click(within(confirm).getByRole('button', { name: 'Keep answering' }));
    expect(screen.queryByRole('dialog', { name: 'Give the screen back to the coordinator?' })).toBeNull();
    expect(within(dialog).getByText('Question 1 of 10')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Back to coordinator' }));
    const again = screen.getByRole('dialog', { name: 'Give the screen back to the coordinator?' });
    await user.click(within(again).getByLabelText('I am the coordinator'));
    await user.click(within(again).getByRole('button', { name: 'Back to coordinator' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Back from the hand-over screen. Nothing was saved.', { exact: false })).toBeTruthy();
    expect(callsTo(calls, 'outcomes.record')).toEqual([]);
  });

  it('keeps the CORE-10 risk answer from the member and tells the coordinator after the hand-back', async () => {
    const user = userEvent.setup();
    open();
    const dialog = await handOver(user, 'CORE-10');
    await user.click(within(dialog).getByRole('button', { name: 'Start' }));
    // Arrows choose too: ArrowDown from nothing picks the first answer, again the next.
    for (let i = 0; i < 10; i += 1) {
      if (i === 5) await user.keyboard('{ArrowDown}{ArrowDown}');
      else await user.keyboard('0');
      await user.keyboard('{Enter}');
    }
    expect(dialog.textContent).not.toMatch(/safeguarding/i);
    await user.click(within(dialog).getByRole('button', { name: 'Back to coordinator' }));
    const confirm = screen.getByRole('dialog', { name: 'Give the screen back to the coordinator?' });
    expect(confirm.textContent).not.toMatch(/safeguarding/i);
    await user.click(within(confirm).getByLabelText('I am the coordinator'));
    await user.click(within(confirm).getByRole('button', { name: 'Back to coordinator' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Talk to your safeguarding lead today.');
    expect(notice.textContent).toContain('Siân answered “I made plans to end my life” on the CORE-10 above “Not at all”');
    expect(document.activeElement).toBe(notice);
  });

  it('shows the wording note where the wording is not verified', async () => {
    const user = userEvent.setup();
    open();
    const dialog = await handOver(user, 'CORE-10');
    expect(dialog.textContent).toContain('About the wording: The ten statements match published copies');
  });
});
