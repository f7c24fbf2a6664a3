import { useState } from 'react';
import type { CompletionRow, MeasureEntry, MemberOutcomes } from '../../../shared/contracts/outcomes';
import { formatUkDate } from '../../../shared/dates';
import type { NewsletterPreference } from '../../../shared/domain/members';
import { STAGE_LABELS, type Completion } from '../../../shared/domain/outcome-completions';
import { answerRange, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { displayName } from '../../../shared/domain/person';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RowActions } from '../../components/RowActions';
import { api, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { HandOverButton } from './HandOver';
import { EnterAnswersDialog, GIVEN_CHOICE } from './EnterAnswersDialog';
import { changeText, chartValue, itemShortName, scoreText } from './outcome-text';
import { PrintQuestionnaireButton } from './PrintQuestionnaire';
import { ScoreChart, type ChartSeries } from './ScoreChart';
import './outcomes.css';

/**
 * A member's "Outcomes" tab: each questionnaire they have answered, its scores over time as a
 * chart and a table, and first against latest in each programme or group with whether the
 * change counts. "Enter answers" keys in a paper form; "Print questionnaire" makes a blank one.
 */

type MemberName = { id: string; firstName: string; lastName: string; preferredName?: string | undefined; newsletter?: NewsletterPreference };

/** The lowest and highest score a measure can give, for the chart's scale. */
function scale(measure: MeasureDefinition): { min: number; max: number } {
  if (measure.rules.kind === 'ons4') return { min: 0, max: 10 };
  const totalled = measure.items.filter((i) => i.inTotal !== false).map((i) => answerRange(measure, i));
  return { min: totalled.reduce((a, r) => a + r.min, 0), max: totalled.reduce((a, r) => a + r.max, 0) };
}

function chartSeries(measure: MeasureDefinition, rows: readonly CompletionRow[]): ChartSeries[] {
  if (measure.rules.kind === 'ons4') {
    return measure.items.map((item) => ({ label: itemShortName(measure, item.id), values: rows.map((r) => r.score.perItem?.[item.id]?.value ?? undefined) }));
  }
  return [{ label: measure.shortName, values: rows.map((r) => chartValue(r.score)) }];
}

function chartSummary(measure: MeasureDefinition, rows: readonly CompletionRow[]): string {
  const what = measure.rules.kind === 'swemwbs' ? 'metric scores' : measure.rules.kind === 'ons4' ? 'answers to each question' : 'scores';
  const first = rows[0];
  const last = rows.at(-1);
  const when = first && last && first !== last ? ` from ${formatUkDate(first.completion.date)} to ${formatUkDate(last.completion.date)}` : first ? ` on ${formatUkDate(first.completion.date)}` : '';
  return `Chart of ${measure.shortName} ${what}${when}; the numbers are in the table below.`;
}

function MeasureSection({ measure, data, onEdit, onDelete }: { measure: MeasureDefinition; data: MemberOutcomes; onEdit: (c: Completion) => void; onDelete: (r: CompletionRow) => void }) {
  const newestFirst = data.rows.filter((r) => r.measure.id === measure.id);
  const oldestFirst = [...newestFirst].reverse();
  const comparisons = data.comparisons.filter((c) => c.measure.id === measure.id);
  const { min, max } = scale(measure);
  const headingId = `outcomes-${measure.id}`;
  // One point is not a line: the table says it as well.
  const charted = oldestFirst.filter((r) => r.score.scored).length > 1;
  return (
    <section className="card outcome-measure" aria-labelledby={headingId}>
      <h3 id={headingId}>{measure.name}</h3>
      {comparisons.length > 0 ? (
        <ul className="outcome-changes">
          {comparisons.map((c) => (
            <li key={c.first.completionId}>
              <strong>{c.place?.name ?? 'Not in a programme or group'}:</strong> first {formatUkDate(c.first.date)} ({scoreText(measure, c.first.score)}), latest{' '}
              {formatUkDate(c.latest.date)} ({scoreText(measure, c.latest.score)}). <span className={`outcome-change outcome-change--${c.change.direction}`}>{changeText(measure, c)}.</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Answered once{newestFirst.length > 1 ? ' in each place' : ''}: a change shows once it is answered again in the same programme or group.</p>
      )}
      {charted ? <ScoreChart dates={oldestFirst.map((r) => r.completion.date)} series={chartSeries(measure, oldestFirst)} min={min} max={max} summary={chartSummary(measure, oldestFirst)} /> : null}
      <div className="table-wrap">
        <table className="outcome-table">
          <caption className="visually-hidden">{measure.shortName} answers, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">How given</th>
              <th scope="col">Programme or group</th>
              <th scope="col">Score</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((r) => {
              const c = r.completion;
              const label = `${measure.shortName} answers of ${formatUkDate(c.date)}`;
              return (
                <tr key={c.id}>
                  <td>{formatUkDate(c.date)}</td>
                  <td>{GIVEN_CHOICE[c.given]}</td>
                  <td>
                    {r.place?.name ?? '—'}
                    {c.stage ? <span className="tag">{STAGE_LABELS[c.stage]}</span> : null}
                  </td>
                  <td className={r.score.scored ? undefined : 'outcome-table__unscored'}>
                    {/* A line per question (ONS4) or per part (UCLA total, lonely answer): easier to read down than across. */}
                    {scoreText(measure, r.score)
                      .split('; ')
                      .map((part) => (
                        <span key={part} className="outcome-table__part">
                          {part}
                        </span>
                      ))}
                    {r.score.riskFlag ? <span className="tag">Risk question answered</span> : null}
                  </td>
                  <td>
                    <RowActions label={label} onEdit={() => onEdit(c)} onDelete={() => onDelete(r)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function OutcomesTab({ member }: { member: MemberName }) {
  const memberId = member.id;
  const name = displayName(member);
  const outcomes = useLoad(() => api.outcomes.forMember({ memberId }), [memberId]);
  const measures = useLoad(() => api.outcomes.measures(), []);
  const [entering, setEntering] = useState<{ editing?: Completion } | null>(null);
  const [deleting, setDeleting] = useState<CompletionRow | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries: readonly MeasureEntry[] = measures.data?.measures ?? [];
  const data = outcomes.data;

  // In Settings' order. Custom scales are archived, never deleted, so every answered measure is there.
  const answered = data ? entries.map((e) => e.definition).filter((m) => data.rows.some((r) => r.measure.id === m.id)) : [];

  async function remove(row: CompletionRow) {
    setDeleting(null);
    setError(null);
    try {
      await api.outcomes.delete({ id: row.completion.id });
      setMessage(`Deleted the ${row.measure.shortName} answers of ${formatUkDate(row.completion.date)}.`);
      await outcomes.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <>
      <div className="section-head">
        <h2>Outcomes</h2>
        <div className="button-row outcomes-actions">
          <button type="button" className="button" onClick={() => setEntering({})} disabled={!measures.data || !data}>
            Enter answers
          </button>
          {/* Kept mounted while the tab reloads: the risk notice after a hand-back shows beside it. */}
          {measures.data ? <HandOverButton member={member} measures={entries} places={data?.places ?? []} onSaved={() => void outcomes.reload()} /> : null}
          {measures.data ? <PrintQuestionnaireButton memberId={memberId} measures={entries} largePrint={member.newsletter === 'large-print'} /> : null}
        </div>
      </div>
      <p role="status" className="result-count">
        {message}
      </p>
      <ErrorNotice message={error ?? outcomes.error ?? measures.error} />
      {!data || !measures.data ? (
        outcomes.error || measures.error ? null : <p>Loading…</p>
      ) : data.rows.length === 0 ? (
        <p>No questionnaires answered yet. Use “Enter answers” to key in a paper form.</p>
      ) : (
        answered.map((m) => <MeasureSection key={m.id} measure={m} data={data} onEdit={(c) => setEntering({ editing: c })} onDelete={setDeleting} />)
      )}
      {entering && data ? (
        <EnterAnswersDialog
          memberId={memberId}
          name={name}
          measures={entries}
          places={data.places}
          {...(entering.editing ? { editing: entering.editing } : {})}
          onCancel={() => setEntering(null)}
          onSaved={(row) => {
            setEntering(null);
            setMessage(`Saved the ${row.measure.shortName} answers of ${formatUkDate(row.completion.date)}.`);
            void outcomes.reload();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog title={`Delete the ${deleting.measure.shortName} answers of ${formatUkDate(deleting.completion.date)}?`} confirmLabel="Delete answers" danger onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting)}>
          <p>The answers and their score go for good. Reports will no longer count them.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
