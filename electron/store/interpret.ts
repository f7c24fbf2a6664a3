import { migrateDocument, UnreadableDocumentError } from './migrate';
import type { AnyDocumentKind } from './kinds';

export type Interpreted =
  | { ok: true; doc: { schemaVersion: number }; migratedFrom: number | null }
  | { ok: false; reason: string };

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
}

/** "volunteers.3.lastName is missing": what a coordinator (or the support volunteer) can act on. */
export function describeIssues(issues: readonly IssueLike[]): string {
  const [first] = issues;
  if (!first) return 'The file has the wrong shape';
  const where = first.path.length ? first.path.map(String).join('.') : 'the document';
  const what =
    first.code === 'invalid_type' && first.input === undefined
      ? 'is missing'
      : `is not right (${first.message.charAt(0).toLowerCase()}${first.message.slice(1)})`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  return `The file has the wrong shape: ${where} ${what}${more}`;
}

/**
 * Text of a document → the document at the current version, validated. NewerVersionError is
 * thrown (the caller must change nothing); every other failure is a plain-English reason.
 */
export function interpretDocument(kind: AnyDocumentKind, fileName: string, text: string): Interpreted {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: text.trim() === '' ? 'The file is empty (it may have been cut short)' : 'The file is not valid JSON (it may have been cut short)',
    };
  }
  let migrated: { doc: unknown; from: number };
  try {
    migrated = migrateDocument(kind, fileName, raw);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return { ok: false, reason: error.message };
    throw error;
  }
  const result = kind.schema.safeParse(migrated.doc, { reportInput: true });
  if (!result.success) return { ok: false, reason: describeIssues(result.error.issues) };
  const doc = result.data as { schemaVersion: number };
  return { ok: true, doc, migratedFrom: migrated.from < kind.version ? migrated.from : null };
}
