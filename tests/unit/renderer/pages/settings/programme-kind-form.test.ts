import { describe, expect, it } from 'vitest';
import { agesText, lengthText, programmeKindFormSchema, programmeKindFormValues } from '../../../../../renderer/pages/settings/programme-kind-form';
import { DEFAULT_PROGRAMME_KINDS } from '../../../../../shared/domain/programmes';

const travel = DEFAULT_PROGRAMME_KINDS.find((k) => k.id === 'travel-buddy')!;

describe('the programme kind dialog as typed', () => {
  it('turns a kind on file into text and back unchanged, blank planned sessions being open-ended', () => {
    const values = programmeKindFormValues(travel);
    expect(values.plannedSessions).toBe('');
    const { id: _id, ...input } = travel;
    expect(programmeKindFormSchema.parse(values)).toEqual({ ...input, plannedSessions: null });
  });

  it('reports every problem at once: numbers not typed as numbers, then the shared rules', () => {
    const r = programmeKindFormSchema.safeParse({ ...programmeKindFormValues(null), name: ' ', plannedSessions: '10', maxSessions: '8', sessionMinutes: 'an hour', minAge: '65', maxAge: '18' });
    const problems = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(problems).toEqual({
      sessionMinutes: 'Enter the usual length in minutes, like 60',
      name: 'Enter the name of the programme kind',
      maxSessions: 'The most sessions must be at least the number planned',
      roles: 'Choose at least one role that may deliver it',
      maxAge: 'The oldest age must be the same as or above the youngest',
    });
  });

  it('says session lengths and age ranges in words', () => {
    expect([lengthText(60), lengthText(90), lengthText(45), lengthText(120)]).toEqual(['1 hour', '1 hour 30 minutes', '45 minutes', '2 hours']);
    expect([agesText({}), agesText({ minAge: 50 }), agesText({ maxAge: 25 }), agesText({ minAge: 18, maxAge: 25 })]).toEqual(['Any age', '50 and over', 'Up to 25', '18 to 25']);
  });
});
