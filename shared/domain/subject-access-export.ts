import { HELD_KIND_INFO, type HeldField, type HeldItem, type HeldKind, type HeldTable } from './held-data';
import { dueDate, REQUEST_METHOD_LABELS, type SubjectAccessRequest } from './subject-access';

/**
 * The machine-readable half of a subject access pack ("data portability"): one JSON file any
 * program can read. Its shape is documented here and in docs/guide.md; `version` goes up when
 * a field changes meaning or goes, never for a field added.
 *
 * {
 *   "format": "peer-desk-subject-access",
 *   "version": 1,
 *   "madeOn": "2026-01-20",                      // ISO date the pack was made
 *   "organisation": "Hillside Peer Support",
 *   "person": { "name": "Amira Haddad", "recordType": "member" },
 *   "request": { "received": "2026-01-04", "how": "By email", "due": "2026-02-04" },
 *   "items": [ {
 *     "id": "programme-session:…",                // stable id of the item
 *     "kind": "programme-session",                 // one of HELD_KINDS
 *     "heading": "One-to-one session notes",       // the kind in words
 *     "title": "Session on 12/01/2026",
 *     "date": "2026-01-12",                        // ISO, when the item has one
 *     "fields": [ { "label": "Note", "value": "…" } ],
 *     "table": { "columns": ["Date", …], "rows": [["12/01/2026", …]] }   // only some kinds
 *   } ],
 *   "withheld": [ { "heading": "Supervision", "reason": "It identifies someone else" } ]
 * }
 *
 * Withheld items are listed by their kind and the reason only, never their content.
 */

export const SUBJECT_ACCESS_FORMAT = 'peer-desk-subject-access';
export const SUBJECT_ACCESS_JSON_VERSION = 1;

export interface PackJsonItem {
  id: string;
  kind: HeldKind;
  heading: string;
  title: string;
  date?: string;
  fields: HeldField[];
  table?: HeldTable;
}

export interface PackJson {
  format: typeof SUBJECT_ACCESS_FORMAT;
  version: typeof SUBJECT_ACCESS_JSON_VERSION;
  madeOn: string;
  organisation: string;
  person: { name: string; recordType: SubjectAccessRequest['subjectType'] };
  request: { received: string; how: string; due: string };
  items: PackJsonItem[];
  withheld: { heading: string; reason: string }[];
}

/** The items that go in the pack: everything held, less what the coordinator withheld. */
export function itemsToRelease(items: readonly HeldItem[], request: Pick<SubjectAccessRequest, 'withheld'>): HeldItem[] {
  const withheld = new Set(request.withheld.map((w) => w.itemId));
  return items.filter((i) => !withheld.has(i.id));
}

/** The withheld items still on record, by kind and reason (an item since deleted is not counted). */
export function withheldSummary(items: readonly HeldItem[], request: Pick<SubjectAccessRequest, 'withheld'>): { heading: string; reason: string }[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return request.withheld.flatMap((w) => {
    const item = byId.get(w.itemId);
    return item ? [{ heading: HELD_KIND_INFO[item.kind].heading, reason: w.reason }] : [];
  });
}

export function packJson(input: { request: SubjectAccessRequest; name: string; organisation: string; madeOn: string; items: readonly HeldItem[] }): PackJson {
  const { request } = input;
  return {
    format: SUBJECT_ACCESS_FORMAT,
    version: SUBJECT_ACCESS_JSON_VERSION,
    madeOn: input.madeOn,
    organisation: input.organisation,
    person: { name: input.name, recordType: request.subjectType },
    request: { received: request.receivedDate, how: REQUEST_METHOD_LABELS[request.method], due: dueDate(request) },
    items: itemsToRelease(input.items, request).map((i) => ({
      id: i.id,
      kind: i.kind,
      heading: HELD_KIND_INFO[i.kind].heading,
      title: i.title,
      ...(i.date ? { date: i.date } : {}),
      fields: i.fields,
      ...(i.table ? { table: i.table } : {}),
    })),
    withheld: withheldSummary(input.items, request),
  };
}
