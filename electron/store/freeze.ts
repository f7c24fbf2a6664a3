/**
 * Records are shared between the documents in memory, a checkpoint being written and the
 * handlers that read them, so nothing may edit one in place. Under test every record is
 * frozen as it enters memory, so code that tries fails at once instead of corrupting a
 * checkpoint now and then.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value as object)) deepFreeze(child);
  return value;
}

/** Freezes a document's records and values, but not its lists: the store adds to and removes from those. */
export function freezeRecords<T extends object>(doc: T): T {
  for (const value of Object.values(doc)) {
    if (Array.isArray(value)) for (const item of value) deepFreeze(item);
    else deepFreeze(value);
  }
  return doc;
}
