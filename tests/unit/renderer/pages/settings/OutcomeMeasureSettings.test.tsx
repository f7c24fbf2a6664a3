// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OutcomeMeasureSettings } from '../../../../../renderer/pages/settings/OutcomeMeasureSettings';
import type { MeasuresView } from '../../../../../shared/api';
import { BUILT_IN_MEASURES, customMeasureDefinition, customScaleInputSchema, fixedScaleChanges, fixedScaleSummary, type CustomScale } from '../../../../../shared/domain/outcome-measures';
import { fieldErrorsFromIssues } from '../../../../../shared/errors';
import { makeStatus, WithStatus } from '../../bridge';
import { callsTo, renderAt } from '../../support/render';

afterEach(() => {
  cleanup();
  delete window.peerDesk;
});

const STAR: CustomScale = {
  id: 'star',
  name: 'Our Recovery Star areas',
  items: [
    { id: 'q1', text: 'Managing mental health', reverse: false },
    { id: 'q2', text: 'Living skills', reverse: true },
  ],
  answerMin: 1,
  answerMax: 10,
  labels: [{ value: 1, label: 'Stuck' }],
  higherIsBetter: true,
  meaningfulChange: 2,
  missing: 'none',
};

function view(custom: CustomScale[] = [STAR], archived: string[] = []): MeasuresView {
  return {
    measures: [
      ...BUILT_IN_MEASURES.map((definition) => ({ definition, archived: false })),
      ...custom.map((scale) => ({ definition: customMeasureDefinition(scale), scale, archived: archived.includes(scale.id) })),
    ],
  };
}

/** Settings → Outcome measures; saving a scale is checked with the API's own schema, as the main process does. */
function open() {
  const { calls } = renderAt(
    '/settings/outcome-measures',
    {
      '/settings/:section': (
        <WithStatus initial={makeStatus()}>
          <OutcomeMeasureSettings />
        </WithStatus>
      ),
    },
    (name, input) => {
      if (name === 'outcomes.measures') return view();
      if (name === 'outcomes.printQuestionnaire') return { filename: 'swemwbs.pdf', mimeType: 'application/pdf', base64: '' };
      if (name === 'outcomes.exportCsv') return { filename: 'questionnaire-answers-2026-11-23.csv', mimeType: 'text/csv', text: 'Person id\r\n' };
      if (name === 'settings.update') return makeStatus().settings;
      if (name === 'outcomes.archiveCustomScale') return view([STAR], ['star']);
      if (name === 'outcomes.saveCustomScale') {
        const { scale } = input as { scale: unknown };
        const checked = customScaleInputSchema.safeParse(scale);
        if (!checked.success) throw new Error(JSON.stringify(fieldErrorsFromIssues(checked.error.issues)));
        return view([STAR, { ...STAR, id: 'new', name: checked.data.name }]);
      }
      throw new Error(`unexpected ${name}`);
    },
  );
  return calls;
}

const card = async (name: string | RegExp) => screen.findByRole('region', { name });

