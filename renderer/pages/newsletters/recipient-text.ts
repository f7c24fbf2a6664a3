import type { Channel } from '../../../shared/domain/newsletters';

/** "135 by email, 60 by post and 10 in large print" */
export function channelSentence(counts: Record<Channel, number>): string {
  const parts = [`${counts.email} by email`, `${counts.post} by post`, `${counts['large-print']} in large print`];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

export function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}
