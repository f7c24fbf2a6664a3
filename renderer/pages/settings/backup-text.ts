/** "487 volunteers, 1,203 audit entries" */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${n.toLocaleString('en-GB')} ${n === 1 ? kind.replace(/s$/, '').replace(/ie$/, 'y') : kind}`);
  return parts.length > 0 ? parts.join(', ') : 'no records';
}

export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
