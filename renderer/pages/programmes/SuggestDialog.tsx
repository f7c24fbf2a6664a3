import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ProgrammeDetail, Suggestions } from '../../../shared/contracts/programmes';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { requiredUkDate } from '../../../shared/fields';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { useLoad } from '../../lib/use-load';
import './programmes.css';

/** The suggestions, best first, each with its reasons and "Choose this volunteer"; then who was left out and why, folded. */
export function SuggestionList({
  suggestions: data,
  kindName,
  busy,
  onChoose,
  empty,
}: {
  suggestions: Suggestions;
  kindName: string;
  busy: boolean;
  onChoose: (volunteerId: string) => void;
  /** What to say when nobody can be suggested; by default, who would have been. */
  empty?: string;
}) {
  return (
    <>
      <h3>{data.suggested.length === 0 ? 'Nobody to suggest' : `Suggested, best first (${data.suggested.length})`}</h3>
      {data.suggested.length === 0 ? <p>{empty ?? `No active volunteer with a role for ${kindName} has room and their checks in order.`}</p> : null}
      <ol className="suggestions">
        {data.suggested.map((s) => (
          <li key={s.volunteer.id}>
            <h4>{s.volunteer.name}</h4>
            <ul className="suggestion-reasons" aria-label={`Why ${s.volunteer.name}`}>
              {s.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <button type="button" className="button" disabled={busy} onClick={() => onChoose(s.volunteer.id)} aria-label={`Choose this volunteer: ${s.volunteer.name}`}>
              Choose this volunteer
            </button>
          </li>
        ))}
      </ol>
      {data.leftOut.length > 0 ? (
        <details>
          <summary>Left out ({data.leftOut.length}), and why</summary>
          <ul>
            {data.leftOut.map((l) => (
              <li key={l.volunteer.id}>
                {l.volunteer.name}: {l.why}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function schemaFor(changing: boolean) {
  return z.object({
    date: requiredUkDate(changing ? 'the date of the change' : 'the date matched'),
    reason: changing ? z.string().trim().min(1, 'Say why the volunteer is changing').max(500, 'Keep the reason to 500 characters') : z.string().trim().max(500),
  });
}
type Schema = ReturnType<typeof schemaFor>;

/**
 * "Suggest volunteers": who could support this member, best first, each with its reasons in
 * words, and who was left out and why. Choosing one matches them — or, when the programme
 * already has a volunteer, changes to them (dated, with a reason, the old match kept).
 */
export function SuggestDialog({ detail, onSaved, onCancel }: { detail: ProgrammeDetail; onSaved: (d: ProgrammeDetail) => void; onCancel: () => void }) {
  const id = detail.programme.id;
  const changing = detail.volunteer !== undefined;
  const suggestions = useLoad(() => api.programmes.suggest({ id }), [id]);
  const { register, handleSubmit, formState, setError } = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schemaFor(changing)),
    defaultValues: { date: formatUkDate(todayIso()), reason: '' },
  });
  const { error, run } = useDialogSave(setError, '', ['date', 'reason']);
  const choose = (volunteerId: string) => handleSubmit(({ date, reason }) => run(async () => onSaved(await api.programmes.match({ id, volunteerId, date, reason }))))();
  const data = suggestions.data;

  return (
    <FormDialog title={changing ? 'Change volunteer' : 'Suggest volunteers'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => e.preventDefault()}>
          <p>
            {detail.member.name}: {detail.kind.name}.{changing && detail.volunteer ? ` Now supported by ${detail.volunteer.name}.` : ''}
          </p>
          <ErrorNotice message={error ?? suggestions.error} />
          <TextField label={changing ? 'Date of the change' : 'Date matched'} hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={formState.errors.date?.message} {...register('date')} />
          {changing ? <TextArea label="Reason for the change" rows={2} error={formState.errors.reason?.message} {...register('reason')} /> : null}
          {!data ? (
            suggestions.error ? null : <p role="status">Finding volunteers…</p>
          ) : (
            <>
              <SuggestionList suggestions={data} kindName={detail.kind.name} busy={formState.isSubmitting} onChoose={(v) => void choose(v)} />
            </>
          )}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
