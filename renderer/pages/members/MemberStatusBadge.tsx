import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../shared/domain/members';
import { Badge, type BadgeTone } from '../../components/StatusBadge';

const TONE: Partial<Record<MemberStatus, BadgeTone>> = { active: 'active', left: 'left', 'on-break': 'paused' };

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  return <Badge label={MEMBER_STATUS_LABELS[status]} tone={TONE[status] ?? 'pipeline'} />;
}
