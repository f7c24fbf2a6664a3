import { describe, expect, it } from 'vitest';
import { auditKind } from '../../../../electron/documents';
import { auditV0ToV1 } from '../../../../electron/store/migrations/audit-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('audit v0 → v1', () => {
  it("adds schemaVersion to a year's audit log and changes nothing else", async () => {
    const v0 = await readV0('v0-documents/audit-2025.json');
    const before = structuredClone(v0) as object;
    expect(auditV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(auditV0ToV1.apply({})).toEqual({ entries: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(auditKind.migrations[0]).toBe(auditV0ToV1);
    expectOpensAsCurrent(auditKind, 'audit-2025.json', await readV0('v0-documents/audit-2025.json'));
  });
});
