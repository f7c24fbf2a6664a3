import { describe, expect, it } from 'vitest';
import { membersKind } from '../../../../electron/documents';
import { membersV0ToV1 } from '../../../../electron/store/migrations/members-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('members v0 → v1', () => {
  it('adds schemaVersion to members and changes nothing else', async () => {
    const v0 = await readV0('v0-documents/members.json');
    const before = structuredClone(v0) as object;
    expect(membersV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(membersV0ToV1.apply({})).toEqual({ members: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(membersKind.migrations[0]).toBe(membersV0ToV1);
    expectOpensAsCurrent(membersKind, 'members.json', await readV0('v0-documents/members.json'));
  });
});
