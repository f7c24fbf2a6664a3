import { useState } from 'react';
import type { CompletionPlace, CompletionRow, MeasureEntry } from '../../../shared/contracts/outcomes';
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import { COMPLETION_STAGES, GIVEN_WAYS, STAGE_LABELS, type Completion, type CompletionInput, type CompletionStage, type GivenWay } from '../../../shared/domain/outcome-completions';
import { riskItemAnswered, scoreAnswers, type Answers } from '../../../shared/domain/outcome-measures';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { AnswerGrid, answerCellId } from './AnswerGrid';
import { scoreText } from './outcome-text';

/**
 * "Enter answers": a questionnaire filled in on paper (or over the phone) keyed in. The score
 * is worked out as the answers go in, with the same shared code the store uses, so what shows
 * here is what will be saved. Answers typed for one measure are kept if another is chosen and
 * then this one again; nothing typed is lost when the main process objects.
 */

type Field = 'measureId' | 'date' | 'given' | 'place' | 'stage' | 'answers';

const placeValue = (p: Pick<CompletionPlace, 'kind' | 'id'>) => `${p.kind}:${p.id}`;
export const GIVEN_CHOICE: Record<GivenWay, string> = { paper: 'On paper', screen: 'On screen', phone: 'By phone' };

/** Where the main process names a field, the field it is on this form. */
function fieldOf(key: string): { field: Field } | { item: string } | undefined {
  const item = /^completion\.answers\.(.+)$/.exec(key);
  if (item) return { item: item[1]! };
  const name = key.replace(/^completion\./, '');
  if (name === 'programmeId' || name === 'groupId') return { field: 'place' };
  if (name === 'measureId' || name === 'date' || name === 'given' || name === 'stage' || name === 'answers') return { field: name };
  return undefined;
}

