import { useState } from 'react';
import { addMonthsIso } from '../../../shared/dates';
import { monthInWords } from '../../../shared/domain/newsletter-whats-on';
import type { NewsletterIssue } from '../../../shared/domain/newsletters';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Fields';
import { ApiCallError, api, errorMessage } from '../../lib/api';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month after the issue date: a winter issue dated 1 December lists December's groups, one dated 20 November lists December's too. */
export function defaultMonth(issueDate: string): string {
  const firstOfMonth = `${issueDate.slice(0, 7)}-01`;
  return (Number(issueDate.slice(8, 10)) > 15 ? addMonthsIso(firstOfMonth, 1) : firstOfMonth).slice(0, 7);
}

/**
 * "Fill what's on": the groups meeting in a chosen month, written into the issue's what's on
 * section. Text already there is only replaced after the coordinator says so.
 */
export function FillWhatsOnDialog({ issue, onDone, onCancel }: { issue: NewsletterIssue; onDone: (issue: NewsletterIssue, month: string) => void; onCancel: () => void }) {
  const [month, setMonth] = useState(defaultMonth(issue.date));
  const [monthError, setMonthError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [overwrite, setOverwrite] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function fill(replace: boolean) {
    setError(null);
    if (!MONTH.test(month)) {
      setMonthError('Choose a month, like November 2026');
      return;
    }
    setMonthError(undefined);
    setBusy(true);
    try {
      onDone(await api.newsletters.fillWhatsOn({ id: issue.id, month, replace }), month);
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'CONFLICT' && /already has text/.test(e.message)) setOverwrite(e.message);
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Fill what's on" onClose={onCancel}>
      <p>Lists every group meeting that month, with when it meets in words, the dates and the venue. You can edit the text afterwards.</p>
      <ErrorNotice message={error} />
      <TextField
        type="month"
        label="Month"
        hint="For example December 2026"
        className="input--medium"
        value={month}
        error={monthError}
        onChange={(e) => {
          setMonth(e.target.value);
          setOverwrite(null);
        }}
      />
      {overwrite ? (
        <div className="notice notice--warning" role="alert">
          <p>{overwrite}</p>
          <p>Anything you typed into it will be replaced.</p>
        </div>
      ) : null}
      <div className="button-row">
        {overwrite ? (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void fill(true)}>
            Replace with {MONTH.test(month) ? monthInWords(month) : 'that month'}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void fill(false)}>
            Fill what's on
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
