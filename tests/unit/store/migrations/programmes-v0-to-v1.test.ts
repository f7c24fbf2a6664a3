import { describe, expect, it } from 'vitest';
import { programmesKind } from '../../../../electron/documents';
import { programmesV0ToV1 } from '../../../../electron/store/migrations/programmes-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// Programmes began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('programmes v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(programmesV0ToV1.apply({})).toEqual({ programmes: [], schemaVersion: 1 });
    const withOne = { programmes: [{ id: 'p1' }] };
    expect(programmesV0ToV1.apply(withOne)).toEqual({ programmes: [{ id: 'p1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(programmesKind.migrations[0]).toBe(programmesV0ToV1);
    expectOpensAsCurrent(programmesKind, 'programmes.json', {});
  });
});
