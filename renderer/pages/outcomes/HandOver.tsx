import { useEffect, useRef, useState, type Ref } from 'react';
import type { CompletionPlace, CompletionRow, MeasureEntry } from '../../../shared/contracts/outcomes';
import { todayIso } from '../../../shared/dates';
import type { Member } from '../../../shared/domain/members';
import type { MeasureDefinition } from '../../../shared/domain/outcome-measures';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { api } from '../../lib/api';
import { HandOverScreen } from './HandOverScreen';

type Stage = { is: 'idle' } | { is: 'choosing' } | { is: 'handed-over'; measure: MeasureDefinition; place: CompletionPlace | undefined };

/**
 * "Hand over the screen": the coordinator chooses the questionnaire, the member answers it on
 * their own (HandOverScreen), and the answers are saved in one call when the coordinator takes
 * the screen back. A CORE-10 risk answer is told to the coordinator here, after the hand-back,
 * never to the member mid-questionnaire.
 */
export function HandOverButton({
  member,
  measures,
  places = [],
  onSaved,
}: {
  member: Pick<Member, 'id' | 'firstName' | 'preferredName'>;
  measures: readonly MeasureEntry[];
  /** The member's programmes and groups to record against (MemberOutcomes.places); none: not asked. */
  places?: readonly CompletionPlace[];
  onSaved: (row: CompletionRow) => void;
}) {
  const { flash } = useFlash();
  const [stage, setStage] = useState<Stage>({ is: 'idle' });
  const [risk, setRisk] = useState<{ measure: MeasureDefinition } | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const back = useRef(false);
  // Back from the hand-over screen (closed by now): the risk notice, or else the button, takes focus.
  useEffect(() => {
    if (stage.is !== 'idle' || !back.current) return;
    back.current = false;
    (notice.current ?? opener.current)?.focus();
  }, [stage]);
  const usable = measures.filter((m) => !m.archived).map((m) => m.definition);
  const name = member.preferredName?.trim() || member.firstName;

  return (
    <>
      <button ref={opener} type="button" className="button button--secondary" disabled={usable.length === 0} onClick={() => setStage({ is: 'choosing' })}>
        Hand over the screen
      </button>
      {risk ? <RiskNotice ref={notice} measure={risk.measure} name={name} onDismiss={() => setRisk(null)} /> : null}
      {stage.is === 'choosing' ? (
        <ChooseDialog
          name={name}
          measures={usable}
          places={places}
          onCancel={() => setStage({ is: 'idle' })}
          onStart={(measure, place) => {
            setRisk(null);
            setStage({ is: 'handed-over', measure, place });
          }}
        />
      ) : null}
      {stage.is === 'handed-over' ? (
        <HandOverScreen
          measure={stage.measure}
          greetingName={name}
          save={async (answers) => {
            const row = await api.outcomes.record({
              memberId: member.id,
              completion: {
                measureId: stage.measure.id,
                date: todayIso(),
                given: 'screen',
                answers,
                ...(stage.place?.kind === 'programme' ? { programmeId: stage.place.id } : {}),
                ...(stage.place?.kind === 'group' ? { groupId: stage.place.id } : {}),
              },
            });
            onSaved(row);
            if (row.score.riskFlag === true) setRisk({ measure: stage.measure });
            else flash(`Saved ${name}’s ${stage.measure.shortName} answers, given on screen`);
          }}
          onLeave={(saved) => {
            back.current = true;
            setStage({ is: 'idle' });
            if (!saved) flash('Back from the hand-over screen. Nothing was saved.', 'info');
          }}
        />
      ) : null}
    </>
  );
}

function ChooseDialog({
  name,
  measures,
  places,
  onCancel,
  onStart,
}: {
  name: string;
  measures: readonly MeasureDefinition[];
  places: readonly CompletionPlace[];
  onCancel: () => void;
  onStart: (measure: MeasureDefinition, place: CompletionPlace | undefined) => void;
}) {
  const [measureId, setMeasureId] = useState(measures[0]?.id ?? '');
  const [placeIndex, setPlaceIndex] = useState(places.length > 0 ? '0' : '');
  const measure = measures.find((m) => m.id === measureId);
  return (
    <Dialog title="Hand over the screen" onClose={onCancel}>
      <p>
        {name} answers the questions on their own, one at a time, with nothing else of Peer Desk on screen. The answers are saved when you take the screen back.
      </p>
      <SelectField label="Questionnaire" value={measureId} onChange={(e) => setMeasureId(e.target.value)}>
        {measures.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      {places.length > 0 ? (
        <SelectField label="Answered for" value={placeIndex} onChange={(e) => setPlaceIndex(e.target.value)}>
          {places.map((p, i) => (
            <option key={`${p.kind}-${p.id}`} value={String(i)}>
              {p.name}
            </option>
          ))}
          <option value="">Not for a programme or group</option>
        </SelectField>
      ) : null}
      {measure && !measure.wordingVerified && measure.wordingNote ? <p className="notice notice--warning">About the wording: {measure.wordingNote}</p> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" disabled={!measure} onClick={() => measure && onStart(measure, placeIndex === '' ? undefined : places[Number(placeIndex)])}>
          Start the questionnaire
        </button>
      </div>
    </Dialog>
  );
}

/** For the coordinator only, after the member has handed the screen back. */
function RiskNotice({ ref, measure, name, onDismiss }: { ref: Ref<HTMLDivElement>; measure: MeasureDefinition; name: string; onDismiss: () => void }) {
  const item = measure.items.find((i) => i.risk === true);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--warning hand-over-risk">
      <p>
        <strong>Talk to your safeguarding lead today.</strong>
      </p>
      <p>
        {name} answered “{item?.text ?? 'the risk question'}” on the {measure.shortName} above “{measure.answers[0]?.label ?? 'the lowest answer'}”. Their
        answers are saved. This is a reason to check in, not a diagnosis.
      </p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
