import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/api';

/**
 * "Give the screen back to the coordinator?": a tick only the coordinator is asked to make, so
 * a member tapping around cannot reach Peer Desk, yet it is one Tab and Space from the keyboard.
 * Says plainly whether the answers will be kept: an unfinished questionnaire is not saved.
 */
export function GiveBackDialog({
  finished,
  answered,
  save,
  onStay,
  onLeave,
}: {
  finished: boolean;
  answered: number;
  save: () => Promise<void>;
  onStay: () => void;
  onLeave: (saved: boolean) => void;
}) {
  const stay = useRef<HTMLButtonElement>(null);
  const tickId = useId();
  const [ticked, setTicked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => stay.current?.focus(), []);
  const willSave = finished && answered > 0;

  async function giveBack() {
    if (!ticked) {
      setProblem('Tick “I am the coordinator” first');
      return;
    }
    if (!willSave) {
      onLeave(false);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await save();
      onLeave(true);
    } catch (e) {
      setSaveFailed(true);
      setProblem(`The answers could not be saved: ${errorMessage(e)} Press “Back to coordinator” to try again.`);
      setBusy(false);
    }
  }

  return (
    <Dialog title="Give the screen back to the coordinator?" onClose={onStay}>
      <p>
        {willSave
          ? 'The answers will be saved as given on screen today.'
          : finished
            ? 'No questions were answered, so nothing will be saved.'
            : 'The questionnaire is not finished. Nothing will be saved: the answers given so far will be lost.'}
      </p>
      <div className={problem ? 'field field--error' : 'field'}>
        {problem ? (
          <p id={`${tickId}-error`} className="error-message" role="alert">
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        ) : null}
        <div className="choice">
          <input
            id={tickId}
            type="checkbox"
            checked={ticked}
            aria-describedby={problem ? `${tickId}-error` : undefined}
            onChange={(e) => {
              setTicked(e.target.checked);
              setProblem(null);
            }}
          />
          <label htmlFor={tickId}>I am the coordinator</label>
        </div>
      </div>
      <div className="button-row">
        <button ref={stay} type="button" className="button button--secondary" onClick={onStay}>
          Keep answering
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void giveBack()}>
          Back to coordinator
        </button>
        {saveFailed ? (
          <button type="button" className="button button--danger" onClick={() => onLeave(false)}>
            Leave without saving
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
