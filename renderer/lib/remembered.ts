/**
 * A list's filters and sort as last left, in this computer's browser storage, so the list
 * opens the same way next time. Fields named in `sessionOnly` (the search, the page) are never
 * stored. Reading ignores anything missing or of the wrong type and falls back to `start`.
 */
export function readRemembered<S extends object>(key: string, start: S, sessionOnly: readonly string[]): S {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return start;
    const stored = raw as Record<string, unknown>;
    const out: Record<string, unknown> = { ...(start as Record<string, unknown>) };
    for (const [name, value] of Object.entries(start)) {
      if (!sessionOnly.includes(name) && typeof stored[name] === typeof value) out[name] = stored[name];
    }
    return out as S;
  } catch {
    return start;
  }
}

export function writeRemembered<S extends object>(key: string, state: S, sessionOnly: readonly string[]): void {
  const kept = Object.fromEntries(Object.entries(state).filter(([name]) => !sessionOnly.includes(name)));
  try {
    window.localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // Storage full or unavailable: the list still works, it just starts from its defaults next time.
  }
}

export function forgetRemembered(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored to forget.
  }
}
