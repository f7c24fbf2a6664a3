import { useState, type FormEvent } from 'react';
import type { MissingItem } from '../../../shared/domain/activation';
import type { Volunteer } from '../../../shared/domain/volunteers';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea } from '../../components/Fields';
import { FormDialog } from '../../components/FormDialog';
import { errorMessage } from '../../lib/api';
import { FormButtons } from '../../components/FormButtons';

/**
 * Shown when someone is made active but their roles need checks or training not on record.
 * Going ahead takes a reason, which is kept with the list of what was missing.
 */
export function ActivationDialog({
  name,
  missing,
  activate,
  onSaved,
  onCancel,
}: {
  name: string;
  missing: readonly MissingItem[];
  activate: (overrideReason: string) => Promise<Volunteer>;
  onSaved: (v: Volunteer) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = reason !== '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setFieldError('Enter the reason for making them active without these');
      return;
    }
    setBusy(true);
    try {
      onSaved(await activate(reason.trim()));
    } catch (err) {
      setBusy(false);
      setError(errorMessage(err));
    }
  }

  return (
    <FormDialog title={`${name} is missing what their roles need`} dirty={dirty} onCancel={onCancel}>
      {(cancel) => (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <ErrorNotice message={error} />
          <p>Before {name} starts as an active volunteer, their roles need:</p>
          <ul>
            {missing.map((m) => (
              <li key={m.text}>{m.text}</li>
            ))}
          </ul>
          <p>Add these on the DBS and Training tabs, or make them active anyway and say why. The reason is kept with their record.</p>
          <TextArea
            label="Reason for making them active without these"
            hint="For example: DBS applied for; shadowing only, never alone with members, until it comes"
            value={reason}
            error={fieldError}
            onChange={(e) => setReason(e.target.value)}
          />
          <FormButtons submit="Make active anyway" busy={busy} onCancel={cancel} />
        </form>
      )}
    </FormDialog>
  );
}
