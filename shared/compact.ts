/** JSON has no undefined; dropping absent keys keeps records the same shape as when reloaded. */
export function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
