import { formatUkDate } from '../../../shared/dates';
import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from '../../../shared/domain/programmes';
import type { BadgeTone } from '../../components/StatusBadge';
import type { ProgrammeRow } from '../../../shared/contracts/programmes';

export const STATUS_TONES: Record<ProgrammeStatus, BadgeTone> = { waiting: 'pipeline', matched: 'pipeline', active: 'active', paused: 'paused', ended: 'left' };

export function statusLabel(s: ProgrammeStatus): string {
  return PROGRAMME_STATUS_LABELS[s];
}

export function daysText(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** Who supports the member, or how long they have waited for someone. */
export function volunteerText(row: Pick<ProgrammeRow, 'volunteer' | 'daysWaiting' | 'status'>): string {
  if (row.volunteer) return row.volunteer.name;
  if (row.status === 'ended') return 'No volunteer';
  return row.daysWaiting === undefined ? 'Waiting for a match' : `Waiting for a match (${daysText(row.daysWaiting)})`;
}

export function lastContactText(iso: string | undefined): string {
  return iso ? formatUkDate(iso) : 'None yet';
}
