import { describe, expect, it } from 'vitest';
import { grantsKind } from '../../../../electron/documents';
import { grantsV0ToV1 } from '../../../../electron/store/migrations/grants-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('grants v0 → v1', () => {
  it('adds schemaVersion to grants and changes nothing else', async () => {
    const v0 = await readV0('v0-documents/grants.json');
    const before = structuredClone(v0) as object;
    expect(grantsV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(grantsV0ToV1.apply({})).toEqual({ grants: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(grantsKind.migrations[0]).toBe(grantsV0ToV1);
    expectOpensAsCurrent(grantsKind, 'grants.json', await readV0('v0-documents/grants.json'));
  });
});
