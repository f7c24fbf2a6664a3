import type { AnyDocumentKind, Store } from '../../store/types';
import type { AppContext } from './context';

/**
 * Lookups built over a whole list (volunteer names by id, members by id) cost more than the
 * search or save that needs them once a folder holds thousands of people, so they are kept
 * until a document they were built from changes. The store bumps a document's version on
 * every change, so a lookup is right exactly while the versions it was built at still hold.
 * Kept per store: a test (or a restore into a new store) never sees another folder's lookups.
 */

/** A plain document kind, or one document of a partitioned kind: [kind, key]. */
export type Dependency = AnyDocumentKind | readonly [AnyDocumentKind, string];

interface Entry {
  versions: number[];
  value: unknown;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

function versionsOf(store: Store, dependencies: readonly Dependency[]): number[] {
  return dependencies.map((d) => ('name' in d ? store.version(d) : store.version(d[0], d[1])));
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The value `compute` built when `dependencies` were last at their current versions, or a new
 * one. `name` must say what is computed and from which documents (two lookups must never
 * share one). The value is shared between callers: treat it as read-only.
 */
export function cached<T>(ctx: AppContext, name: string, dependencies: readonly Dependency[], compute: () => T): T {
  let entries = caches.get(ctx.store);
  if (!entries) caches.set(ctx.store, (entries = new Map<string, Entry>()));
  const entry = entries.get(name);
  if (entry && same(entry.versions, versionsOf(ctx.store, dependencies))) return entry.value as T;
  const value = compute();
  // Versions read after computing: reading a document for the first time moves its version.
  entries.set(name, { versions: versionsOf(ctx.store, dependencies), value });
  return value;
}