describe('Settings → Outcome measures', () => {
  it('lists every measure with its source, licence line and whether its wording was verified', async () => {
    open();
    for (const m of BUILT_IN_MEASURES) {
      const region = await card(m.name);
      expect(within(region).getByText(m.source)).toBeTruthy();
      expect(within(region).getByText(m.licence)).toBeTruthy();
    }
    const core = await card('CORE-10');
    expect(within(core).getByText('Not verified')).toBeTruthy();
    expect(within(core).getByText(/the last answer \(“Most or all of the time”\)/)).toBeTruthy();
    const swemwbs = await card('Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS)');
    expect(within(swemwbs).getByText('Verified against the authors’ published text')).toBeTruthy();
    expect(within(swemwbs).queryByText(/Wording not verified/)).toBeNull();
    expect(within(await card('Our Recovery Star areas')).getByText('Typed in by your organisation')).toBeTruthy();
  });

  it('exports the answers as CSV without names, and with them only when "Include names" is ticked', async () => {
    const user = userEvent.setup();
    const calls = open();
    const exportButton = await screen.findByRole('button', { name: 'Export answers (CSV)' });
    const names = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Include names' });
    expect(names.checked).toBe(false);
    await user.click(exportButton);
    await user.click(names);
    await user.click(exportButton);
    expect(callsTo(calls, 'outcomes.exportCsv')).toEqual([{ includeNames: false }, { includeNames: true }]);
    expect((await screen.findAllByText(/Exported every questionnaire answered to questionnaire-answers-2026-11-23\.csv/)).length).toBeGreaterThan(0);
  });

  it('prints each questionnaire blank, in standard or large print', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Print questionnaire: SWEMWBS' }));
    await user.click(screen.getByRole('button', { name: 'Print in large print: CORE-10' }));
    await user.click(screen.getByRole('button', { name: 'Print questionnaire: Our Recovery Star areas' }));
    expect(callsTo(calls, 'outcomes.printQuestionnaire')).toEqual([
      { measureId: 'swemwbs', size: 'standard' },
      { measureId: 'core-10', size: 'large' },
      { measureId: 'star', size: 'standard' },
    ]);
  });

  it('saves the organisation’s SWEMWBS registration', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.type(await screen.findByLabelText(/^SWEMWBS registration/), 'WEMWBS-2231');
    await user.click(screen.getByRole('button', { name: 'Save registration' }));
    expect(callsTo(calls, 'settings.update')).toEqual([{ swemwbsRegistration: 'WEMWBS-2231' }]);
  });

  it('adds a custom scale: questions one a line, reverse-scored ones ticked, range, labels and rules', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Add a custom scale' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a custom scale' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Confidence check');
    await user.type(within(dialog).getByLabelText(/^Questions/), 'I feel confident going out{Enter}I worry about money');
    await user.click(within(dialog).getByRole('checkbox', { name: 'I worry about money' }));
    await user.type(within(dialog).getByLabelText(/^Lowest answer/), '1');
    await user.type(within(dialog).getByLabelText(/^Highest answer/), '4');
    await user.type(within(dialog).getByLabelText(/^Answer labels/), '1 = Not at all{Enter}4 = Very much');
    await user.click(within(dialog).getByRole('radio', { name: 'Yes, higher is better' }));
    await user.type(within(dialog).getByLabelText(/^Meaningful change/), '2');
    await user.click(within(dialog).getByRole('radio', { name: /Fill in one missing answer/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add scale' }));
    expect(callsTo(calls, 'outcomes.saveCustomScale')).toEqual([
      {
        scale: {
          name: 'Confidence check',
          instructions: '',
          recallPeriod: '',
          items: [
            { text: 'I feel confident going out', reverse: false },
            { text: 'I worry about money', reverse: true },
          ],
          answerMin: 1,
          answerMax: 4,
          labels: [
            { value: 1, label: 'Not at all' },
            { value: 4, label: 'Very much' },
          ],
          higherIsBetter: true,
          meaningfulChange: 2,
          missing: 'prorate-one',
          source: '',
          licence: '',
        },
      },
    ]);
    expect(await screen.findByRole('region', { name: 'Confidence check' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says what is wrong beside each field before sending, in the API’s words', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Add a custom scale' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a custom scale' });
    await user.type(within(dialog).getByLabelText(/^Lowest answer/), '5');
    await user.type(within(dialog).getByLabelText(/^Highest answer/), '2');
    await user.type(within(dialog).getByLabelText(/^Answer labels/), 'Not at all');
    await user.click(within(dialog).getByRole('button', { name: 'Add scale' }));
    expect(within(dialog).getByText('Add at least one question')).toBeTruthy();
    expect(within(dialog).getByText(/Write each label as the answer number/)).toBeTruthy();
    expect(within(dialog).getByText('Say whether a higher score is better')).toBeTruthy();

    // The checks across fields come once each field is right on its own.
    await user.type(within(dialog).getByLabelText(/^Name/), 'Confidence check');
    await user.type(within(dialog).getByLabelText(/^Questions/), 'I feel confident going out');
    await user.clear(within(dialog).getByLabelText(/^Answer labels/));
    await user.click(within(dialog).getByRole('radio', { name: 'No, lower is better' }));
    await user.type(within(dialog).getByLabelText(/^Meaningful change/), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Add scale' }));
    expect(within(dialog).getByText('The highest answer must be more than the lowest')).toBeTruthy();
    expect(callsTo(calls, 'outcomes.saveCustomScale')).toEqual([]);
  });

  it('edits a scale keeping its questions’ ids, a reworded question in its place included', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Edit Our Recovery Star areas' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Our Recovery Star areas' });
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Living skills' }).checked).toBe(true);
    const questions = within(dialog).getByLabelText<HTMLTextAreaElement>(/^Questions/);
    await user.clear(questions);
    await user.type(questions, 'Managing my mental health{Enter}Living skills{Enter}Work');
    await user.click(within(dialog).getByRole('button', { name: 'Save scale' }));
    const [saved] = callsTo(calls, 'outcomes.saveCustomScale') as { id: string; scale: { items: unknown[] } }[];
    expect(saved!.id).toBe('star');
    expect(saved!.scale.items).toEqual([
      { id: 'q1', text: 'Managing my mental health', reverse: false },
      { id: 'q2', text: 'Living skills', reverse: true },
      { text: 'Work', reverse: false },
    ]);
  });

  it('keeps a reverse-scored tick on a question reworded in its place', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Edit Our Recovery Star areas' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Our Recovery Star areas' });
    await user.type(within(dialog).getByLabelText(/^Questions/), ' at home');
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Living skills at home' }).checked).toBe(true);
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Managing mental health' }).checked).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Save scale' }));
    const [saved] = callsTo(calls, 'outcomes.saveCustomScale') as { scale: { items: unknown[] } }[];
    expect(saved!.scale.items).toEqual([
      { id: 'q1', text: 'Managing mental health', reverse: false },
      { id: 'q2', text: 'Living skills at home', reverse: true },
    ]);
  });

  it('shows the refusal in the dialog when answers already given fix the answer range', async () => {
    const user = userEvent.setup();
    open();
    // The main process refuses, with the domain's own words, as it does once a completion uses the scale.
    const answer = window.peerDesk!.call;
    window.peerDesk = {
      call: (name: string, input: unknown) => {
        if (name !== 'outcomes.saveCustomScale') return answer(name, input);
        const changes = fixedScaleChanges(STAR, customScaleInputSchema.parse((input as { scale: unknown }).scale));
        const fields = Object.fromEntries(changes.map((c) => [`scale.${c.field}`, c.message]));
        return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: fixedScaleSummary(changes), fields } });
      },
    };
    await user.click(await screen.findByRole('button', { name: 'Edit Our Recovery Star areas' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Our Recovery Star areas' });
    const highest = within(dialog).getByLabelText<HTMLInputElement>(/^Highest answer/);
    await user.clear(highest);
    await user.type(highest, '7');
    await user.click(within(dialog).getByRole('button', { name: 'Save scale' }));
    const message = 'Answers have already been given on this scale, so its answer range cannot change. Make a new scale instead, or put back 1 to 10.';
    // Above the form, and beside the field it is about; the dialog stays open with what was typed.
    expect(await within(dialog).findByRole('alert')).toHaveProperty('textContent', expect.stringContaining(message));
    expect(within(dialog).getAllByText(message)).toHaveLength(2);
    expect(highest.getAttribute('aria-invalid')).toBe('true');
    expect(highest.value).toBe('7');
    // Focus goes to the field to put right, not left on Save at the foot of a long form.
    expect(document.activeElement).toBe(highest);
  });

  it('archives a custom scale only after asking, and can bring it back', async () => {
    const user = userEvent.setup();
    const calls = open();
    await user.click(await screen.findByRole('button', { name: 'Archive Our Recovery Star areas' }));
    expect(callsTo(calls, 'outcomes.archiveCustomScale')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Archive scale' }));
    expect(callsTo(calls, 'outcomes.archiveCustomScale')).toEqual([{ id: 'star', archived: true }]);
    expect(await screen.findByRole('button', { name: 'Bring back Our Recovery Star areas' })).toBeTruthy();
    expect(within(await card(/^Our Recovery Star areas/)).getByText('Archived')).toBeTruthy();
  });
});
