import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { describeRate } from '../../../../shared/domain/rates';
import { VOLUNTEER_TIME_KINDS, VOLUNTEER_TIME_LABELS } from '../../../../shared/domain/report-hours';
import { formatDuration } from '../../../../shared/duration';
import { manualHoursFormSchema, type ManualHours, type ManualHoursFormValues, type ManualHoursInput } from '../../../../shared/domain/volunteer-hours';
import { formatPounds } from '../../../../shared/money';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFlash } from '../../../components/Flash';
import { TextField } from '../../../components/Fields';
import { FormDialog } from '../../../components/FormDialog';
import { api } from '../../../lib/api';
import { useDialogSave } from '../../../lib/use-form-save';
import { printPdf } from '../../../lib/print';
import { FacilitatorHours } from '../FacilitatorHours';
import { RecordDialogs, durationText, hoursForForm, type TabProps } from './shared';
import { FormButtons } from '../../../components/FormButtons';
import { RowActions } from '../../../components/RowActions';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5)) - 1] ?? ''} ${ym.slice(0, 4)}`;

/** Years shown one by one in "Hours by year"; older ones are added up together. */
const RECENT_YEARS = 4;

/** Hours from registers, one-to-one sessions and logged by hand, totalled by year and month, and their value. */
export function HoursTab({ view, onChange }: TabProps) {
  const { flash } = useFlash();
  const [editing, setEditing] = useState<ManualHours | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ManualHours | null>(null);
  const h = view.hours;
  const value = h.value;
  const kinds = VOLUNTEER_TIME_KINDS.filter((k) => h.byKind[k]);
  const recentYears = h.byYear.slice(0, RECENT_YEARS);
  const earlierYears = h.byYear.slice(RECENT_YEARS);
  return (
    <section aria-labelledby="volunteer-hours-title">
      <h2 id="volunteer-hours-title">Hours</h2>
      <p>
        <strong>{formatDuration(h.totalMinutes)}</strong> in all
        {h.totalMinutes > 0 ? (
          <>
            , worth {formatPounds(value.pence)} at the {h.rateName} ({value.rates.map((r) => describeRate(r.rate)).join('; ')})
          </>
        ) : null}
        .
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          Log hours
        </button>
        <button type="button" className="button button--secondary" onClick={() => void printPdf(() => api.compliance.printHoursLetter({ volunteerId: view.volunteerId }), flash)}>
          Hours letter
        </button>
      </div>
      {h.byYear.length > 0 ? (
        <>
          {/* Kinds of time down the side and years across (the latest four, then all years
              together: the lines of the hours letter), so six kinds never push the table off
              the screen. A long record still widens it a little: focusable and named so it can
              be scrolled from the keyboard (axe: scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling table with no controls in it must be reachable by Tab to scroll */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Hours by year">
            <table>
              <caption>Hours by year</caption>
              <thead>
                <tr>
                  <th scope="col">Kind of time</th>
                  {recentYears.map((y) => (
                    <th scope="col" key={y.period}>
                      {y.period}
                    </th>
                  ))}
                  {h.byYear.length > recentYears.length ? <th scope="col">Earlier years</th> : null}
                  <th scope="col">All years</th>
                </tr>
              </thead>
              <tbody>
                {[...kinds, 'total' as const].map((k) => (
                  <tr key={k}>
                    <th scope="row">{k === 'total' ? 'Total' : VOLUNTEER_TIME_LABELS[k]}</th>
                    {recentYears.map((y) => (
                      <td key={y.period} className="nowrap">
                        {formatDuration(k === 'total' ? y.minutes : (y.byKind[k] ?? 0))}
                      </td>
                    ))}
                    {h.byYear.length > recentYears.length ? (
                      <td className="nowrap">{formatDuration(earlierYears.reduce((sum, y) => sum + (k === 'total' ? y.minutes : (y.byKind[k] ?? 0)), 0))}</td>
                    ) : null}
                    <td className="nowrap">{formatDuration(k === 'total' ? h.totalMinutes : (h.byKind[k] ?? 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="cards cards--spaced">
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- as above: it scrolls and has no controls */}
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Hours by month">
              <table>
                <caption>Hours by month (last 12 with hours)</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Hours</th>
                  </tr>
                </thead>
                <tbody>
                  {h.byMonth.slice(0, 12).map((m) => (
                    <tr key={m.period}>
                      <th scope="row">{monthName(m.period)}</th>
                      <td>{formatDuration(m.minutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      ) : null}
      <h3>Hours logged by hand</h3>
      {view.manualHours.length === 0 ? (
        <p>None yet. Use Log hours for volunteering that is neither a group session nor a one-to-one session logged on a programme, such as a stall at a fair.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Hours logged by hand, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What they did</th>
                <th scope="col">Hours</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.manualHours.map((m) => (
                <tr key={m.id}>
                  <td className="nowrap">{formatUkDate(m.date)}</td>
                  <td>{m.activity}</td>
                  <td>{durationText(m.minutes)}</td>
                  <td>
                    <RowActions label={`hours on ${formatUkDate(m.date)}`} onEdit={() => setEditing(m)} onDelete={() => setDeleting(m)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="spaced-card">
        <FacilitatorHours volunteerId={view.volunteerId} />
      </div>
      <RecordDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(null);
          setDeleting(null);
        }}
        onChange={onChange}
        form={(record, onSaved, onCancel) => <HoursDialog volunteerId={view.volunteerId} record={record} onSaved={onSaved} onCancel={onCancel} />}
        what={(r) => `the hours on ${formatUkDate(r.date)}`}
        remove={(r) => api.compliance.deleteHours({ volunteerId: view.volunteerId, recordId: r.id })}
      />
    </section>
  );
}

function HoursDialog({ volunteerId, record, onSaved, onCancel }: { volunteerId: string; record: ManualHours | null; onSaved: TabProps['onChange']; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<ManualHoursFormValues, unknown, ManualHoursInput>({
    resolver: zodResolver(manualHoursFormSchema),
    defaultValues: { date: formatUkDate(record?.date ?? todayIso()), activity: record?.activity ?? '', minutes: hoursForForm(record?.minutes) },
  });
  const saving = useDialogSave(setFieldError, 'record');
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (input) => {
    await saving.run(async () => {
      const view = await api.compliance.saveHours({ volunteerId, ...(record ? { recordId: record.id } : {}), record: input });
      onSaved(view, record ? 'Saved the hours' : `Logged ${durationText(input.minutes)}`);
    });
  });
  return (
    <FormDialog title={record ? 'Edit hours' : 'Log hours'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={saving.error} />
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
          <TextField label="What they did" hint="For example: travel buddy trip, stall at the summer fair" error={errors.activity?.message} {...register('activity')} />
          <TextField label="Hours" hint="For example 2 or 1.5" className="input--short" inputMode="decimal" error={errors.minutes?.message} {...register('minutes')} />
          <FormButtons submit={record ? 'Save hours' : 'Log hours'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
