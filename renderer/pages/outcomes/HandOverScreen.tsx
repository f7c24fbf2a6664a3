import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { itemAnswers, type Answers, type MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { GiveBackDialog } from './GiveBackDialog';
import { answerForKey } from './hand-over-keys';
import './hand-over.css';

/**
 * The questionnaire as the member sees it: the whole window, one question at a time in large
 * type, nothing of Peer Desk behind it (a modal <dialog> makes the rest of the page inert).
 * Escape does nothing here; only "Back to coordinator" and its confirm leave, so a member
 * cannot wander into other people's records.
 */
export function HandOverScreen({
  measure,
  greetingName,
  save,
  onLeave,
}: {
  measure: MeasureDefinition;
  /** The member's first (or preferred) name: the only name on screen. */
  greetingName: string;
  /** Saves the answers in one go; rejects with the message to show. */
  save: (answers: Answers) => Promise<void>;
  /** Back to Peer Desk; `saved` is false when nothing was kept. */
  onLeave: (saved: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const answerButtons = useRef(new Map<number, HTMLButtonElement>());
  const items = measure.items;
  // -1: the welcome; 0…n−1: the questions; n: thank you.
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Answers>({});
  const [givingBack, setGivingBack] = useState(false);
  const finished = step === items.length;
  const item = step >= 0 && step < items.length ? items[step] : undefined;
  const options = item ? itemAnswers(measure, item) : [];
  const current = item ? (answers[item.id] ?? null) : null;

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  useEffect(() => heading.current?.focus(), [step]);

  const choose = (value: number) => {
    if (!item) return;
    setAnswers((a) => ({ ...a, [item.id]: value }));
    answerButtons.current.get(value)?.focus();
  };
  const next = () => setStep((s) => Math.min(items.length, s + 1));
  const back = () => setStep((s) => Math.max(-1, s - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      return;
    }
    if (givingBack || !item || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const answerValue = target?.dataset.answer;
    if (e.key === 'Enter') {
      // On an answer, Enter chooses it and moves on; on Back or Next it does what they say.
      if (answerValue !== undefined) {
        e.preventDefault();
        setAnswers((a) => ({ ...a, [item.id]: Number(answerValue) }));
        next();
      } else if (target?.tagName !== 'BUTTON') {
        e.preventDefault();
        next();
      }
      return;
    }
    const value = answerForKey(e.key, options, current);
    if (value !== undefined) {
      e.preventDefault();
      choose(value);
    }
  };

  const answeredCount = items.filter((i) => (answers[i.id] ?? null) !== null).length;
  const recall = measure.recallPeriod === '' ? '' : measure.recallPeriod.charAt(0).toUpperCase() + measure.recallPeriod.slice(1);

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- digits, arrows and Enter answer from anywhere on the screen
    <dialog
      ref={ref}
      className="hand-over"
      aria-label={`Questionnaire for ${greetingName}`}
      onKeyDown={onKeyDown}
      onCancel={(e) => e.preventDefault()}
    >
      <div className="hand-over__page">
        {step === -1 ? (
          <>
            <h2 ref={heading} tabIndex={-1} className="hand-over__question">
              Hello {greetingName}
            </h2>
            <p className="hand-over__lede">
              Thank you for answering {items.length === 1 ? 'one question' : `${items.length} questions`}, one at a time. There are no right or wrong answers.
            </p>
            <p className="hand-over__lede">{measure.instructions}</p>
            <p className="hand-over__keys">Choose an answer with the mouse, a finger or the number keys, then press Next.</p>
            <div className="hand-over__nav">
              <button type="button" className="button hand-over__next" onClick={next}>
                Start
              </button>
            </div>
          </>
        ) : null}

        {item ? (
          <>
            <p className="hand-over__progress">
              Question {step + 1} of {items.length}
            </p>
            {recall ? <p className="hand-over__recall">{recall}</p> : null}
            <h2 ref={heading} tabIndex={-1} id={`hand-over-q-${item.id}`} className="hand-over__question">
              {item.text}
            </h2>
            <div role="group" aria-labelledby={`hand-over-q-${item.id}`} className="hand-over__answers">
              {options.map((o) => (
                <button
                  key={o.value}
                  ref={(el) => {
                    if (el) answerButtons.current.set(o.value, el);
                    else answerButtons.current.delete(o.value);
                  }}
                  type="button"
                  className="hand-over__answer"
                  aria-pressed={current === o.value}
                  data-answer={o.value}
                  onClick={() => choose(o.value)}
                >
                  {o.label}
                </button>
              ))}
            </div>
            <div className="hand-over__nav">
              <button type="button" className="button button--secondary" onClick={back}>
                Back
              </button>
              {/* Skipping is allowed but should not look like the thing to do: it is the quieter button until an answer is chosen. */}
              <button type="button" className={current === null ? 'button button--secondary hand-over__next' : 'button hand-over__next'} onClick={next}>
                {current === null ? 'Skip this question' : 'Next'}
              </button>
            </div>
          </>
        ) : null}

        {finished ? (
          <>
            <h2 ref={heading} tabIndex={-1} className="hand-over__question">
              Thank you — please hand the screen back
            </h2>
            <div className="hand-over__nav">
              <button type="button" className="button button--secondary" onClick={back}>
                Back
              </button>
            </div>
          </>
        ) : null}

        <footer className="hand-over__footer">
          {measure.wordingVerified || !measure.wordingNote ? null : <p>About the wording: {measure.wordingNote}</p>}
          <p>{measure.licence}</p>
          <button type="button" className={finished ? 'button' : 'button button--secondary'} onClick={() => setGivingBack(true)}>
            Back to coordinator
          </button>
        </footer>
      </div>
      {givingBack ? (
        <GiveBackDialog
          finished={finished}
          answered={answeredCount}
          save={() => save(answers)}
          onStay={() => setGivingBack(false)}
          onLeave={onLeave}
        />
      ) : null}
    </dialog>
  );
}
