import { useState } from 'react';
import type { ProgrammeDetail } from '../../../shared/contracts/programmes';
import { formatUkDate } from '../../../shared/dates';
import { GOAL_PROGRESS_LABELS, type Goal } from '../../../shared/domain/programmes';
import { GoalDialog, ReviewGoalDialog } from './GoalDialogs';
import { PlanPrintNote, PrintPlanButtons } from './PrintPlanButtons';

type Open = { mode: 'add' } | { mode: 'edit' | 'review'; goal: Goal } | null;

/** The member's goals (their recovery action plan): each with its steps, latest review and history. */
export function GoalsCard({ detail, onSaved }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail, message: string) => void }) {
  const [open, setOpen] = useState<Open>(null);
  const done = (message: string) => (next: ProgrammeDetail) => {
    setOpen(null);
    onSaved(next, message);
  };
  return (
    <section className="card card--spaced" aria-labelledby="goals-title">
      <div className="section-head">
        <h2 id="goals-title">Goals</h2>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setOpen({ mode: 'add' })}>
            Add goal
          </button>
          <PrintPlanButtons detail={detail} />
        </div>
      </div>
      <PlanPrintNote detail={detail} />
      {detail.goals.length === 0 ? <p>No goals yet. Add them in {detail.member.name}&apos;s own words.</p> : null}
      {detail.goals.map((g) => {
        const latest = g.reviews.at(-1);
        return (
          <article key={g.id} className="goal" aria-labelledby={`goal-${g.id}`}>
            <h3 id={`goal-${g.id}`}>{g.text}</h3>
            {g.steps.length > 0 ? (
              <ul>
                {g.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : null}
            <p>
              Set {formatUkDate(g.setOn)}
              {g.targetDate ? ` · target ${formatUkDate(g.targetDate)}` : ''} ·{' '}
              {latest ? `${GOAL_PROGRESS_LABELS[latest.progress]} (reviewed ${formatUkDate(latest.date)})${latest.comment ? `: ${latest.comment}` : ''}` : 'Not reviewed yet'}
            </p>
            {g.reviews.length > 1 ? (
              <details>
                <summary>Every review ({g.reviews.length})</summary>
                <ul>
                  {[...g.reviews].reverse().map((r) => (
                    <li key={`${r.date}-${r.progress}-${r.comment ?? ''}`}>
                      {formatUkDate(r.date)}: {GOAL_PROGRESS_LABELS[r.progress]}
                      {r.comment ? `, ${r.comment}` : ''}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <div className="button-row">
              <button type="button" className="button" aria-label={`Review goal: ${g.text}`} onClick={() => setOpen({ mode: 'review', goal: g })}>
                Review goal
              </button>
              <button type="button" className="button button--secondary" aria-label={`Edit goal: ${g.text}`} onClick={() => setOpen({ mode: 'edit', goal: g })}>
                Edit
              </button>
            </div>
          </article>
        );
      })}
      {open?.mode === 'add' ? <GoalDialog detail={detail} onCancel={() => setOpen(null)} onSaved={done('Goal added.')} /> : null}
      {open?.mode === 'edit' ? <GoalDialog detail={detail} goal={open.goal} onCancel={() => setOpen(null)} onSaved={done('Goal saved.')} /> : null}
      {open?.mode === 'review' ? <ReviewGoalDialog detail={detail} goal={open.goal} onCancel={() => setOpen(null)} onSaved={done('Review saved.')} /> : null}
    </section>
  );
}
