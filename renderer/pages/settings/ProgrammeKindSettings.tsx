import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { MeasureEntry } from '../../../shared/contracts/outcomes';
import { describeMeasurePlans } from '../../../shared/domain/outcome-plans';
import type { ProgrammeKind, ProgrammeKindInput } from '../../../shared/domain/programmes';
import { kindHasTrips } from '../../../shared/domain/travel-trips';
import { DEFAULT_ROLES, roleLabel } from '../../../shared/domain/roles';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api, ApiCallError, errorMessage } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { agesText, lengthText, programmeKindFormSchema, programmeKindFormValues, type ProgrammeKindFormValues } from './programme-kind-form';
import { RowActions } from '../../components/RowActions';
import { OneToOneSettings } from './OneToOneSettings';
import { MeasurePlanFields } from '../outcomes/MeasurePlanFields';

/**
 * Settings → Programme kinds: the one-to-one programmes the charity runs (peer coaching,
 * travel buddies…). A kind in use is archived rather than removed, so programmes of it keep
 * their name; an archived kind is offered for no new programme until it is restored.
 */
export function ProgrammeKindSettings() {
  const { flash } = useFlash();
  const kinds = useLoad(() => api.programmes.kinds(), []);
  // Without them the dialog leaves out "Questionnaires", and saving keeps a kind's plans as they were.
  const measures = useLoad(() => api.outcomes.measures(), []);
  const [editing, setEditing] = useState<ProgrammeKind | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function setArchived(kind: ProgrammeKind, archived: boolean) {
    setError(null);
    try {
      kinds.setData(await api.programmes.setKindArchived({ id: kind.id, archived }));
      flash(archived ? `Archived ${kind.name}` : `Restored ${kind.name}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const nameOf = (id: string) => measures.data?.measures.find((m) => m.definition.id === id)?.definition.shortName;

  if (kinds.error) return <ErrorNotice message={kinds.error} />;
  if (!kinds.data || (measures.data === null && measures.error === null)) return <p role="status">Loading…</p>;

  return (
    <>
      <p className="lede">The kinds of one-to-one support you offer. Archive a kind you no longer offer: programmes already started keep it.</p>
      <ErrorNotice message={error} />
      <div className="table-wrap">
        <table className="course-table programme-kind-table">
          <caption className="visually-hidden">Programme kinds</caption>
          <thead>
            <tr>
              <th scope="col">Programme kind</th>
              <th scope="col">Sessions</th>
              <th scope="col">Questionnaires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.data.map((k) => (
              <tr key={k.id}>
                {/* Roles and ages under the name; the most sessions, their length and whether they
                    count for hours under the planned number: so the table, with its questionnaires,
                    fits beside the list of sections at large text on a 1024 px screen. */}
                <th scope="row">
                  {k.name}
                  <div className="lede">Roles: {k.roles.map(roleLabel).join(', ')}</div>
                  <div className="lede">Ages: {agesText(k)}</div>
                  {kindHasTrips(k) ? <div className="lede">Has travel buddy trips</div> : null}
                  {k.archived ? <div className="lede">Archived</div> : null}
                </th>
                <td>
                  {k.plannedSessions === null ? 'Open-ended' : `${k.plannedSessions} planned`}
                  {k.maxSessions === undefined ? null : <div className="lede">At most {k.maxSessions}</div>}
                  <div className="lede">{lengthText(k.sessionMinutes)} each</div>
                  <div className="lede">{k.countsForHours ? 'Count for volunteer hours' : 'Not counted in volunteer hours'}</div>
                </td>
                {/* Without the measures' names (they failed to load), the plans cannot be named. */}
                <td>{measures.data ? describeMeasurePlans(k.measures, nameOf) : 'Not known'}</td>
                <td>
                  <RowActions label={k.name} onEdit={() => setEditing(k)} onDelete={() => void setArchived(k, !k.archived)} deleteLabel={k.archived ? 'Restore' : 'Archive'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setEditing('new')}>
          Add programme kind
        </button>
      </div>
      <OneToOneSettings />
      {editing ? (
        <ProgrammeKindDialog
          kind={editing === 'new' ? null : editing}
          measures={measures.data?.measures}
          onCancel={() => setEditing(null)}
          save={async (input) => {
            kinds.setData(await api.programmes.saveKind(editing === 'new' ? { kind: input } : { id: editing.id, kind: input }));
            setEditing(null);
            flash(editing === 'new' ? `Added ${input.name}` : `Saved ${input.name}`);
          }}
        />
      ) : null}
    </>
  );
}

const FIELDS = ['name', 'plannedSessions', 'maxSessions', 'sessionMinutes', 'roles', 'minAge', 'maxAge', 'countsForHours', 'trips'] as const;
type FieldName = (typeof FIELDS)[number];
const isField = (key: string): key is FieldName => (FIELDS as readonly string[]).includes(key);

function ProgrammeKindDialog({
  kind,
  measures,
  save,
  onCancel,
}: {
  kind: ProgrammeKind | null;
  measures: readonly MeasureEntry[] | undefined;
  save: (input: ProgrammeKindInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, control, setError: setFieldError } = useForm<ProgrammeKindFormValues, unknown, ProgrammeKindInput>({
    resolver: zodResolver(programmeKindFormSchema),
    defaultValues: programmeKindFormValues(kind, measures),
  });
  const err = (name: FieldName) => formState.errors[name]?.message;
  const onSubmit = handleSubmit(async (input) => {
    setError(null);
    try {
      await save(input);
    } catch (e) {
      // The server's field messages go beside their fields ("kind.name"); anything else above the form.
      let placed = 0;
      for (const [path, message] of e instanceof ApiCallError ? Object.entries(e.fields) : []) {
        const key = path.replace(/^kind\./, '');
        if (isField(key)) {
          setFieldError(key, { type: 'server', message });
          placed += 1;
        }
      }
      if (placed === 0) setError(errorMessage(e));
    }
  });
  const title = kind ? `Edit ${kind.name}` : 'Add programme kind';
  return (
    <FormDialog title={title} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <TextField label="Name" hint="For example: Peer coaching" error={err('name')} {...register('name')} />
          <TextField
            label="Planned sessions"
            hint="How many sessions a programme plans at the start. Leave blank if it is open-ended, as travel buddies are."
            className="input--short"
            inputMode="numeric"
            error={err('plannedSessions')}
            {...register('plannedSessions')}
          />
          <TextField
            label="Most sessions (optional)"
            hint="Peer Desk warns when a programme goes past this number. It never stops you."
            className="input--short"
            inputMode="numeric"
            error={err('maxSessions')}
            {...register('maxSessions')}
          />
          <TextField label="Usual session length in minutes" hint="For example: 60" className="input--short" inputMode="numeric" error={err('sessionMinutes')} {...register('sessionMinutes')} />
          <ChoiceGroup legend="Roles that may deliver it" hint="Only volunteers with one of these roles are suggested" error={err('roles')}>
            {DEFAULT_ROLES.map((r) => (
              <Choice key={r.id} type="checkbox" label={r.label} value={r.id} {...register('roles')} />
            ))}
          </ChoiceGroup>
          <TextField
            label="Youngest age (optional)"
            hint="Peer Desk warns when a member is outside the ages. It never stops you."
            className="input--short"
            inputMode="numeric"
            error={err('minAge')}
            {...register('minAge')}
          />
          <TextField label="Oldest age (optional)" className="input--short" inputMode="numeric" error={err('maxAge')} {...register('maxAge')} />
          <Choice type="checkbox" label="Sessions count towards volunteer hours" {...register('countsForHours')} />
          <Choice type="checkbox" label="Has travel buddy trips (a buddy goes with the member to appointments)" {...register('trips')} />
          {measures ? (
            <Controller
              control={control}
              name="measures"
              render={({ field }) => (
                <MeasurePlanFields
                  rows={field.value ?? []}
                  measures={measures}
                  onChange={field.onChange}
                  errorFor={(i, f) => formState.errors.measures?.[i]?.[f]?.message}
                  hint="Which questionnaires its programmes ask, and when. Home lists who is due one."
                />
              )}
            />
          ) : null}
          <FormButtons submit={kind ? 'Save programme kind' : 'Add programme kind'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
