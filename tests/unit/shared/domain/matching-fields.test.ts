import { describe, expect, it } from 'vitest';
import { changedMemberFields } from '../../../../shared/domain/member-changes';
import { memberFormSchema, memberInputSchema } from '../../../../shared/domain/members';
import { changedFields as changedVolunteerFields } from '../../../../shared/domain/volunteer-changes';
import { volunteerFormSchema, volunteerInputSchema } from '../../../../shared/domain/volunteers';
import { makeMember, makeMemberInput } from '../../../factories/members';
import { makeVolunteer, makeVolunteerInput } from '../../../factories/volunteers';

/** The fields one-to-one matching reads (programmes): members' preferences, volunteers' caseload and gender. */

const person = { firstName: 'Ewa', lastName: 'Nowak', address: {}, emergencyContact: {} };
const firstMessage = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => r.error?.issues[0];

describe('member matching input', () => {
  it('keeps languages, times, a preference and a language they need', () => {
    const r = memberInputSchema.parse({
      ...person,
      languages: ['Polish', ' polish ', 'English'],
      availability: ['mon-morning', 'wed-evening'],
      matchingNotes: '  Not near home ',
      prefersVolunteerGender: 'woman',
      needsLanguage: ' Polish ',
    });
    expect(r).toMatchObject({ languages: ['Polish', 'English'], availability: ['mon-morning', 'wed-evening'], matchingNotes: 'Not near home', prefersVolunteerGender: 'woman', needsLanguage: 'Polish' });
  });

  it('leaves empty lists and "no preference" off the record', () => {
    const r = memberInputSchema.parse({ ...person, languages: [], availability: [], prefersVolunteerGender: '', matchingNotes: '', needsLanguage: '' });
    for (const key of ['languages', 'availability', 'prefersVolunteerGender', 'matchingNotes', 'needsLanguage'] as const) expect(r[key]).toBeUndefined();
  });

  it('refuses a time not on the grid and a preference not offered', () => {
    expect(memberInputSchema.safeParse({ ...person, availability: ['mon-night'] }).success).toBe(false);
    const bad = memberInputSchema.safeParse({ ...person, prefersVolunteerGender: 'non-binary' });
    expect(firstMessage(bad)).toMatchObject({ path: ['prefersVolunteerGender'], message: 'Choose no preference, a woman or a man' });
  });

  it('reads languages typed as "a, b" on the form', () => {
    expect(memberFormSchema.parse({ ...person, languages: 'Polish, English, polish' }).languages).toEqual(['Polish', 'English']);
    expect(memberFormSchema.parse({ ...person, languages: ' , ' }).languages).toBeUndefined();
  });

  it('does not count a record made before them as changed when saved with nothing added', () => {
    const before = makeMember({ firstName: 'Margaret', lastName: 'Oyelaran', interests: ['knitting'], newsletter: 'post', joinedDate: undefined });
    const input = memberInputSchema.parse(makeMemberInput());
    expect(changedMemberFields(before, input)).not.toContain('Languages');
    expect(changedMemberFields(before, input)).not.toContain('Availability');
    expect(changedMemberFields(before, { ...input, languages: ['Welsh'], prefersVolunteerGender: 'man' })).toEqual(expect.arrayContaining(['Languages', 'Prefers a volunteer who is']));
  });
});

describe('volunteer caseload and gender input', () => {
  it('reads the caseload typed on the form as a whole number from 1 to 20, blank meaning the usual', () => {
    expect(volunteerFormSchema.parse({ ...person, caseloadLimit: ' 3 ' }).caseloadLimit).toBe(3);
    expect(volunteerFormSchema.parse({ ...person, caseloadLimit: '' }).caseloadLimit).toBeUndefined();
    for (const typed of ['0', '21', '2.5', 'three', '-1']) {
      const r = volunteerFormSchema.safeParse({ ...person, caseloadLimit: typed });
      expect(firstMessage(r), typed).toMatchObject({ path: ['caseloadLimit'], message: 'Enter how many people they can support at once: a whole number from 1 to 20' });
    }
  });

  it('takes the same rule on the API, as a number', () => {
    expect(volunteerInputSchema.parse({ ...person, caseloadLimit: 20 }).caseloadLimit).toBe(20);
    expect(volunteerInputSchema.safeParse({ ...person, caseloadLimit: 21 }).success).toBe(false);
    expect(volunteerInputSchema.safeParse({ ...person, caseloadLimit: 1.5 }).success).toBe(false);
  });

  it('takes no answer, woman, man or non-binary as gender, and nothing else', () => {
    expect(volunteerFormSchema.parse({ ...person, gender: '' }).gender).toBeUndefined();
    expect(volunteerFormSchema.parse({ ...person, gender: 'non-binary' }).gender).toBe('non-binary');
    expect(firstMessage(volunteerInputSchema.safeParse({ ...person, gender: 'female' }))).toMatchObject({ path: ['gender'], message: 'Choose no answer, woman, man or non-binary' });
  });

  it('names them in the audit log, never their values', () => {
    const before = makeVolunteer();
    const input = volunteerInputSchema.parse({ ...makeVolunteerInput(), caseloadLimit: 4, gender: 'woman' });
    expect(changedVolunteerFields(before, input)).toEqual(expect.arrayContaining(['How many people they can support at once', 'Gender, for matching']));
  });
});
