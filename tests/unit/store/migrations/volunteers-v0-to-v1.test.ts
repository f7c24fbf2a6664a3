import { describe, expect, it } from 'vitest';
import { volunteersKind } from '../../../../electron/documents';
import { volunteersV0ToV1 } from '../../../../electron/store/migrations/volunteers-v0-to-v1';
import { expectOpensAsCurrent, readV0 } from './v0-documents';

const HISTORY_NOTE = 'Status at the time history began to be kept';

describe('volunteers v0 → v1', () => {
  it("turns the prototype's spreadsheet rows into v1 records, without changing its input", async () => {
    const v0 = await readV0('data-v0/volunteers.json');
    const before = structuredClone(v0);
    expect(volunteersV0ToV1.apply(v0)).toEqual({
      schemaVersion: 1,
      volunteers: [
        {
          id: '3f0d2a8e-1c55-4c8e-9d35-0b1f6f0a9a01',
          createdAt: '2019-09-01T09:00:00.000Z',
          updatedAt: '2019-09-01T09:00:00.000Z',
          firstName: 'Siân',
          lastName: 'Llewelyn',
          email: 'sian@example.org',
          phone: '07700 900123',
          address: { line1: '12 Crookes Road', town: 'Sheffield', postcode: 'S10 1UB' },
          dateOfBirth: '1985-03-07',
          emergencyContact: {},
          workforceType: 'voluntary',
          roles: ['group-facilitator', 'travel-buddy'],
          languages: [],
          availability: [],
          interests: [],
          startDate: '2019-09-01',
          notes: 'Runs the Tuesday group',
          contactPreferences: [],
          status: 'active',
          statusHistory: [{ status: 'active', date: '2019-09-01', note: HISTORY_NOTE, recordedAt: '2019-09-01T09:00:00.000Z' }],
        },
        {
          // No id, an unknown status and no dates: a made-up id, the start of the pipeline,
          // and history dated from when the row was made.
          id: 'v0-2',
          createdAt: '2020-02-03T10:00:00.000Z',
          updatedAt: '2020-02-03T10:00:00.000Z',
          firstName: 'Kwame',
          lastName: 'Mensah',
          address: {},
          emergencyContact: {},
          workforceType: 'voluntary',
          roles: [],
          languages: [],
          availability: [],
          interests: [],
          contactPreferences: [],
          status: 'enquiry',
          statusHistory: [{ status: 'enquiry', date: '2020-02-03', note: HISTORY_NOTE, recordedAt: '2020-02-03T10:00:00.000Z' }],
        },
      ],
    });
    expect(v0).toEqual(before);
  });

  it('reads dates and roles as they were typed, with the rules of the day it was written', () => {
    const row = (fields: Record<string, string>) => ({ firstName: 'Ann', lastName: 'Lee', createdAt: '2019-01-01T09:00:00.000Z', ...fields });
    const v1 = volunteersV0ToV1.apply({
      volunteers: [
        row({ dateOfBirth: ' 7.3.1985 ', startDate: '2019-09-01', roles: 'Travel Buddy, admin volunteer; Tea rota' }),
        row({ dateOfBirth: '29/02/1981', startDate: '01-02-03', roles: ' ; ' }),
        row({ dateOfBirth: '29-02-1984', startDate: '31/12/1849', roles: 'peer_coach' }),
      ],
    }) as { volunteers: Record<string, unknown>[] };
    expect(v1.volunteers.map((v) => [v.dateOfBirth, v.startDate, v.roles])).toEqual([
      ['1985-03-07', '2019-09-01', ['travel-buddy', 'admin', 'Tea rota']],
      // 1981 was not a leap year, two-digit years are ambiguous, 1849 is a typing slip.
      [undefined, undefined, []],
      ['1984-02-29', undefined, ['peer-coach']],
    ]);
  });

  it('gives a document with no list an empty one', () => {
    expect(volunteersV0ToV1.apply({})).toEqual({ schemaVersion: 1, volunteers: [] });
    expect(volunteersV0ToV1.apply(null)).toEqual({ schemaVersion: 1, volunteers: [] });
  });

  it("is the kind's first step, and its result opens as the current version", async () => {
    expect(volunteersKind.migrations[0]).toBe(volunteersV0ToV1);
    expectOpensAsCurrent(volunteersKind, 'volunteers.json', await readV0('data-v0/volunteers.json'));
  });
});
