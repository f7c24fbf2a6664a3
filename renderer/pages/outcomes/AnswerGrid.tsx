import type { KeyboardEvent } from 'react';
import { answerLabel, itemAnswers, type AnswerOption, type Answers, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { typedAnswer } from './answer-typing';

/**
 * The questions of one measure, a row each, keyed from a paper form: a digit types the
 * answer, ↑ ↓ and Enter move between rows, Enter on the last row saves. Each row says what
 * the answer reads as, so a slip shows before saving.
 */

export const answerCellId = (itemId: string) => `answer-${itemId}`;
const KEY_ID = 'answer-key';

/** Answers without a word of their own ("7" on a 0–10 question) are left out of the key. */
const worded = (answers: readonly AnswerOption[]) => answers.filter((a) => a.label !== String(a.value));

function keyLine(answers: readonly AnswerOption[]): string {
  const values = answers.map((a) => a.value);
  const range = `${Math.min(...values)} to ${Math.max(...values)}`;
  const words = worded(answers).map((a) => (a.label.startsWith(String(a.value)) ? a.label : `${a.value} ${a.label}`));
  return words.length === answers.length ? words.join(' · ') : `${range}: ${words.join(' · ')}`;
}

/** One line per distinct set of answers, naming the questions it is for when there is more than one. */
function keyLines(measure: MeasureDefinition): string[] {
  const sets = new Map<string, { answers: AnswerOption[]; numbers: number[] }>();
  measure.items.forEach((item, i) => {
    const answers = itemAnswers(measure, item);
    const key = JSON.stringify(answers);
    const set = sets.get(key);
    if (set) set.numbers.push(i + 1);
    else sets.set(key, { answers, numbers: [i + 1] });
  });
  if (sets.size === 1) return [keyLine([...sets.values()][0]!.answers)];
  return [...sets.values()].map((s) => `${s.numbers.length === 1 ? 'Question' : 'Questions'} ${s.numbers.join(', ')}: ${keyLine(s.answers)}`);
}

export function AnswerGrid({
  measure,
  answers,
  errors,
  onChange,
  onSave,
}: {
  measure: MeasureDefinition;
  answers: Answers;
  errors: Record<string, string>;
  onChange: (itemId: string, value: number | null) => void;
  onSave: () => void;
}) {
  const items = measure.items;
  const focusRow = (i: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, i))];
    if (item) document.getElementById(answerCellId(item.id))?.focus();
  };

  function onKey(e: KeyboardEvent<HTMLInputElement>, i: number) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(i + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (i === items.length - 1) onSave();
      else focusRow(i + 1);
    }
  }

  return (
    <>
      <div id={KEY_ID} className="hint answer-key">
        <strong>Answers:</strong>
        {keyLines(measure).length === 1 ? (
          <p>{keyLines(measure)[0]}</p>
        ) : (
          <ul>
            {keyLines(measure).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="table-wrap">
        <table className="answer-grid">
          <caption className="visually-hidden">Answers to {measure.shortName}</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              <th scope="col">Reads as</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => {
              const id = answerCellId(item.id);
              const value = answers[item.id] ?? null;
              const error = errors[item.id];
              const allowed = itemAnswers(measure, item).map((a) => a.value);
              return (
                <tr key={item.id} className={error ? 'answer-grid__row--error' : undefined}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    <label htmlFor={id}>{item.text}</label>
                  </th>
                  <td>
                    <input
                      id={id}
                      type="text"
                      inputMode="numeric"
                      className="input--code"
                      autoComplete="off"
                      spellCheck={false}
                      value={value === null ? '' : String(value)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={[error ? `${id}-error` : '', KEY_ID].filter(Boolean).join(' ')}
                      onChange={(e) => onChange(item.id, typedAnswer(e.target.value, allowed, value))}
                      onKeyDown={(e) => onKey(e, i)}
                    />
                  </td>
                  <td className="answer-grid__reads">
                    {error ? (
                      <span id={`${id}-error`} className="error-message">
                        <span className="visually-hidden">Error: </span>
                        {error}
                      </span>
                    ) : null}
                    {value === null ? <span className="answer-grid__none">not answered</span> : (answerLabel(measure, item, value) ?? String(value))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
