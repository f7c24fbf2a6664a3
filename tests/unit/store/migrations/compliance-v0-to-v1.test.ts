import { describe, expect, it } from 'vitest';
import { complianceKind } from '../../../../electron/documents';
import { complianceV0ToV1 } from '../../../../electron/store/migrations/compliance-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('compliance v0 → v1', () => {
  it('adds schemaVersion and the lists a document from before expenses and activation overrides lacks', async () => {
    const v0 = await readV0('v0-documents/compliance.json');
    const before = structuredClone(v0) as object;
    expect(Object.keys(before)).toEqual(['dbsChecks', 'training', 'supervision', 'hours']);
    expect(complianceV0ToV1.apply(v0)).toEqual({ ...before, expenses: [], activationOverrides: [], schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it every list, empty', () => {
    expect(complianceV0ToV1.apply({})).toEqual({
      dbsChecks: [],
      training: [],
      supervision: [],
      hours: [],
      expenses: [],
      activationOverrides: [],
      schemaVersion: 1,
    });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(complianceKind.migrations[0]).toBe(complianceV0ToV1);
    expectOpensAsCurrent(complianceKind, 'compliance.json', await readV0('v0-documents/compliance.json'));
  });
});
