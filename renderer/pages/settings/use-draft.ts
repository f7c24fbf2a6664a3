import { useState } from 'react';

export interface Draft<T> {
  value: T;
  set: (next: T) => void;
  /** Differs from what was loaded or last saved: leaving should ask first. */
  dirty: boolean;
  /** Call once `saved` is stored: it becomes what the form compares against. */
  markSaved: (saved: T) => void;
}

/**
 * A settings form's values beside the values last saved. Compared with what was saved, not with
 * the settings as stored: the store trims names and turns "035" into 35, and a form that has
 * just saved must not then count as changed.
 */
export function useDraft<T>(initial: () => T, key: (value: T) => string = (v) => JSON.stringify(v)): Draft<T> {
  const [saved, setSaved] = useState(initial);
  const [value, setValue] = useState(saved);
  return { value, set: setValue, dirty: key(value) !== key(saved), markSaved: setSaved };
}
