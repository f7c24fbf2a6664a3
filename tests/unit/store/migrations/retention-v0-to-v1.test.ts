import { describe, expect, it } from 'vitest';
import { retentionKind } from '../../../../electron/documents';
import { retentionV0ToV1 } from '../../../../electron/store/migrations/retention-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// The keep decisions began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('retention v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(retentionV0ToV1.apply({})).toEqual({ kept: [], schemaVersion: 1 });
    expect(retentionV0ToV1.apply({ kept: [{ id: 'k1' }] })).toEqual({ kept: [{ id: 'k1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(retentionKind.migrations[0]).toBe(retentionV0ToV1);
    expectOpensAsCurrent(retentionKind, 'retention.json', {});
  });
});
