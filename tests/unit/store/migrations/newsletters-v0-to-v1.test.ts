import { describe, expect, it } from 'vitest';
import { newslettersKind } from '../../../../electron/documents';
import { newslettersV0ToV1 } from '../../../../electron/store/migrations/newsletters-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('newsletters v0 → v1', () => {
  it("adds schemaVersion to a year's newsletter issues and changes nothing else", async () => {
    const v0 = await readV0('v0-documents/newsletters-2025.json');
    const before = structuredClone(v0) as object;
    expect(newslettersV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(newslettersV0ToV1.apply({})).toEqual({ issues: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(newslettersKind.migrations[0]).toBe(newslettersV0ToV1);
    expectOpensAsCurrent(newslettersKind, 'newsletters-2025.json', await readV0('v0-documents/newsletters-2025.json'));
  });
});
