import { useState } from 'react';
import type { ReferralOutcomeResult } from '../../../shared/api';
import { formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, ChoiceGroup, SelectField, TextField } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';

type Outcome = 'accepted' | 'declined' | 'withdrawn';

/** A group to offer a place in: full ones say the person goes on the waiting list. */
export interface GroupChoice {
  id: string;
  name: string;
  freePlaces?: number | undefined;
}

/**
 * "Record outcome" for an open referral: accepted (and a group place, if one is chosen),
 * declined with the reason, or withdrawn. Cancel and Escape ask first once anything has been
 * changed, as what was typed goes with the dialog.
 */
export function OutcomeDialog({
  referralId,
  name,
  groups,
  onSaved,
  onCancel,
}: {
  referralId: string;
  name: string;
  groups: readonly GroupChoice[];
  onSaved: (result: ReferralOutcomeResult, outcome: Outcome) => void;
  onCancel: () => void;
}) {
  const [today] = useState(() => formatUkDate(todayIso()));
  const [outcome, setOutcome] = useState<Outcome>('accepted');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [groupId, setGroupId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = outcome !== 'accepted' || date !== today || reason !== '' || groupId !== '';

  async function save() {
    const iso = parseUkDate(date);
    if (!iso) {
      setErrors({ date: 'Enter the date as dd/mm/yyyy, like 23/11/2026' });
      return;
    }
    try {
      const result = await api.referrals.setOutcome({
        id: referralId,
        outcome,
        date: iso,
        ...(reason.trim() ? { reason } : {}),
        ...(outcome === 'accepted' && groupId ? { placeInGroupId: groupId } : {}),
      });
      onSaved(result, outcome);
    } catch (e) {
      if (e instanceof ApiCallError && Object.keys(e.fields).length > 0) setErrors(e.fields);
      else setErrors({ _: errorMessage(e) });
    }
  }

  return (
    <FormDialog title={`Record the outcome for ${name}`} dirty={dirty} onCancel={onCancel}>
      {(cancel) => (
        <>
          <ErrorNotice message={errors._} />
          <ChoiceGroup legend="Outcome">
            <Choice type="radio" name="outcome" label="Accepted: they become an active member" checked={outcome === 'accepted'} onChange={() => setOutcome('accepted')} />
            <Choice type="radio" name="outcome" label="Declined" checked={outcome === 'declined'} onChange={() => setOutcome('declined')} />
            <Choice type="radio" name="outcome" label="Withdrawn (they decided not to go ahead)" checked={outcome === 'withdrawn'} onChange={() => setOutcome('withdrawn')} />
          </ChoiceGroup>
          <TextField label="Date" hint="dd/mm/yyyy" className="input--short" value={date} error={errors.date} onChange={(e) => setDate(e.target.value)} />
          {outcome === 'accepted' ? (
            <SelectField label="Place them in a group (optional)" hint="If the group is full they go on its waiting list" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
              <option value="">Not yet</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                  {g.freePlaces !== undefined && g.freePlaces <= 0 ? ' (full: waiting list)' : ''}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField label={outcome === 'declined' ? 'Reason declined' : 'Reason (optional)'} value={reason} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
          )}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
            <button type="button" className="button" onClick={() => void save()}>
              Save outcome
            </button>
          </div>
        </>
      )}
    </FormDialog>
  );
}
