import { describe, expect, it } from 'vitest';
import { erasuresKind } from '../../../../electron/documents';
import { erasuresV0ToV1 } from '../../../../electron/store/migrations/erasures-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// The erasure log began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('erasures v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(erasuresV0ToV1.apply({})).toEqual({ erasures: [], schemaVersion: 1 });
    expect(erasuresV0ToV1.apply({ erasures: [{ id: 'e1' }] })).toEqual({ erasures: [{ id: 'e1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(erasuresKind.migrations[0]).toBe(erasuresV0ToV1);
    expectOpensAsCurrent(erasuresKind, 'erasures.json', {});
  });
});
