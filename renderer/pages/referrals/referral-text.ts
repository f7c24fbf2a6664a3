import type { ReferralRow } from '../../../shared/api';

// Kept apart from the pages that show it so Home can use it without loading the Referrals
// page (and its form schemas) on the first screen.

/** "41 days (target 35) — over target": the words carry the warning, not only the colour. */
export function waitText(r: Pick<ReferralRow, 'daysWaiting' | 'targetWaitDays' | 'overTarget' | 'assessedLate' | 'assessedDate'>): string {
  const days = `${r.daysWaiting} ${r.daysWaiting === 1 ? 'day' : 'days'}`;
  if (r.assessedDate) return `${days} to assessment (target ${r.targetWaitDays})${r.assessedLate ? ' — over target' : ''}`;
  return `${days} (target ${r.targetWaitDays})${r.overTarget ? ' — over target' : ''}`;
}
