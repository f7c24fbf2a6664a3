import { useEffect } from 'react';

/**
 * The Privacy page's sections each load their own list; an action in one can change another's
 * (erasing a person from the retention list adds a line to the erasure log). The section that
 * acted says so, and the others listening load again.
 */

const EVENT = 'peer-desk:privacy-changed';

export function announcePrivacyChange(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function usePrivacyChanges(reload: () => Promise<void>): void {
  useEffect(() => {
    const listener = () => void reload();
    window.addEventListener(EVENT, listener);
    return () => window.removeEventListener(EVENT, listener);
  }, [reload]);
}
