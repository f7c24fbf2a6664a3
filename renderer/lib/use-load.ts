import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './api';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** Fetch again (after a change made on the page). */
  reload: () => Promise<void>;
  /** Replace the data with what a save returned, without fetching. */
  setData: (data: T) => void;
}

/**
 * Loads what a page shows, again whenever a value in `deps` changes (compared by value);
 * a newer load always wins over an older one still in flight.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(load);
  const ticket = useRef(0);
  useEffect(() => {
    latest.current = load;
  });
  const key = JSON.stringify(deps);

  const run = useCallback(() => {
    const mine = ++ticket.current;
    return latest.current().then(
      (value) => {
        if (mine === ticket.current) {
          setData(value);
          setError(null);
        }
      },
      (e: unknown) => {
        if (mine === ticket.current) setError(errorMessage(e));
      },
    );
  }, []);

  useEffect(() => {
    run().catch(() => undefined);
  }, [key, run]);

  return { data, error, reload: run, setData };
}
