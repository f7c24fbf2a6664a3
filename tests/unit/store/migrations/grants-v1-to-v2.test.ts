import { describe, expect, it } from 'vitest';
import { grantsKind } from '../../../../electron/documents';
import { grantsV1ToV2 } from '../../../../electron/store/migrations/grants-v1-to-v2';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('grants v1 → v2', () => {
  it('adds an empty list of sent logos and changes nothing else', () => {
    const v1 = { schemaVersion: 1, grants: [{ id: 'g1', name: 'Hallam' }] };
    const before = structuredClone(v1);
    expect(grantsV1ToV2.apply(v1)).toEqual({ ...before, sentLogos: [], schemaVersion: 2 });
    expect(v1).toEqual(before);
  });

  it("is the kind's second step, and a v0 file still opens as the current version", async () => {
    expect(grantsKind.migrations[1]).toBe(grantsV1ToV2);
    expectOpensAsCurrent(grantsKind, 'grants.json', await readV0('v0-documents/grants.json'));
  });
});
