import { useEffect, useState } from 'react';

/** Once a minute is often enough for a countdown in hours, and keeps its last hour's minutes right. */
const MINUTE_MS = 60_000;

/** The time now, in milliseconds, moving on every minute: for countdowns shown on screen. */
export function useNow(everyMs: number = MINUTE_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
