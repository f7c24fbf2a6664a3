import { describe, expect, it } from 'vitest';
import { referralsKind } from '../../../../electron/documents';
import { referralsV0ToV1 } from '../../../../electron/store/migrations/referrals-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('referrals v0 → v1', () => {
  it('adds schemaVersion to referrals and changes nothing else', async () => {
    const v0 = await readV0('v0-documents/referrals.json');
    const before = structuredClone(v0) as object;
    expect(referralsV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(referralsV0ToV1.apply({})).toEqual({ referrals: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(referralsKind.migrations[0]).toBe(referralsV0ToV1);
    expectOpensAsCurrent(referralsKind, 'referrals.json', await readV0('v0-documents/referrals.json'));
  });
});
