import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { GOAL_PROGRESS, GOAL_PROGRESS_LABELS, type Goal } from '../../../shared/domain/programmes';
import { optionalUkDate, requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { linesOf } from './form-fields';

const goalSchema = z.object({
  text: z.string().trim().min(1, 'Write the goal, in their own words').max(500, 'Keep the goal to 500 characters'),
  steps: z.string(),
  targetDate: optionalUkDate('the target date'),
  setOn: requiredUkDate('the date it was agreed'),
});
type GoalValues = z.input<typeof goalSchema>;

/** "Add goal", or edit one: the member's own words, small steps one per line, a target date. */
export function GoalDialog({ detail, goal, onSaved, onCancel }: { detail: ProgrammeDetail; goal?: Goal; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<GoalValues, unknown, z.output<typeof goalSchema>>({
    resolver: zodResolver(goalSchema),
    defaultValues: { text: goal?.text ?? '', steps: goal?.steps.join('\n') ?? '', targetDate: formatUkDate(goal?.targetDate), setOn: formatUkDate(goal?.setOn ?? todayIso()) },
  });
  const { error, run } = useDialogSave(setError, '');
  const onSubmit = handleSubmit(({ text, steps, targetDate, setOn }) =>
    run(async () => onSaved(await api.programmes.saveGoal({ programmeId: detail.programme.id, goalId: goal?.id, text, steps: linesOf(steps), targetDate, setOn }))),
  );
  return (
    <FormDialog title={goal ? 'Edit goal' : 'Add goal'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <TextArea label="Goal" hint={`In ${detail.member.name}'s own words`} rows={2} error={formState.errors.text?.message} {...register('text')} />
          <TextArea label="Small steps (optional)" hint="One per line" rows={4} error={formState.errors.steps?.message} {...register('steps')} />
          <TextField label="Target date (optional)" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.targetDate?.message} {...register('targetDate')} />
          {/* Goals are often agreed in a session and typed in later: reviews date from this. */}
          <TextField label="Agreed on" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.setOn?.message} {...register('setOn')} />
          <FormButtons submit={goal ? 'Save goal' : 'Add goal'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}

const reviewSchema = z.object({
  date: requiredUkDate('the date of the review'),
  progress: z.enum(GOAL_PROGRESS, { error: 'Choose how far along it is' }),
  comment: z.string(),
});
type ReviewValues = z.input<typeof reviewSchema>;

/** "Review goal": how far along it is today, and a comment. */
export function ReviewGoalDialog({ detail, goal, onSaved, onCancel }: { detail: ProgrammeDetail; goal: Goal; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError } = useForm<ReviewValues, unknown, z.output<typeof reviewSchema>>({
    resolver: zodResolver(reviewSchema),
    defaultValues: { date: formatUkDate(todayIso()), progress: '' as ReviewValues['progress'], comment: '' },
  });
  const { error, run } = useDialogSave(setError, '');
  const onSubmit = handleSubmit((v) => run(async () => onSaved(await api.programmes.reviewGoal({ programmeId: detail.programme.id, goalId: goal.id, ...v }))));
  return (
    <FormDialog title="Review goal" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>&ldquo;{goal.text}&rdquo;</p>
          <ErrorNotice message={error} />
          <TextField label="Date of the review" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
          <ChoiceGroup legend="Progress" error={formState.errors.progress?.message}>
            {GOAL_PROGRESS.map((p) => (
              <Choice key={p} type="radio" label={GOAL_PROGRESS_LABELS[p]} value={p} {...register('progress')} />
            ))}
          </ChoiceGroup>
          <TextArea label="Comment (optional)" rows={3} error={formState.errors.comment?.message} {...register('comment')} />
          <FormButtons submit="Save review" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
