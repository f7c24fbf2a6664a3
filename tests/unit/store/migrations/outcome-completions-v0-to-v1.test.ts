import { describe, expect, it } from 'vitest';
import { outcomeCompletionsKind } from '../../../../electron/documents';
import { outcomeCompletionsV0ToV1 } from '../../../../electron/store/migrations/outcome-completions-v0-to-v1';
import { expectOpensAsCurrent } from './v0-documents';

// Outcome completions began at version 1: there is no v0 file to keep, only the step every kind starts with.
describe('outcome completions v0 → v1', () => {
  it('gives a document with nothing in it schemaVersion and an empty list, keeping what it had', () => {
    expect(outcomeCompletionsV0ToV1.apply({})).toEqual({ completions: [], schemaVersion: 1 });
    expect(outcomeCompletionsV0ToV1.apply({ completions: [{ id: 'c1' }] })).toEqual({ completions: [{ id: 'c1' }], schemaVersion: 1 });
  });

  it("is the kind's first step, and its result opens as the current version", () => {
    expect(outcomeCompletionsKind.migrations[0]).toBe(outcomeCompletionsV0ToV1);
    expectOpensAsCurrent(outcomeCompletionsKind, 'outcome-completions-2026.json', {});
  });
});
