import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { MeasuresView } from '../../../shared/api';
import type { CustomScale } from '../../../shared/domain/outcome-measures';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { draftFromScale, emptyDraft, errorsByField, inputFromDraft, questionLines, reverseAfterEdit, type CustomScaleDraft, type CustomScaleField } from './custom-scale-form';
import { useDraft } from './use-draft';

/** Add or edit a charity's own questionnaire. */
export function CustomScaleDialog({ scale, onSaved, onCancel }: { scale: CustomScale | undefined; onSaved: (view: MeasuresView, name: string) => void; onCancel: () => void }) {
  const draft = useDraft<CustomScaleDraft>(() => (scale ? draftFromScale(scale) : emptyDraft()));
  const v = draft.value;
  const set = (change: Partial<CustomScaleDraft>) => draft.set({ ...v, ...change });
  // Escape and Cancel ask before throwing away what was typed.
  const unsaved = useUnsavedChanges(draft.dirty, 'dialog');
  const close = () => unsaved.confirmLeave(onCancel);
  const [errors, setErrors] = useState<Partial<Record<CustomScaleField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each refused save moves focus to the first field to put right, so a long form scrolled
  // to its Save button shows what is wrong (and a screen reader lands on it).
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const questions = questionLines(v);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const checked = inputFromDraft(v, scale);
    if (!checked.ok) {
      setErrors(checked.errors);
      setError('Check the highlighted fields.');
      setRefusals((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const view = await api.outcomes.saveCustomScale({ ...(scale ? { id: scale.id } : {}), scale: checked.input });
      draft.markSaved(v);
      onSaved(view, v.name.trim());
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(errorsByField(err.fields));
      setError(errorMessage(err));
      setRefusals((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Dialog title={scale ? `Edit ${scale.name}` : 'Add a custom scale'} onClose={close} className="custom-scale-dialog">
        <form ref={form} noValidate onSubmit={(e) => void submit(e)}>
          <ErrorNotice message={error} />
          <TextField label="Name" value={v.name} error={errors.name} onChange={(e) => set({ name: e.target.value })} />
          <TextArea label="Instructions (optional)" hint="What the person reads before the questions" rows={2} value={v.instructions} error={errors.instructions} onChange={(e) => set({ instructions: e.target.value })} />
          <TextField label="Time the questions ask about (optional)" hint="For example: over the last 2 weeks" value={v.recallPeriod} error={errors.recallPeriod} onChange={(e) => set({ recallPeriod: e.target.value })} />
          <TextArea label="Questions" hint="One a line, in the order they are asked" rows={5} value={v.questions} error={errors.questions} onChange={(e) => set({ questions: e.target.value, reverse: reverseAfterEdit(v, e.target.value) })} />
          {questions.length > 0 ? (
            <ChoiceGroup legend="Reverse-scored questions" hint="Tick the questions where a higher answer means things are worse than the others say">
              {questions.map((q, i) => (
                <Choice
                  // Two questions may share words: the line they are on tells them apart.
                  key={`${i}-${q}`}
                  type="checkbox"
                  label={q}
                  checked={v.reverse.includes(q)}
                  onChange={(e) => set({ reverse: e.target.checked ? [...v.reverse, q] : v.reverse.filter((r) => r !== q) })}
                />
              ))}
            </ChoiceGroup>
          ) : null}
          <div className="custom-scale-dialog__range">
            <TextField label="Lowest answer" className="input--short" inputMode="numeric" value={v.answerMin} error={errors.answerMin} onChange={(e) => set({ answerMin: e.target.value })} />
            <TextField label="Highest answer" className="input--short" inputMode="numeric" value={v.answerMax} error={errors.answerMax} onChange={(e) => set({ answerMax: e.target.value })} />
          </div>
          <TextArea label="Answer labels (optional)" hint='One a line, like "1 = Not at all". Answers without a label print as their number.' rows={3} value={v.labels} error={errors.labels} onChange={(e) => set({ labels: e.target.value })} />
          <ChoiceGroup legend="Is a higher score better?" error={errors.higherIsBetter}>
            <Choice type="radio" name="higher-is-better" label="Yes, higher is better" checked={v.higherIsBetter === 'yes'} onChange={() => set({ higherIsBetter: 'yes' })} />
            <Choice type="radio" name="higher-is-better" label="No, lower is better" checked={v.higherIsBetter === 'no'} onChange={() => set({ higherIsBetter: 'no' })} />
          </ChoiceGroup>
          <TextField
            label="Meaningful change (points)"
            hint="How far a person’s total must move, either way, to count as a real change"
            className="input--short"
            inputMode="decimal"
            value={v.meaningfulChange}
            error={errors.meaningfulChange}
            onChange={(e) => set({ meaningfulChange: e.target.value })}
          />
          <ChoiceGroup legend="When an answer is missing" error={errors.missing}>
            <Choice type="radio" name="missing" label="Do not score it: every answer is needed" checked={v.missing === 'none'} onChange={() => set({ missing: 'none' })} />
            <Choice type="radio" name="missing" label="Fill in one missing answer with the average of the others" checked={v.missing === 'prorate-one'} onChange={() => set({ missing: 'prorate-one' })} />
          </ChoiceGroup>
          <TextField label="Source (optional)" hint="Who wrote it, if not your organisation" value={v.source} error={errors.source} onChange={(e) => set({ source: e.target.value })} />
          <TextField label="Licence line (optional)" hint="Printed on every form, if the scale’s owner asks for one" value={v.licence} error={errors.licence} onChange={(e) => set({ licence: e.target.value })} />
          <FormButtons submit={scale ? 'Save scale' : 'Add scale'} busy={busy} onCancel={close} />
        </form>
      </Dialog>
      {unsaved.dialog}
    </>
  );
}
