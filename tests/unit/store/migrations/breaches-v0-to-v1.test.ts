import { describe, expect, it } from 'vitest';
import { breachesKind } from '../../../../electron/documents';
import { breachesV0ToV1 } from '../../../../electron/store/migrations/breaches-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// The breach log began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('breaches v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(breachesV0ToV1.apply({})).toEqual({ breaches: [], schemaVersion: 1 });
    expect(breachesV0ToV1.apply({ breaches: [{ id: 'b1' }] })).toEqual({ breaches: [{ id: 'b1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(breachesKind.migrations[0]).toBe(breachesV0ToV1);
    expectOpensAsCurrent(breachesKind, 'breaches.json', {});
  });
});
