import type { DuplicateMatch } from '../../../shared/api';
import { DUPLICATE_REASON_WORDS } from '../../../shared/domain/people-changes';
import { Dialog } from '../../components/Dialog';

/** Shown before saving someone who looks like a person already on record. */
export function DuplicatesDialog({ matches, onBack, onSaveAnyway }: { matches: readonly DuplicateMatch[]; onBack: () => void; onSaveAnyway: () => void }) {
  return (
    <Dialog title="This may be someone already on record" onClose={onBack}>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> has the same name and {m.reasons.map((r) => DUPLICATE_REASON_WORDS[r]).join(' and ')}.
          </li>
        ))}
      </ul>
      <p>If this is a different person, save anyway. Otherwise go back and check.</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onBack}>
          Go back
        </button>
        <button type="button" className="button" onClick={onSaveAnyway}>
          Save anyway
        </button>
      </div>
    </Dialog>
  );
}
