import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../shared/duration';

describe('formatDuration', () => {
  it.each([
    [150, '2 hours 30 minutes'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [45, '45 minutes'],
    [0, '0 hours'],
    [120, '2 hours'],
    [74_070, '1,234 hours 30 minutes'],
    // Minutes are whole; a share of a session's time can come out fractional.
    [89.6, '1 hour 30 minutes'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
