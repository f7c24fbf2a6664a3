import { STATUS_LABELS, type VolunteerStatus } from '../../shared/domain/volunteers';

export type BadgeTone = 'active' | 'left' | 'paused' | 'pipeline';

// The label is always shown; colour only repeats it.
export function Badge({ label, tone }: { label: string; tone: BadgeTone }) {
  return <span className={`badge badge--${tone}`}>{label}</span>;
}

const TONE: Partial<Record<VolunteerStatus, BadgeTone>> = { active: 'active', left: 'left', paused: 'paused' };

export function StatusBadge({ status }: { status: VolunteerStatus }) {
  return <Badge label={STATUS_LABELS[status]} tone={TONE[status] ?? 'pipeline'} />;
}
