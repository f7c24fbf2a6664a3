import { describe, expect, it } from 'vitest';
import { sessionsKind } from '../../../../electron/documents';
import { sessionsV0ToV1 } from '../../../../electron/store/migrations/sessions-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('sessions v0 → v1', () => {
  it("adds schemaVersion to a year's sessions and changes nothing else", async () => {
    const v0 = await readV0('v0-documents/sessions-2025.json');
    const before = structuredClone(v0) as object;
    expect(sessionsV0ToV1.apply(v0)).toEqual({ ...before, schemaVersion: 1 });
    expect(v0).toEqual(before);
  });

  it('gives a document with nothing in it empty lists', () => {
    expect(sessionsV0ToV1.apply({})).toEqual({ sessions: [], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(sessionsKind.migrations[0]).toBe(sessionsV0ToV1);
    expectOpensAsCurrent(sessionsKind, 'sessions-2025.json', await readV0('v0-documents/sessions-2025.json'));
  });
});
