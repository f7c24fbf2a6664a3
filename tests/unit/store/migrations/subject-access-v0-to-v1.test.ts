import { describe, expect, it } from 'vitest';
import { subjectAccessKind } from '../../../../electron/documents';
import { subjectAccessV0ToV1 } from '../../../../electron/store/migrations/subject-access-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// The request log began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('subject access v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(subjectAccessV0ToV1.apply({})).toEqual({ requests: [], schemaVersion: 1 });
    expect(subjectAccessV0ToV1.apply({ requests: [{ id: 'r1' }] })).toEqual({ requests: [{ id: 'r1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(subjectAccessKind.migrations[0]).toBe(subjectAccessV0ToV1);
    expectOpensAsCurrent(subjectAccessKind, 'subject-access.json', {});
  });
});
