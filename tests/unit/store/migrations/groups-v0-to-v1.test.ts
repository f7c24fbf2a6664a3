import { describe, expect, it } from 'vitest';
import { groupsKind } from '../../../../electron/documents';
import { groupsV0ToV1 } from '../../../../electron/store/migrations/groups-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('groups v0 → v1', () => {
  it('adds schemaVersion to venues and groups and changes nothing else', async () => {
    const v0 = await readV0('v0-documents/groups.json');
    const before = structuredClone(v0) as object;
    expect(groupsV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(groupsV0ToV1.apply({})).toEqual({ venues: [], groups: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(groupsKind.migrations[0]).toBe(groupsV0ToV1);
    expectOpensAsCurrent(groupsKind, 'groups.json', await readV0('v0-documents/groups.json'));
  });
});
