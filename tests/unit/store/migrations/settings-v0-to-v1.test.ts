import { describe, expect, it } from 'vitest';
import { settingsKind } from '../../../../electron/documents';
import { settingsV0ToV1 } from '../../../../electron/store/migrations/settings-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

describe('settings v0 → v1', () => {
  it("adds schemaVersion to the prototype's settings and changes nothing else", async () => {
    const v0 = await readV0('data-v0/settings.json');
    expect(settingsV0ToV1.apply(v0)).toEqual({
      settings: { organisationName: 'Helping One Another', textSize: 'standard', setUpDone: true },
      schemaVersion: 1,
    });
    expect(v0).toEqual({ settings: { organisationName: 'Helping One Another', textSize: 'standard', setUpDone: true } });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(settingsKind.migrations[0]).toBe(settingsV0ToV1);
    // Settings added since the prototype are filled in by the current schema's defaults.
    expectOpensAsCurrent(settingsKind, 'settings.json', await readV0('data-v0/settings.json'));
  });
});
