import zlib from 'node:zlib';
import type { StoredDoc } from './document-state';
import { interpretDocument } from './interpret';
import { recordCount, type ManifestEntry } from './manifest';
import type { AnyDocumentKind, Codec } from './kinds';

/**
 * Bytes of a document file → the document in memory. A file whose size and checksum match
 * what the last checkpoint wrote (and that this version of Peer Desk wrote) is ours, unchanged,
 * so it is only parsed; anything else — an older version's file, one edited by hand, one
 * restored — is migrated and validated in full.
 */

export type LoadedDocument =
  | {
      ok: true;
      doc: StoredDoc;
      entry: ManifestEntry;
      trusted: boolean;
      migratedFrom: number | null;
      /** Validation changed the data (defaults filled, unknown fields dropped): write it back. */
      rewrite: boolean;
    }
  | { ok: false; reason: string };

/** Structural equality of JSON values, ignoring key order (validation may reorder keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

export function describeFile(kind: AnyDocumentKind, doc: StoredDoc, bytes: number, crc32: number): ManifestEntry {
  return { bytes, crc32, schemaVersion: doc.schemaVersion, records: recordCount(doc), counts: kind.count ? kind.count(doc) : {} };
}

export function loadDocument(kind: AnyDocumentKind, fileName: string, bytes: Buffer, codec: Codec, trustedEntries: readonly (ManifestEntry | undefined)[]): LoadedDocument {
  const crc32 = zlib.crc32(bytes);
  let text: string;
  try {
    text = codec.decode(bytes);
  } catch {
    return { ok: false, reason: 'The file could not be decoded (it may be damaged)' };
  }
  const trusted = trustedEntries.find((e) => e !== undefined && e.bytes === bytes.length && e.crc32 === crc32 && e.schemaVersion === kind.version);
  if (trusted) {
    try {
      const doc = JSON.parse(text) as StoredDoc;
      if (typeof doc === 'object' && doc !== null && doc.schemaVersion === kind.version) {
        return { ok: true, doc, entry: trusted, trusted: true, migratedFrom: null, rewrite: false };
      }
    } catch {
      // A checksum match on unparseable text cannot happen by accident; fall through to the full path.
    }
  }
  const result = interpretDocument(kind, fileName, text);
  if (!result.ok) return result;
  // Migrated documents are rewritten anyway; otherwise compare with the file as it was.
  const rewrite = result.migratedFrom !== null || !sameJson(JSON.parse(text), result.doc);
  return { ok: true, doc: result.doc, entry: describeFile(kind, result.doc, bytes.length, crc32), trusted: false, migratedFrom: result.migratedFrom, rewrite };
}
