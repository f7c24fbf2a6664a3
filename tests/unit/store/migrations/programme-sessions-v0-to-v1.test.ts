import { describe, expect, it } from 'vitest';
import { programmeSessionsKind } from '../../../../electron/documents';
import { programmeSessionsV0ToV1 } from '../../../../electron/store/migrations/programme-sessions-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// One-to-one sessions began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('programme sessions v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(programmeSessionsV0ToV1.apply({})).toEqual({ sessions: [], schemaVersion: 1 });
    expect(programmeSessionsV0ToV1.apply({ sessions: [{ id: 's1' }] })).toEqual({ sessions: [{ id: 's1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(programmeSessionsKind.migrations[0]).toBe(programmeSessionsV0ToV1);
    expectOpensAsCurrent(programmeSessionsKind, 'programme-sessions-2026.json', {});
  });
});
