import { describe, expect, it } from 'vitest';
import { volunteersKind } from '../../../../electron/documents';
import { volunteersV1ToV2 } from '../../../../electron/store/migrations/volunteers-v1-to-v2';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('volunteers v1 → v2', () => {
  it('gives each volunteer an empty consent log, made up from nothing (not even their contact preferences), without changing its input', () => {
    const sian = { id: 'v1', firstName: 'Siân', contactPreferences: ['email', 'post'], email: 'sian@example.org' };
    const v1 = { schemaVersion: 1, volunteers: [sian, { id: 'v2', firstName: 'Łukasz', contactPreferences: [] }] };
    const before = structuredClone(v1);
    expect(volunteersV1ToV2.apply(v1)).toEqual({
      schemaVersion: 2,
      volunteers: [
        { ...sian, consents: [] },
        { id: 'v2', firstName: 'Łukasz', contactPreferences: [], consents: [] },
      ],
    });
    expect(v1).toEqual(before);
  });

  it('keeps a consent log already there, and reads an empty or odd document as no volunteers', () => {
    const kept = { id: 'v3', consents: [{ id: 'c1', what: 'Contact by email', date: '2026-01-02', how: 'written' }] };
    expect(volunteersV1ToV2.apply({ schemaVersion: 1, volunteers: [kept] })).toEqual({ schemaVersion: 2, volunteers: [kept] });
    expect(volunteersV1ToV2.apply({ schemaVersion: 1 })).toEqual({ schemaVersion: 2, volunteers: [] });
    expect(volunteersV1ToV2.apply(null)).toEqual({ schemaVersion: 2, volunteers: [] });
  });

  it("is the kind's second step, and the prototype's file still opens as the current version", async () => {
    expect(volunteersKind.migrations[1]).toBe(volunteersV1ToV2);
    expectOpensAsCurrent(volunteersKind, 'volunteers.json', await readV0('data-v0/volunteers.json'));
  });
});
