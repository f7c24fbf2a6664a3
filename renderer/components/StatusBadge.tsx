import { STATUS_LABELS, type VolunteerStatus } from '../../shared/domain/volunteers';

// The label is always shown; colour only repeats it.
const TONE: Partial<Record<VolunteerStatus, string>> = { active: 'active', left: 'left', paused: 'paused' };

export function StatusBadge({ status }: { status: VolunteerStatus }) {
  return <span className={`badge badge--${TONE[status] ?? 'pipeline'}`}>{STATUS_LABELS[status]}</span>;
}
