import { describe, expect, it } from 'vitest';
import { tombstonesV0ToV1 } from '../../../../electron/store/migrations/tombstones-v0-to-v1';
import { tombstonesKind } from '../../../../electron/store/tombstones';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('tombstones v0 → v1', () => {
  it('adds schemaVersion to the tombstones and changes nothing else', async () => {
    const v0 = await readV0('v0-documents/tombstones.json');
    const before = structuredClone(v0) as object;
    expect(tombstonesV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it an empty list', () => {
    expect(tombstonesV0ToV1.apply({})).toEqual({ tombstones: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(tombstonesKind.migrations[0]).toBe(tombstonesV0ToV1);
    expectOpensAsCurrent(tombstonesKind, 'tombstones.json', await readV0('v0-documents/tombstones.json'));
  });
});
