import { formatUkDate } from '../../../shared/dates';
import type { RetentionItem } from '../../../shared/domain/retention';
import { lowerFirst } from '../../../shared/text';

export { lowerFirst };

/** The words of the retention list, kept apart so they are tested without rendering. */

export const itemsText = (n: number): string => (n === 1 ? '1 item' : `${n} items`);

const FROM_LABELS: Record<string, string> = {
  'last contact': 'Last contact',
  closed: 'Closed',
  received: 'Received',
  decision: 'Decision',
  issued: 'Issued',
  supervision: 'Supervision',
};

/** "Last contact 14/03/2019": the day the keep-until date is counted from. */
export function keptUntilText(item: Pick<RetentionItem, 'from' | 'fromLabel'>): string {
  return `${FROM_LABELS[item.fromLabel] ?? item.fromLabel} ${formatUkDate(item.from)}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * What "Erase all listed" will do, for its confirmation: how many of each, what goes, and that
 * it is one save (all or nothing, one audit entry for each item).
 */
export function eraseAllText(items: readonly Pick<RetentionItem, 'kind'>[]): string[] {
  const count = (k: RetentionItem['kind']) => items.filter((i) => i.kind === k).length;
  const people = count('member') + count('volunteer');
  const lines: string[] = [];
  if (people > 0) lines.push(`${plural(people, 'person', 'people')} who left will be erased as “Erase this person” does: their details go, and registers and reports still count them as anonymous placeholders.`);
  const fields = [
    count('dbs') > 0 ? `${plural(count('dbs'), 'DBS certificate number', 'DBS certificate numbers')}` : '',
    count('supervision') > 0 ? `private notes from ${plural(count('supervision'), 'supervision', 'supervisions')}` : '',
    count('referral') > 0 ? `the person’s details on ${plural(count('referral'), 'closed referral', 'closed referrals')}` : '',
  ].filter(Boolean);
  if (fields.length > 0) lines.push(`${fields.join(', ')} will go; the dates and outcomes stay.`.replace(/^./, (c) => c.toUpperCase()));
  lines.push(
    'Everything is erased in one save, so either all of it goes or, if something goes wrong, none of it; the audit log has a line for each item. This cannot be undone.',
    'Backups made before today keep these details until they are deleted.',
  );
  return lines;
}

/** "the DBS certificate number (…) of Alison Fotheringham": how buttons and dialogs name one item. */
export function itemName(item: Pick<RetentionItem, 'what' | 'who'>): string {
  return `the ${lowerFirst(item.what)} of ${item.who}`;
}