export function EnterAnswersDialog({
  memberId,
  name,
  measures,
  places,
  editing,
  onSaved,
  onCancel,
}: {
  memberId: string;
  name: string;
  measures: readonly MeasureEntry[];
  places: readonly CompletionPlace[];
  /** A completion to correct; absent for new answers. */
  editing?: Completion;
  onSaved: (row: CompletionRow) => void;
  onCancel: () => void;
}) {
  const today = todayIso();
  const [measureId, setMeasureId] = useState(editing?.measureId ?? '');
  const [date, setDate] = useState(formatUkDate(editing?.date ?? today));
  const [given, setGiven] = useState<GivenWay>(editing?.given ?? 'paper');
  const [place, setPlace] = useState(editing?.programmeId ? `programme:${editing.programmeId}` : editing?.groupId ? `group:${editing.groupId}` : '');
  const [stage, setStage] = useState<CompletionStage | ''>(editing?.stage ?? '');
  const [answersBy, setAnswersBy] = useState<Record<string, Answers>>(editing ? { [editing.measureId]: editing.answers } : {});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // New answers go on measures still in use; a correction keeps the measure it was given on.
  const choosable = measures.filter((m) => !m.archived || m.definition.id === editing?.measureId);
  const measure = choosable.find((m) => m.definition.id === measureId)?.definition;
  const answers = answersBy[measureId] ?? {};
  const score = measure ? scoreAnswers(measure, answers) : undefined;
  const answered = measure ? measure.items.filter((i) => (answers[i.id] ?? null) !== null).length : 0;
  const dirty = editing ? JSON.stringify(answers) !== JSON.stringify(editing.answers) || date !== formatUkDate(editing.date) : measureId !== '' || answered > 0;
  // Places once used stay choosable when correcting, even if no longer the member's.
  const kept: CompletionPlace = { kind: place.startsWith('group') ? 'group' : 'programme', id: place.slice(place.indexOf(':') + 1), name: 'The programme or group first given' };
  const placeList = editing && place && !places.some((p) => placeValue(p) === place) ? [...places, kept] : places;

  const setAnswer = (itemId: string, value: number | null) => {
    setAnswersBy((all) => ({ ...all, [measureId]: { ...all[measureId], [itemId]: value } }));
    if (rowErrors[itemId]) setRowErrors(({ [itemId]: _gone, ...rest }) => rest);
  };

  function check(): { input?: CompletionInput; errors: Partial<Record<Field, string>> } {
    const errors: Partial<Record<Field, string>> = {};
    if (!measure) errors.measureId = 'Choose a questionnaire';
    const iso = parseUkDate(date.trim());
    if (!iso) errors.date = date.trim() === '' ? 'Enter the date it was answered' : 'Enter the date as dd/mm/yyyy, like 23/11/2026';
    else if (iso > today) errors.date = `Enter today's date or an earlier one: it is ${formatUkDate(today)} today`;
    if (measure && answered === 0) errors.answers = 'Enter at least one answer';
    setFieldErrors(errors);
    if (!measure || !iso || Object.keys(errors).length > 0) return { errors };
    const [kind, id] = place ? [place.slice(0, place.indexOf(':')), place.slice(place.indexOf(':') + 1)] : [];
    const input: CompletionInput = {
      measureId: measure.id,
      date: iso,
      given,
      answers: Object.fromEntries(measure.items.map((i) => [i.id, answers[i.id] ?? null])),
      ...(kind === 'programme' && id ? { programmeId: id } : {}),
      ...(kind === 'group' && id ? { groupId: id } : {}),
      ...(stage ? { stage } : {}),
    };
    return { input, errors };
  }

  function focusFirstProblem(errors: Partial<Record<Field, string>>, rows: Record<string, string>) {
    const ids: Record<Field, string> = { measureId: 'answers-measure', date: 'answers-date', given: 'answers-given-paper', place: 'answers-place', stage: 'answers-stage', answers: measure?.items[0] ? answerCellId(measure.items[0].id) : 'answers-measure' };
    const field = (['measureId', 'date', 'given', 'place', 'stage', 'answers'] as const).find((f) => errors[f]);
    const item = measure?.items.find((i) => rows[i.id]);
    const target = field ? ids[field] : item ? answerCellId(item.id) : undefined;
    if (target) document.getElementById(target)?.focus();
  }

  async function save() {
    setError(null);
    setRowErrors({});
    const { input, errors } = check();
    if (!input) {
      setError('Check the highlighted fields. Nothing has been saved yet.');
      focusFirstProblem(errors, {});
      return;
    }
    setBusy(true);
    try {
      onSaved(editing ? await api.outcomes.update({ id: editing.id, completion: input }) : await api.outcomes.record({ memberId, completion: input }));
    } catch (e) {
      setBusy(false);
      const fields: Partial<Record<Field, string>> = {};
      const rows: Record<string, string> = {};
      if (e instanceof ApiCallError) {
        for (const [key, message] of Object.entries(e.fields)) {
          const at = fieldOf(key);
          if (at && 'item' in at) rows[at.item] = message;
          else if (at) fields[at.field] = message;
        }
      }
      setFieldErrors(fields);
      setRowErrors(rows);
      setError(Object.keys(fields).length + Object.keys(rows).length > 0 ? `${errorMessage(e)} Nothing has been saved yet.` : errorMessage(e));
      focusFirstProblem(fields, rows);
    }
  }

  const title = editing ? 'Correct answers' : 'Enter answers';
  return (
    <FormDialog title={title} dirty={dirty} onCancel={onCancel} className="dialog--wide">
      {(cancel) => (
        <form
          noValidate
          className="enter-answers"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>
            {name}’s answers from a paper form or a phone call. Type each answer’s number; <kbd>↑</kbd> <kbd>↓</kbd> or <kbd>Enter</kbd> move between questions, and{' '}
            <kbd>Enter</kbd> on the last one saves. Leave a question blank if it was not answered.
          </p>
          <ErrorNotice message={error} />
          <div className="enter-answers__fields">
            {editing ? (
              <p>
                <strong>Questionnaire:</strong> {measure?.name ?? editing.measureId}
              </p>
            ) : (
              <SelectField id="answers-measure" label="Questionnaire" value={measureId} error={fieldErrors.measureId} onChange={(e) => setMeasureId(e.target.value)}>
                <option value="">Choose a questionnaire</option>
                {choosable.map((m) => (
                  <option key={m.definition.id} value={m.definition.id}>
                    {m.definition.name}
                  </option>
                ))}
              </SelectField>
            )}
            <TextField id="answers-date" label="Date answered" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" value={date} error={fieldErrors.date} onChange={(e) => setDate(e.target.value)} />
            <SelectField id="answers-place" label="Programme or group (optional)" value={place} error={fieldErrors.place} onChange={(e) => setPlace(e.target.value)}>
              <option value="">Neither</option>
              {placeList.map((p) => (
                <option key={placeValue(p)} value={placeValue(p)}>
                  {p.kind === 'group' ? `Group: ${p.name}` : p.name}
                </option>
              ))}
            </SelectField>
            <SelectField id="answers-stage" label="Stage (optional)" value={stage} error={fieldErrors.stage} onChange={(e) => setStage(e.target.value as CompletionStage | '')}>
              <option value="">Not said</option>
              {COMPLETION_STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </SelectField>
            <ChoiceGroup legend="How it was given" error={fieldErrors.given}>
              {GIVEN_WAYS.map((g) => (
                <Choice key={g} id={`answers-given-${g}`} type="radio" name="given" label={GIVEN_CHOICE[g]} checked={given === g} onChange={() => setGiven(g)} />
              ))}
            </ChoiceGroup>
          </div>
          {measure ? (
            <section aria-labelledby="answers-questions" className="enter-answers__questions">
              <h3 id="answers-questions">{measure.shortName} questions</h3>
              {measure.instructions ? <p className="hint">{measure.instructions}</p> : null}
              {!measure.wordingVerified && measure.wordingNote ? (
                <p className="notice notice--warning">
                  <strong>Wording not fully checked:</strong> {measure.wordingNote}
                </p>
              ) : null}
              {fieldErrors.answers ? (
                <p className="error-message" id="answers-error">
                  <span className="visually-hidden">Error: </span>
                  {fieldErrors.answers}
                </p>
              ) : null}
              {riskItemAnswered(measure, answers) ? (
                <div role="alert" className="notice notice--error risk-notice">
                  <p>
                    <strong>Talk to your safeguarding lead today.</strong> An answer on this form needs following up. The audit log notes that the risk question was answered, never the
                    answer.
                  </p>
                </div>
              ) : null}
              <AnswerGrid measure={measure} answers={answers} errors={rowErrors} onChange={setAnswer} onSave={() => void save()} />
              <p className="live-score" role="status">
                <strong>Score:</strong> {score ? scoreText(measure, score) : ''} ({answered} of {measure.items.length} answered)
              </p>
              <p className="hint licence-line">{measure.licence}</p>
            </section>
          ) : null}
          <FormButtons submit={editing ? 'Save corrections' : 'Save answers'} busy={busy} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
