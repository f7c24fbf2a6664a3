import type { ReactNode } from 'react';

/**
 * A form's own buttons: the action, then Cancel. `busy` while saving, so a second click does
 * not save twice. Cancel is a plain button: the caller decides whether it asks first.
 */
export function FormButtons({ submit, busy = false, onCancel }: { submit: ReactNode; busy?: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
