import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { TripsView } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import type { TravelTrip, TripInput } from '../../../shared/domain/travel-trips';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { api } from '../../lib/api';
import { useDialogSave } from '../../lib/use-form-save';
import { isPastDate, tripFormSchema, tripFormValues, type TripFormValues } from './trip-form';

/**
 * "Request a travel buddy", or change a request: when and where the appointment is, where to
 * pick the member up, whether they need bringing home, and anything the buddy should know.
 * A date that has passed is allowed (a trip recorded afterwards), with a word that it has.
 */
export function TripDialog({ programmeId, trip, onSaved, onCancel }: { programmeId: string; trip?: TravelTrip; onSaved: (view: TripsView) => void; onCancel: () => void }) {
  const { register, handleSubmit, formState, setError, control } = useForm<TripFormValues, unknown, TripInput>({
    resolver: zodResolver(tripFormSchema),
    defaultValues: tripFormValues(trip),
  });
  const { error, run } = useDialogSave(setError, 'trip');
  const errors = formState.errors;
  const onSubmit = handleSubmit((input) => run(async () => onSaved(trip ? await api.programmes.updateTrip({ id: trip.id, trip: input }) : await api.programmes.requestTrip({ programmeId, trip: input }))));
  const past = isPastDate(useWatch({ control, name: 'date' }), todayIso());
  return (
    <FormDialog title={trip ? 'Change the trip' : 'Request a travel buddy'} dirty={formState.isDirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <ErrorNotice message={error} />
          <div className="inline-fields">
            <TextField label="Date of the appointment" hint="dd/mm/yyyy" className="input--short" inputMode="numeric" error={errors.date?.message} {...register('date')} />
            <TextField label="Pick-up time" hint="hh:mm, 24-hour, like 09:30" className="input--short" inputMode="numeric" error={errors.time?.message} {...register('time')} />
          </div>
          {/* Polite, not an error: recording a trip after it happened is allowed. */}
          <p role="status" className={past ? 'notice notice--warning' : 'visually-hidden'}>
            {past ? 'That date has passed. You can still record the trip, then mark it done.' : ''}
          </p>
          <TextField label="Where the appointment is" hint="For example: St Helier Hospital, outpatients" error={errors.appointmentPlace?.message} {...register('appointmentPlace')} />
          <TextArea label="Pick-up address" rows={2} error={errors.pickUpAddress?.message} {...register('pickUpAddress')} />
          <div className="trip-return">
            <Choice type="checkbox" label="Return journey needed" {...register('returnJourney')} />
          </div>
          <TextArea label="Access notes (optional)" hint="For example: uses a walking frame; ring the bell twice" rows={3} error={errors.accessNotes?.message} {...register('accessNotes')} />
          <FormButtons submit={trip ? 'Save trip' : 'Request a travel buddy'} busy={formState.isSubmitting} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
