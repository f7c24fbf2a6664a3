import { useState, type ReactNode } from 'react';
import type { VolunteerCompliance } from '../../../../shared/api';
import { formatDuration } from '../../../../shared/duration';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { errorMessage } from '../../../lib/api';

/** What a tab calls after a save: the new view and a message for the flash. */
export type OnChange = (view: VolunteerCompliance, message: string) => void;

export interface TabProps {
  view: VolunteerCompliance;
  onChange: OnChange;
}

/** "Delete …?" asked first, with the safe choice focused; the record goes only on confirm. */
export function DeleteRecord({ what, remove, onDone, onCancel }: { what: string; remove: () => Promise<VolunteerCompliance>; onDone: OnChange; onCancel: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={`Delete ${what}?`}
      confirmLabel="Delete"
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => {
        setBusy(true);
        remove().then(
          (view) => onDone(view, `Deleted ${what}`),
          (e: unknown) => {
            setBusy(false);
            setError(errorMessage(e));
          },
        );
      }}
    >
      <ErrorNotice message={error} />
      <p>This cannot be undone, except by restoring a backup.</p>
    </ConfirmDialog>
  );
}

/**
 * A tab's add/edit form and its delete question, for whichever record is being edited or
 * deleted; either closes on cancel or when the change is saved.
 */
export function RecordDialogs<R extends { id: string }>({
  editing,
  deleting,
  onClose,
  onChange,
  form,
  what,
  remove,
}: {
  editing: R | 'new' | null;
  deleting: R | null;
  onClose: () => void;
  onChange: OnChange;
  form: (record: R | null, onSaved: OnChange, onCancel: () => void) => ReactNode;
  what: (record: R) => string;
  remove: (record: R) => Promise<VolunteerCompliance>;
}) {
  const done: OnChange = (view, message) => {
    onClose();
    onChange(view, message);
  };
  return (
    <>
      {editing ? form(editing === 'new' ? null : editing, done, onClose) : null}
      {deleting ? <DeleteRecord what={what(deleting)} remove={() => remove(deleting)} onCancel={onClose} onDone={done} /> : null}
    </>
  );
}

/** "1 hour 30 minutes" from minutes. */
export function durationText(minutes: number): string {
  // One wording for time across the profile and the hours letter (shared/duration.ts).
  return formatDuration(minutes);
}

/** Minutes as hours typed in a form: 90 → "1.5". */
export function hoursForForm(minutes: number | undefined): string {
  return minutes === undefined ? '' : String(Math.round((minutes / 60) * 100) / 100);
}
