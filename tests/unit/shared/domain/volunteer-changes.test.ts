import { describe, expect, it } from 'vitest';
import { changedFields, findDuplicates } from '../../../../shared/domain/volunteer-changes';
import { makeVolunteer, makeVolunteerInput } from '../../../factories/volunteers';

describe('possible duplicates', () => {
  const existing = [makeVolunteer({ id: 'a', firstName: 'Siân', lastName: 'Llewelyn', email: 'sian@example.org', phone: '07700 900123', dateOfBirth: '1980-01-02' })];

  it('needs the same name and one more matching detail', () => {
    expect(findDuplicates(existing, { firstName: 'Sian', lastName: 'LLEWELYN', email: 'SIAN@example.org' })).toEqual([{ id: 'a', name: 'Siân Llewelyn', reasons: ['email'] }]);
    expect(findDuplicates(existing, { firstName: 'Siân', lastName: 'Llewelyn', phone: '+44 7700 900123', dateOfBirth: '1980-01-02' })[0]?.reasons).toEqual(['phone', 'dateOfBirth']);
    expect(findDuplicates(existing, { firstName: 'Siân', lastName: 'Llewelyn' })).toEqual([]);
    expect(findDuplicates(existing, { firstName: 'Sioned', lastName: 'Llewelyn', email: 'sian@example.org' })).toEqual([]);
  });

  it('ignores the record being edited', () => {
    expect(findDuplicates(existing, { firstName: 'Siân', lastName: 'Llewelyn', email: 'sian@example.org' }, 'a')).toEqual([]);
  });
});

describe('changed fields for the audit log', () => {
  it('names changed fields without values', () => {
    const before = makeVolunteer({ firstName: 'Siân', lastName: 'Llewelyn', email: 'old@example.org', roles: ['group-facilitator'], languages: ['Welsh', 'English'], availability: ['tue-morning'], interests: ['gardening'], contactPreferences: ['email'] });
    const after = makeVolunteerInput({ email: 'new@example.org', address: { postcode: 'S1 2HE' } });
    expect(changedFields(before, after)).toEqual(['Email', 'Address']);
  });
});
