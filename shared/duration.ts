/**
 * Volunteer time in words, the one way the Hours tab and the hours letter show it:
 * "2 hours 30 minutes", "1 hour", "45 minutes", "1,234 hours". Exact to the minute, and
 * read the same aloud as on paper, where "2.5" could be hours or hours-and-minutes.
 */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const hours = h > 0 ? `${h.toLocaleString('en-GB')} ${h === 1 ? 'hour' : 'hours'}` : '';
  const mins = m > 0 ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '';
  return [hours, mins].filter(Boolean).join(' ') || '0 hours';
}
