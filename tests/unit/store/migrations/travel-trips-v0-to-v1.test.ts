import { describe, expect, it } from 'vitest';
import { travelTripsKind } from '../../../../electron/documents';
import { travelTripsV0ToV1 } from '../../../../electron/store/migrations/travel-trips-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// Travel buddy trips began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('travel trips v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(travelTripsV0ToV1.apply({})).toEqual({ trips: [], schemaVersion: 1 });
    expect(travelTripsV0ToV1.apply({ trips: [{ id: 't1' }] })).toEqual({ trips: [{ id: 't1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(travelTripsKind.migrations[0]).toBe(travelTripsV0ToV1);
    expectOpensAsCurrent(travelTripsKind, 'travel-trips.json', {});
  });
});
