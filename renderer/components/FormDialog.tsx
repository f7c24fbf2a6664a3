import type { ReactNode } from 'react';
import { useUnsavedChanges } from '../lib/use-unsaved-changes';
import { Dialog } from './Dialog';

/**
 * A form in a dialog that asks "Discard your changes?" before Cancel or Escape throws away
 * what was typed. `children` gets the `cancel` for its Cancel button. Saving closes the
 * dialog through the caller's own state, so it is never asked about.
 *
 * `dirty` must be read in the caller's render: react-hook-form's `formState.isDirty`, or the
 * values compared with the ones the form opened with (see useUnsavedChanges).
 */
export function FormDialog({
  title,
  dirty,
  onCancel,
  children,
  className,
}: {
  title: string;
  dirty: boolean;
  onCancel: () => void;
  children: (cancel: () => void) => ReactNode;
  /** `dialog--wide` for a form laid out as a table. */
  className?: string;
}) {
  const unsaved = useUnsavedChanges(dirty, 'dialog');
  const cancel = () => unsaved.confirmLeave(onCancel);
  return (
    <>
      <Dialog title={title} onClose={cancel} className={className}>
        {children(cancel)}
      </Dialog>
      {/* Beside the form's dialog, not in it: opened later, it sits above it, and its own
          Escape is its own. Staying gives focus back to what asked (Cancel, or the field). */}
      {unsaved.dialog}
    </>
  );
}
