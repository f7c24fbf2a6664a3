import { format } from 'date-fns';
import type { AnyDocumentKind } from './kinds';

/** Partition keys become part of a file name, so they must not carry dots or separators. */
const PARTITION_KEY = /^[A-Za-z0-9_-]{1,40}$/;
const KIND_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

export function assertValidKindName(name: string): void {
  if (!KIND_NAME.test(name)) throw new Error(`Document kind name "${name}" must be lower case letters, digits, - or _`);
}

export function isValidPartitionKey(key: string): boolean {
  return PARTITION_KEY.test(key);
}

/** `volunteers.json`, or `audit-2026.json` for a partitioned kind. */
export function documentFileName(kind: AnyDocumentKind, key: string | undefined): string {
  if (!kind.partitioned) {
    if (key !== undefined) throw new Error(`Document kind "${kind.name}" is not partitioned; no key expected`);
    return `${kind.name}.json`;
  }
  if (key === undefined || !isValidPartitionKey(key)) {
    throw new Error(`Document kind "${kind.name}" needs a partition key of letters, digits, - or _ (got ${String(key)})`);
  }
  return `${kind.name}-${key}.json`;
}

export interface DocumentFileRef {
  kind: AnyDocumentKind;
  key: string | undefined;
}

/** Which registered document a file name belongs to, or null for anything else in the folder. */
export function parseDocumentFileName(fileName: string, kinds: readonly AnyDocumentKind[]): DocumentFileRef | null {
  if (!fileName.endsWith('.json')) return null;
  const base = fileName.slice(0, -'.json'.length);
  const plain = kinds.find((k) => !k.partitioned && k.name === base);
  if (plain) return { kind: plain, key: undefined };
  // Longest name first, so a kind "audit-log" is not read as kind "audit", key "log-2026".
  const partitioned = kinds.filter((k) => k.partitioned).sort((a, b) => b.name.length - a.name.length);
  for (const kind of partitioned) {
    const prefix = `${kind.name}-`;
    if (base.startsWith(prefix) && isValidPartitionKey(base.slice(prefix.length))) {
      return { kind, key: base.slice(prefix.length) };
    }
  }
  return null;
}

/** Local time, as the coordinator reads it on their own computer. */
export const corruptStamp = (date: Date): string => format(date, "yyyy-MM-dd'T'HH-mm-ss");
export const backupStamp = (date: Date): string => format(date, 'yyyy-MM-dd-HHmmss');
export const dayStamp = (date: Date): string => format(date, 'yyyy-MM-dd');
