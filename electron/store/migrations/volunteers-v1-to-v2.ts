/**
 * Volunteers v1 → v2: every volunteer gets a consent log (`consents`), as members have. It
 * starts empty: a contact preference ("Email") is not a record of consent — it has no date and
 * no note of how it was given — so none is made up from it. The newsletter screen counts the
 * volunteers with no email consent on record, so nobody drops off its email list unseen.
 *
 * Frozen when written: it imports nothing (a test checks). A later change of shape is a new
 * migration beside this one.
 */

function withConsentLog(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const record = v as { consents?: unknown };
  return Array.isArray(record.consents) ? record : { ...record, consents: [] };
}

export const volunteersV1ToV2 = {
  from: 1,
  description: 'Give every volunteer an empty consent log',
  apply(doc: unknown): unknown {
    const d = (doc ?? {}) as { volunteers?: unknown };
    const list: unknown[] = Array.isArray(d.volunteers) ? (d.volunteers as unknown[]) : [];
    return { ...d, schemaVersion: 2, volunteers: list.map(withConsentLog) };
  },
};
