// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON_FORM, listText, personFormFromRecord } from '../../../../../renderer/pages/people/form-values';
import { makeMember } from '../../../../factories/members';

describe('personFormFromRecord', () => {
  it('fills the form as typed: dates as dd/mm/yyyy, every missing detail as an empty field', () => {
    const member = makeMember({
      firstName: 'Siân',
      lastName: 'ap Gruffudd',
      pronouns: 'she/her',
      phone: '029 2018 0123',
      address: { line1: '3 Heol y Frenhines', postcode: 'CF10 2BH' },
      dateOfBirth: '1984-03-07',
      emergencyContact: { name: 'Rhodri ap Gruffudd' },
    });
    expect(personFormFromRecord(member)).toEqual({
      ...EMPTY_PERSON_FORM,
      firstName: 'Siân',
      lastName: 'ap Gruffudd',
      pronouns: 'she/her',
      phone: '029 2018 0123',
      address: { line1: '3 Heol y Frenhines', line2: '', town: '', postcode: 'CF10 2BH' },
      dateOfBirth: '07/03/1984',
      emergencyContact: { name: 'Rhodri ap Gruffudd', relationship: '', phone: '' },
    });
  });

  it('gives the empty form for a record with nothing but a name', () => {
    expect(personFormFromRecord(makeMember({ firstName: '', lastName: '' }))).toEqual(EMPTY_PERSON_FORM);
  });
});

describe('listText', () => {
  it('joins a list as it is typed, and an empty list as an empty field', () => {
    expect(listText(['Cymraeg', 'English', 'Polski'])).toBe('Cymraeg, English, Polski');
    expect(listText([])).toBe('');
  });
});
