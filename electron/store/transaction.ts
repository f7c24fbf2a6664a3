import { ApiError } from '../../shared/errors';
import type { AnyCollection, Collection, Singleton, StoredRecord } from './collections';
import type { JournalOp, JournalRecord } from './commit-format';
import { isValidPartitionKey } from './file-names';

/**
 * What a handler writes with: records put or removed and singletons set, collected by
 * `store.transaction(tx => …)` into one commit. Reads through `tx` see the transaction's
 * own writes. `replaces` is the stale-edit check: the put (or remove) goes ahead only if the
 * record on file is still the very one the handler read, so two saves racing each other
 * cannot silently undo one another.
 */
export interface Transaction {
  get<T extends StoredRecord>(collection: Collection<T>, id: string, partition?: string): T | undefined;
  value<T>(singleton: Singleton<T>): T;
  put<T extends StoredRecord>(collection: Collection<T>, record: T, options?: PutOptions<T>): void;
  /** Removes the record (found by its id and, for a partitioned kind, its partition); leaves a tombstone. */
  remove<T extends StoredRecord>(collection: Collection<T>, record: T, options?: { replaces?: T }): void;
  set<T>(singleton: Singleton<T>, value: T, options?: { replaces?: T }): void;
}

export interface PutOptions<T> {
  /** The record as the handler read it; undefined skips the check, null means "must be new". */
  replaces?: T | null;
}

export const STALE_RECORD_MESSAGE =
  'This record was changed somewhere else since you opened it. Your changes were not saved: reopen the record and make them again.';
export const GONE_RECORD_MESSAGE = 'That record is no longer there. It may have been deleted. Your changes were not saved.';

/** How a transaction reads the store's current state (before its own writes). */
export interface TransactionReader {
  record(collection: AnyCollection, id: string, partition: string | undefined): StoredRecord | undefined;
  value(singleton: Singleton<unknown>): unknown;
}

const ABSENT = Symbol('absent');

export class StagedTransaction implements Transaction {
  readonly ops: JournalOp[] = [];
  private readonly staged = new Map<string, StoredRecord | typeof ABSENT>();
  private readonly stagedValues = new Map<string, unknown>();

  constructor(private readonly reader: TransactionReader) {}

  private partitionFor<T extends StoredRecord>(collection: Collection<T>, record: T): string | undefined {
    if (!collection.partitionOf) return undefined;
    const key = collection.partitionOf(record);
    if (!isValidPartitionKey(key)) throw new Error(`Collection "${collection.name}": partition key "${key}" is not letters, digits, - or _`);
    return key;
  }

  private current(collection: AnyCollection, id: string, partition: string | undefined): StoredRecord | undefined {
    const staged = this.staged.get(`${collection.name}\u0000${partition ?? ''}\u0000${id}`);
    if (staged === ABSENT) return undefined;
    return staged ?? this.reader.record(collection, id, partition);
  }

  private check(found: unknown, replaces: unknown): void {
    if (replaces === undefined) return;
    if (replaces === null) {
      if (found !== undefined) throw new ApiError('CONFLICT', 'That record is already on file. It may have been saved twice: reload and check.');
      return;
    }
    if (found === undefined) throw new ApiError('NOT_FOUND', GONE_RECORD_MESSAGE);
    if (found !== replaces) throw new ApiError('CONFLICT', STALE_RECORD_MESSAGE);
  }

  get<T extends StoredRecord>(collection: Collection<T>, id: string, partition?: string): T | undefined {
    if (collection.partitionOf && partition === undefined) throw new Error(`Collection "${collection.name}" needs a partition to find a record`);
    return this.current(collection as AnyCollection, id, partition) as T | undefined;
  }

  value<T>(singleton: Singleton<T>): T {
    return (this.stagedValues.has(singleton.name) ? this.stagedValues.get(singleton.name) : this.reader.value(singleton)) as T;
  }

  put<T extends StoredRecord>(collection: Collection<T>, record: T, options: PutOptions<T> = {}): void {
    const partition = this.partitionFor(collection, record);
    if (options.replaces && this.partitionFor(collection, options.replaces) !== partition) {
      throw new Error(`Collection "${collection.name}": a record cannot move to another partition`);
    }
    // Only a checked put reads the record on file: a blind put to a document not read yet stays cheap.
    if (options.replaces !== undefined) this.check(this.current(collection as AnyCollection, record.id, partition), options.replaces);
    this.staged.set(`${collection.name}\u0000${partition ?? ''}\u0000${record.id}`, record);
    const v = record as StoredRecord as JournalRecord;
    this.ops.push(partition === undefined ? { op: 'put', c: collection.name, v } : { op: 'put', c: collection.name, p: partition, v });
  }

  remove<T extends StoredRecord>(collection: Collection<T>, record: T, options: { replaces?: T } = {}): void {
    const partition = this.partitionFor(collection, record);
    const found = this.current(collection as AnyCollection, record.id, partition);
    this.check(found, options.replaces);
    if (found === undefined) return;
    this.staged.set(`${collection.name}\u0000${partition ?? ''}\u0000${record.id}`, ABSENT);
    this.ops.push(partition === undefined ? { op: 'del', c: collection.name, id: record.id } : { op: 'del', c: collection.name, p: partition, id: record.id });
  }

  set<T>(singleton: Singleton<T>, value: T, options: { replaces?: T } = {}): void {
    if (options.replaces !== undefined && this.value(singleton) !== options.replaces) throw new ApiError('CONFLICT', STALE_RECORD_MESSAGE);
    this.stagedValues.set(singleton.name, value);
    this.ops.push({ op: 'set', c: singleton.name, v: value });
  }
}
