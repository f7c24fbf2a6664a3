import type { AnyDocumentKind, DocumentKind } from './kinds';

/**
 * A collection is one list of records inside a document kind (`volunteers.json` → its
 * `volunteers` array; `groups.json` holds two, `venues` and `groups`). Handlers write
 * records, not documents: the store turns each put or remove into a line of the journal and
 * applies it to the document in memory. A singleton is one value held by a document (the
 * settings). Names are unique across a store: they label records in tombstones and in the
 * change feed, so they must never change once released.
 */

export interface StoredRecord {
  id: string;
}

export interface Collection<T extends StoredRecord> {
  readonly type: 'collection';
  readonly name: string;
  readonly kind: AnyDocumentKind;
  readonly field: string;
  /** For a partitioned kind: which document a record lives in (a session's year). A method, so collections of subtypes stay assignable. */
  partitionOf?(record: T): string;
  /** Type only: never set. */
  readonly _record?: T;
}

export interface Singleton<T> {
  readonly type: 'singleton';
  readonly name: string;
  readonly kind: AnyDocumentKind;
  readonly field: string;
  readonly _value?: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds collections of every record type
export type AnyCollection = Collection<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds singletons of every value type
export type AnySingleton = Singleton<any>;
export type AnyTarget = AnyCollection | AnySingleton;

type ArrayField<D> = { [F in keyof D]: D[F] extends readonly StoredRecord[] ? F : never }[keyof D] & string;
type ItemOf<D, F extends keyof D> = D[F] extends readonly (infer R)[] ? R : never;

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

export function defineCollection<D extends { schemaVersion: number }, F extends ArrayField<D>>(
  kind: DocumentKind<D>,
  field: F,
  options: { name?: string; partitionOf?: (record: ItemOf<D, F> & StoredRecord) => string } = {},
): Collection<ItemOf<D, F> & StoredRecord> {
  const name = options.name ?? field;
  if (!NAME.test(name)) throw new Error(`Collection name "${name}" must be letters, digits, - or _`);
  if (kind.partitioned && !options.partitionOf) throw new Error(`Collection "${name}" is in the partitioned kind "${kind.name}" and needs partitionOf`);
  if (!kind.partitioned && options.partitionOf) throw new Error(`Collection "${name}": kind "${kind.name}" is not partitioned`);
  const collection: Collection<ItemOf<D, F> & StoredRecord> = { type: 'collection', name, kind, field };
  return options.partitionOf ? { ...collection, partitionOf: options.partitionOf } : collection;
}

export function defineSingleton<D extends { schemaVersion: number }, F extends Exclude<keyof D, 'schemaVersion'> & string>(
  kind: DocumentKind<D>,
  field: F,
  options: { name?: string } = {},
): Singleton<D[F]> {
  const name = options.name ?? field;
  if (!NAME.test(name)) throw new Error(`Singleton name "${name}" must be letters, digits, - or _`);
  if (kind.partitioned) throw new Error(`Singleton "${name}": kind "${kind.name}" is partitioned`);
  return { type: 'singleton', name, kind, field };
}

/** Collections by name, checked once on open: a duplicate name would mix two lists in the journal. */
export function collectionRegistry(targets: readonly AnyTarget[], kinds: readonly AnyDocumentKind[]): Map<string, AnyTarget> {
  const byName = new Map<string, AnyTarget>();
  const fields = new Set<string>();
  for (const target of targets) {
    if (byName.has(target.name)) throw new Error(`Collection "${target.name}" is registered twice`);
    if (!kinds.some((k) => k.name === target.kind.name)) throw new Error(`Collection "${target.name}" belongs to kind "${target.kind.name}", which is not registered`);
    const field = `${target.kind.name}.${target.field}`;
    if (fields.has(field)) throw new Error(`Two collections share the field ${field}`);
    fields.add(field);
    byName.set(target.name, target);
  }
  return byName;
}
