import type { ProtectionInfo } from '../../../shared/api';
import { formatUkDateLong, localDateOf } from '../../../shared/dates';

/** "Protected since Mon 7 Dec 2026", for Settings and the Privacy page. */
export function protectedSince(info: ProtectionInfo): string {
  const day = info.since ? localDateOf(info.since) : undefined;
  return day ? `Protected since ${formatUkDateLong(day)}` : 'Protected';
}
