import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useLocation, useParams } from 'wouter';
import type { VolunteerSummary } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import {
  FREQUENCIES,
  GROUP_KINDS,
  GROUP_KIND_LABELS,
  WEEKS_OF_MONTH,
  type Group,
} from '../../../shared/domain/groups';
import { WEEKDAYS, WEEKDAY_LABELS } from '../../../shared/domain/volunteers';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextArea, TextField } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { fieldId } from '../../lib/form-errors';
import { fieldError, useFormSave } from '../../lib/use-form-save';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useLoad } from '../../lib/use-load';
import { MeasurePlanFields } from '../outcomes/MeasurePlanFields';
import { planFormRows } from '../outcomes/measure-plan-form';
import { groupPageFormSchema, type GroupPageFormOutput, type GroupPageFormValues } from './group-form';

const FREQUENCY_LABELS = { weekly: 'Every week', fortnightly: 'Every other week', monthly: 'Once a month', once: 'One-off event (a single date)' } as const;

const EMPTY: GroupPageFormValues = {
  name: '',
  kind: 'peer-group',
  venueId: '',
  onlineDetails: '',
  schedule: {
    frequency: 'weekly',
    weekday: 'tue',
    weekOfMonth: '',
    startTime: '10:30',
    endTime: '12:00',
    startDate: formatUkDate(todayIso()),
    endDate: '',
    skipDates: '',
    skipBankHolidays: true,
  },
  capacity: '',
  facilitatorIds: [],
  eligibility: { note: '', minAge: '', maxAge: '' },
  guidelines: '',
  registersFrom: '',
};

function formFromGroup(g: Group): GroupPageFormValues {
  return {
    name: g.name,
    kind: g.kind,
    venueId: g.venueId ?? '',
    onlineDetails: g.onlineDetails ?? '',
    schedule: {
      frequency: g.schedule.frequency,
      weekday: g.schedule.weekday,
      weekOfMonth: g.schedule.weekOfMonth ?? '',
      startTime: g.schedule.startTime,
      endTime: g.schedule.endTime,
      startDate: formatUkDate(g.schedule.startDate),
      endDate: formatUkDate(g.schedule.endDate),
      skipDates: g.schedule.skipDates.map(formatUkDate).join(', '),
      skipBankHolidays: g.schedule.skipBankHolidays,
    },
    capacity: g.capacity === undefined ? '' : String(g.capacity),
    facilitatorIds: g.facilitatorIds,
    eligibility: {
      note: g.eligibility.note ?? '',
      minAge: g.eligibility.minAge === undefined ? '' : String(g.eligibility.minAge),
      maxAge: g.eligibility.maxAge === undefined ? '' : String(g.eligibility.maxAge),
    },
    guidelines: g.guidelines ?? '',
    registersFrom: formatUkDate(g.registersFrom),
  };
}

/** Past meetings without a register before the form suggests "Registers start from": more than a few forgotten. */
const MANY_MISSING = 4;

