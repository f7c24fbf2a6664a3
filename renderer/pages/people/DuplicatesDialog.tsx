import { useEffect, useRef } from 'react';
import type { DuplicateMatch } from '../../../shared/api';
import { DUPLICATE_REASON_WORDS } from '../../../shared/domain/people-changes';
import { Link } from 'wouter';
import { Dialog } from '../../components/Dialog';

/**
 * Shown before saving someone who looks like a person already on record. Each name links to
 * that record, so the coordinator can check it; the form asks before what was typed is
 * left behind (useUnsavedChanges catches the link).
 */
export function DuplicatesDialog({
  matches,
  profilePath,
  onBack,
  onSaveAnyway,
}: {
  matches: readonly DuplicateMatch[];
  profilePath: (id: string) => string;
  onBack: () => void;
  onSaveAnyway: () => void;
}) {
  // The safe choice takes focus, not the first link in the list (where the dialog would put
  // it): Enter must never leave the form. This runs after the dialog has opened.
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <Dialog title="This may be someone already on record" onClose={onBack}>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <Link href={profilePath(m.id)}>
              <strong>{m.name}</strong>
            </Link>{' '}
            has the same name and {m.reasons.map((r) => DUPLICATE_REASON_WORDS[r]).join(' and ')}.
          </li>
        ))}
      </ul>
      <p>If this is a different person, save anyway. Otherwise go back and check.</p>
      <div className="button-row">
        <button ref={back} type="button" className="button button--secondary" onClick={onBack}>
          Go back
        </button>
        <button type="button" className="button" onClick={onSaveAnyway}>
          Save anyway
        </button>
      </div>
    </Dialog>
  );
}
