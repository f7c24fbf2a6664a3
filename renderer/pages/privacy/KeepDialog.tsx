import { useState, type FormEvent } from 'react';
import { addMonthsIso, formatUkDate, parseUkDate, todayIso } from '../../../shared/dates';
import type { RetentionItem } from '../../../shared/domain/retention';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea, TextField } from '../../components/Fields';
import { FormButtons } from '../../components/FormButtons';
import { FormDialog } from '../../components/FormDialog';
import { ApiCallError, api, errorMessage } from '../../lib/api';
import { itemName } from './retention-text';

/**
 * "Keep" on the retention list: why it is being kept past its date, and the day to look at it
 * again (a year on, unless changed). Until then it is off the list; the reason is kept with the
 * decision and never copied into the audit log.
 */
export function KeepDialog({ item, onCancel, onKept }: { item: RetentionItem; onCancel: () => void; onKept: (reviewOn: string) => void }) {
  const [initialReview] = useState(() => formatUkDate(addMonthsIso(todayIso(), 12)));
  const [reason, setReason] = useState('');
  const [review, setReview] = useState(initialReview);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (reason.trim() === '') problems.reason = 'Enter why it is being kept (for example “An insurance claim is open”)';
    const reviewOn = parseUkDate(review);
    if (!reviewOn) problems.reviewOn = 'Enter the review date as dd/mm/yyyy, like 01/06/2027';
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !reviewOn) return;
    setBusy(true);
    setError(null);
    try {
      await api.retention.keep({ kind: item.kind, recordId: item.recordId, reason, reviewOn });
      onKept(reviewOn);
    } catch (err) {
      if (err instanceof ApiCallError) setErrors(err.fields);
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <FormDialog title={`Keep ${itemName(item)}?`} dirty={reason.trim() !== '' || review !== initialReview} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void save(e)}>
          <ErrorNotice message={error} />
          <p>
            It was due to go after {formatUkDate(item.keptUntil)}. Keep it only for a reason you could explain to them, such as an open complaint, claim or safeguarding
            concern. It comes back on this list on the review date.
          </p>
          <TextArea
            label="Why is it being kept?"
            hint="Kept with the decision, not in the audit log"
            rows={3}
            maxLength={500}
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <TextField
            label="Review date"
            hint="dd/mm/yyyy, within 6 years"
            className="input--short"
            inputMode="numeric"
            value={review}
            error={errors.reviewOn}
            onChange={(e) => setReview(e.target.value)}
          />
          <FormButtons submit="Keep" busy={busy} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