export function GroupFormPage() {
  const { id } = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const { flashNext } = useFlash();
  const [saveError, setSaveError] = useState<string | null>(null);
  const [addFacilitator, setAddFacilitator] = useState('');
  // Past meetings in the last 12 weeks still waiting for a register, when editing.
  const [missing, setMissing] = useState(0);
  const form = useForm<GroupPageFormValues, unknown, GroupPageFormOutput>({ resolver: zodResolver(groupPageFormSchema), defaultValues: EMPTY, shouldFocusError: false });
  const { register, handleSubmit, formState, reset, resetField, setError, control, setValue } = form;
  // The group as saved (null while it loads; undefined for a new group), for its questionnaires.
  const [savedGroup, setSavedGroup] = useState<Group | null | undefined>(id ? null : undefined);
  // Read in render so the form state tracks it (see useUnsavedChanges).
  const unsaved = useUnsavedChanges(formState.isDirty);
  const frequency = useWatch({ control, name: 'schedule.frequency' });
  const once = frequency === 'once';
  const kind = useWatch({ control, name: 'kind' });
  const facilitatorIds = useWatch({ control, name: 'facilitatorIds' }) ?? [];

  const venues = useLoad(() => api.venues.list(), []);
  const volunteers = useLoad(() => api.volunteers.list({ status: 'current', limit: 500 }), []);
  const measures = useLoad(() => api.outcomes.measures(), []);
  const measureEntries = measures.data?.measures;
  const byId = new Map<string, VolunteerSummary>((volunteers.data?.rows ?? []).map((v) => [v.id, v]));

  useEffect(() => {
    if (!id) return;
    api.groups.get({ id }).then(
      (d) => {
        reset(formFromGroup(d.group));
        setSavedGroup(d.group);
        // Judged on the group as saved, so the suggestion stays put while the date is typed.
        setMissing(d.group.registersFrom === undefined && d.registerDue ? d.registerDue.older + 1 : 0);
      },
      (e: unknown) => setSaveError(errorMessage(e)),
    );
  }, [id, reset]);

  // The rows need both the questionnaires and the group; set as the form's starting point, so not a change.
  useEffect(() => {
    if (measureEntries && savedGroup !== null) resetField('questionnaires', { defaultValue: planFormRows(measureEntries, savedGroup?.measures) });
  }, [measureEntries, savedGroup, resetField]);

  const err = (path: string) => fieldError(formState.errors, path);

  // A one-off has no last date or dates off, and their fields are hidden: clear them, so a
  // slip typed there before choosing "One-off" cannot stop the form saving with an error nobody can see.
  useEffect(() => {
    if (!once) return;
    setValue('schedule.endDate', '');
    setValue('schedule.skipDates', '');
    setValue('registersFrom', '');
  }, [once, setValue]);

  const saving = useFormSave<GroupPageFormValues, GroupPageFormOutput>({
    setError,
    wrapper: 'group',
    initial: undefined,
    save: async (group) => {
      const saved = id ? await api.groups.update({ id, group }) : await api.groups.create({ group });
      flashNext(`Saved ${saved.name}`);
      navigate(`/groups/${saved.id}`);
    },
  });
  const onSubmit = handleSubmit(saving.onValid, saving.onInvalid);
  const suggest = missing >= MANY_MISSING;

  return (
    <Page title={id ? 'Edit group' : 'Add group'}>
      {saving.feedback}
      <ErrorNotice message={saveError ?? venues.error ?? volunteers.error} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField id={fieldId('name')} label="Group name" error={err('name')} {...register('name')} />
        <SelectField id={fieldId('kind')} label="Kind of group" hint="Drop-ins have no roster: people just come." error={err('kind')} {...register('kind')}>
          {GROUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {GROUP_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField id={fieldId('venueId')} label="Venue" error={err('venueId')} {...register('venueId')}>
          <option value="">{kind === 'online' ? 'Online (no venue)' : 'Not chosen yet'}</option>
          {(venues.data ?? []).map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
        {kind === 'online' ? (
          <TextArea id={fieldId('onlineDetails')} label="Online joining details" hint="The link and how to join, as members should read it" error={err('onlineDetails')} {...register('onlineDetails')} />
        ) : null}

        <fieldset>
          <legend>When it meets</legend>
          <ChoiceGroup legend="How often" error={err('schedule.frequency')}>
            {FREQUENCIES.map((f) => (
              <Choice key={f} type="radio" label={FREQUENCY_LABELS[f]} value={f} {...register('schedule.frequency')} />
            ))}
          </ChoiceGroup>
          <div className="form-grid">
            {frequency === 'monthly' ? (
              <SelectField id={fieldId('schedule.weekOfMonth')} label="Which week of the month" error={err('schedule.weekOfMonth')} {...register('schedule.weekOfMonth')}>
                <option value="">Choose…</option>
                {WEEKS_OF_MONTH.map((w) => (
                  <option key={w} value={w}>
                    {w.charAt(0).toUpperCase() + w.slice(1)}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {/* A one-off's day is the day of its date, so it is not asked. */}
            {!once ? (
              <SelectField id={fieldId('schedule.weekday')} label="Day" error={err('schedule.weekday')} {...register('schedule.weekday')}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {WEEKDAY_LABELS[d]}
                  </option>
                ))}
              </SelectField>
            ) : null}
            {once ? (
              <TextField id={fieldId('schedule.startDate')} label="Date of the event" hint="dd/mm/yyyy" className="input--short" error={err('schedule.startDate')} {...register('schedule.startDate')} />
            ) : null}
            <TextField id={fieldId('schedule.startTime')} label="Start time" hint="24-hour, like 10:30" className="input--short" error={err('schedule.startTime')} {...register('schedule.startTime')} />
            <TextField id={fieldId('schedule.endTime')} label="End time" hint="Like 12:00" className="input--short" error={err('schedule.endTime')} {...register('schedule.endTime')} />
            {!once ? (
              <>
                <TextField id={fieldId('schedule.startDate')} label="First date" hint="dd/mm/yyyy" className="input--short" error={err('schedule.startDate')} {...register('schedule.startDate')} />
                <TextField id={fieldId('schedule.endDate')} label="Last date (optional)" hint="dd/mm/yyyy, if it stops" className="input--short" error={err('schedule.endDate')} {...register('schedule.endDate')} />
              </>
            ) : null}
          </div>
          {!once ? (
            <>
              <TextField id={fieldId('schedule.skipDates')} label="Dates it does not meet" hint="dd/mm/yyyy, separated by commas" error={err('schedule.skipDates')} {...register('schedule.skipDates')} />
              <Choice type="checkbox" label="Does not meet on bank holidays (England and Wales)" {...register('schedule.skipBankHolidays')} />
              {suggest ? (
                <div className="notice" id="registers-from-suggestion">
                  <p>
                    {missing} past meetings in the last 12 weeks have no register. If the group met before it came onto Peer Desk, enter the date its registers start from below: earlier
                    meetings will not be asked for.
                  </p>
                </div>
              ) : null}
              <TextField
                id={fieldId('registersFrom')}
                label="Registers start from (optional)"
                hint="dd/mm/yyyy. Meetings before this date are not asked for a register: for a group you are moving onto Peer Desk"
                className="input--short"
                error={err('registersFrom')}
                aria-describedby={suggest ? 'registers-from-suggestion' : undefined}
                {...register('registersFrom')}
              />
            </>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>Who comes</legend>
          <TextField id={fieldId('capacity')} label="Capacity (optional)" hint="Most people the group can take" className="input--short" inputMode="numeric" error={err('capacity')} {...register('capacity')} />
          <div className="form-grid">
            <TextField id={fieldId('eligibility.minAge')} label="Lowest age (optional)" className="input--short" inputMode="numeric" error={err('eligibility.minAge')} {...register('eligibility.minAge')} />
            <TextField id={fieldId('eligibility.maxAge')} label="Highest age (optional)" className="input--short" inputMode="numeric" error={err('eligibility.maxAge')} {...register('eligibility.maxAge')} />
          </div>
          <TextField id={fieldId('eligibility.note')} label="Who the group is for (optional)" hint="For example: adults 50+ referred by the mental-health trust. Peer Desk warns, never blocks." error={err('eligibility.note')} {...register('eligibility.note')} />
        </fieldset>

        <fieldset>
          <legend>Facilitators</legend>
          {facilitatorIds.length === 0 ? <p className="lede">No facilitators chosen.</p> : null}
          <ul>
            {facilitatorIds.map((fid) => (
              <li key={fid}>
                {byId.get(fid)?.name ?? 'A volunteer no longer current'}{' '}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => setValue('facilitatorIds', facilitatorIds.filter((x) => x !== fid), { shouldDirty: true })}
                >
                  Remove<span className="visually-hidden"> {byId.get(fid)?.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <SelectField label="Add a facilitator" value={addFacilitator} onChange={(e) => setAddFacilitator(e.target.value)}>
              <option value="">Choose a volunteer…</option>
              {(volunteers.data?.rows ?? [])
                .filter((v) => !facilitatorIds.includes(v.id))
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
            </SelectField>
            <button
              type="button"
              className="button button--secondary"
              disabled={!addFacilitator}
              onClick={() => {
                setValue('facilitatorIds', [...facilitatorIds, addFacilitator], { shouldDirty: true });
                setAddFacilitator('');
              }}
            >
              Add facilitator
            </button>
          </div>
        </fieldset>

        {measureEntries ? (
          <Controller
            control={control}
            name="questionnaires"
            render={({ field }) => (
              <MeasurePlanFields
                rows={field.value ?? []}
                measures={measureEntries}
                onChange={field.onChange}
                errorFor={(i, f) => err(`questionnaires.${i}.${f}`)}
                idFor={(i, f) => fieldId(`questionnaires.${i}.${f}`)}
                hint="Which questionnaires members of the group are asked, and when. Home lists who is due one."
              />
            )}
          />
        ) : null}

        <TextArea id={fieldId('guidelines')} label="Group guidelines" hint="Printed on the roster, for example “What is said in the group stays in the group”" error={err('guidelines')} {...register('guidelines')} />

        <div className="button-row">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            Save
          </button>
          <button type="button" className="button button--secondary" onClick={() => unsaved.leave(id ? `/groups/${id}` : '/groups')}>
            Cancel
          </button>
        </div>
      </form>
      {unsaved.dialog}
    </Page>
  );
}
