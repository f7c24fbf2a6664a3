import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { TripRow, TripsView } from '../../../shared/api';
import { formatUkDateLong } from '../../../shared/dates';
import { MILEAGE_RATE_PENCE, MILEAGE_REDUCED_RATE_PENCE, MILEAGE_THRESHOLD_MILES } from '../../../shared/domain/mileage';
import type { TripDoneInput } from '../../../shared/domain/travel-trips';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { tripDoneFormSchema, type TripDoneFormValues } from './trip-form';

/**
 * "Mark trip done": how long the buddy gave (the kind's usual length to start with) and the
 * miles driven, if they claim. Saying what it will make, before it is made: an attended session
 * and, with miles, a mileage line on the buddy's Expenses — and that a done trip stays done.
 */
export function TripDoneDialog({ row, sessionMinutes, onSaved, onCancel }: { row: TripRow; sessionMinutes: number; onSaved: (view: TripsView) => void; onCancel: () => void }) {
  const { trip, buddy } = row;
  const { register, handleSubmit, formState, setError } = useForm<TripDoneFormValues, unknown, TripDoneInput>({
    resolver: zodResolver(tripDoneFormSchema),
    defaultValues: { minutes: String(sessionMinutes), miles: '' },
  });
  const { error, run } = useDialogSave(setError, 'done');
  const onSubmit = handleSubmit((done) => run(async () => onSaved(await api.programmes.tripDone({ id: trip.id, done }))));
  const who = buddy?.name ?? 'the buddy';
  return (
    <FormDialog title="Mark trip done" dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <p>
            {formatUkDateLong(trip.date)} at {trip.time}, {trip.appointmentPlace}, with {who}.
          </p>
          <ErrorNotice message={error} />
          <TextField label="How long it took, in minutes" hint="From pick-up to home again" className="input--short" inputMode="numeric" error={formState.errors.minutes?.message} {...register('minutes')} />
          <TextField
            label="Miles driven (optional)"
            hint={`Leave blank if ${who} is not claiming. Paid at ${MILEAGE_RATE_PENCE}p a mile for the first ${MILEAGE_THRESHOLD_MILES.toLocaleString('en-GB')} miles in the tax year, then ${MILEAGE_REDUCED_RATE_PENCE}p.`}
            className="input--short"
            inputMode="decimal"
            error={formState.errors.miles?.message}
            {...register('miles')}
          />
          <p>
            This logs an attended session (out and about) for {who}, counted in the programme and their hours; miles add a mileage line to their Expenses. A done trip stays
            done: if it did not happen, delete its session in the session log and its mileage line in Expenses.
          </p>
          <FormButtons submit="Mark trip done" busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
