import { describe, expect, it } from 'vitest';
import type { AreaStatus, ComplianceRow } from '../../../../shared/domain/compliance';
import { availabilityLabel, complianceProblems, suggestVolunteers, type MatchCandidate, type MatchMember } from '../../../../shared/domain/programme-matching';

const OK: AreaStatus = { state: 'ok', text: 'OK' };

function row(over: Partial<Pick<ComplianceRow, 'dbs' | 'training' | 'supervision'>> = {}): ComplianceRow {
  return { volunteerId: 'x', name: 'x', sortName: 'x', roles: [], dbs: OK, training: OK, supervision: OK, actionNow: false, ...over };
}

function candidate(id: string, over: Partial<MatchCandidate> = {}): MatchCandidate {
  const [first, last] = id.split(' ');
  return { id, name: id, sortName: `${last} ${first}`, interests: [], languages: [], availability: [], caseload: 0, compliance: row(), ...over };
}

const member: MatchMember = {
  interests: ['Gardening', 'football', 'chess'],
  languages: ['Polish', 'English'],
  availability: ['mon-morning', 'wed-morning', 'fri-afternoon'],
};

describe('suggestVolunteers', () => {
  it('ranks by 3 per shared interest, 3 per shared language and 1 per shared free time, with the reasons in words', () => {
    const result = suggestVolunteers(member, [
      candidate('Ann Able', { interests: ['gardening', 'FOOTBALL'], languages: ['polish'], availability: ['mon-morning', 'wed-morning'], caseload: 1 }),
      candidate('Bob Bell', { interests: ['chess'], availability: ['fri-afternoon'] }),
      candidate('Cat Cole'),
    ]);
    expect(result.suggested.map((s) => [s.volunteer.name, s.score])).toEqual([
      ['Ann Able', 3 * 2 + 3 * 1 + 2],
      ['Bob Bell', 3 + 1],
      ['Cat Cole', 0],
    ]);
    expect(result.suggested[0]!.reasons).toEqual(['Shares: Gardening, football', 'Speaks: Polish', 'Both free: Monday morning, Wednesday morning', 'Supporting 1 of 2']);
    expect(result.suggested[2]!.reasons).toEqual(['Supporting 0 of 2']);
    expect(result.leftOut).toEqual([]);
  });

  it('counts at most 6 shared free times', () => {
    const slots = ['mon-morning', 'mon-afternoon', 'tue-morning', 'tue-afternoon', 'wed-morning', 'wed-afternoon', 'thu-morning', 'thu-afternoon'];
    const [s] = suggestVolunteers({ interests: [], availability: slots }, [candidate('Ann Able', { availability: slots })]).suggested;
    expect(s!.score).toBe(6);
  });

  it('breaks ties by fewest people supported now, then by surname', () => {
    const result = suggestVolunteers({ interests: [] }, [
      candidate('Zoe Adams', { caseload: 1 }),
      candidate('Amy Young'),
      candidate('Ben Brown', { caseloadLimit: 3, caseload: 1 }),
      candidate('Cal Brown'),
    ]);
    expect(result.suggested.map((s) => s.volunteer.name)).toEqual(['Cal Brown', 'Amy Young', 'Zoe Adams', 'Ben Brown']);
    expect(result.suggested.find((s) => s.volunteer.name === 'Ben Brown')).toMatchObject({ caseload: 1, caseloadLimit: 3 });
  });

  it('leaves out, with why, anyone whose compliance is not in order, who is full, or who does not fit an asked-for gender or language', () => {
    const result = suggestVolunteers({ interests: [], prefersVolunteerGender: 'woman', needsLanguage: 'Welsh' }, [
      candidate('Dee Dbs', { gender: 'woman', languages: ['welsh'], compliance: row({ dbs: { state: 'overdue', due: '2026-10-03', text: '' } }) }),
      candidate('Fay Full', { gender: 'woman', languages: ['Welsh'], caseload: 2 }),
      candidate('Guy Man', { gender: 'man', languages: ['Welsh'] }),
      candidate('Una Unsaid', { languages: ['Welsh'] }),
      candidate('Wyn English', { gender: 'woman', languages: ['English'] }),
      candidate('Tia Ok', { gender: 'woman', languages: ['Welsh'], compliance: row({ training: { state: 'due-soon', due: '2026-12-01', text: '' } }) }),
    ]);
    expect(result.suggested.map((s) => s.volunteer.name)).toEqual(['Tia Ok']);
    expect(result.suggested[0]!.reasons).toEqual(['Supporting 0 of 2']);
    expect(result.leftOut.map((l) => [l.volunteer.name, l.why])).toEqual([
      ['Dee Dbs', 'DBS overdue since 03/10/2026'],
      ['Fay Full', 'Full: 2 of 2'],
      ['Guy Man', 'Asked for a woman'],
      ['Una Unsaid', 'Asked for a woman'],
      ['Wyn English', 'Does not speak Welsh'],
    ]);
  });

  it('needs every language ticked as one their volunteer must speak ("Welsh, Polish"), each missing one said', () => {
    const result = suggestVolunteers({ interests: [], needsLanguage: 'Welsh, Polish' }, [
      candidate('Bet Both', { languages: ['polish', 'Welsh', 'English'] }),
      candidate('Wyn Welsh', { languages: ['Welsh'] }),
      candidate('Nia None', { languages: ['English'] }),
    ]);
    expect(result.suggested.map((s) => s.volunteer.name)).toEqual(['Bet Both']);
    expect(result.leftOut.map((l) => [l.volunteer.name, l.why])).toEqual([
      ['Nia None', 'Does not speak Welsh; Does not speak Polish'],
      ['Wyn Welsh', 'Does not speak Polish'],
    ]);
  });

  it('gives every reason a volunteer is left out', () => {
    const result = suggestVolunteers({ interests: [], prefersVolunteerGender: 'man' }, [
      candidate('Ann Able', { gender: 'woman', caseload: 3, compliance: row({ training: { state: 'missing', text: '' }, supervision: { state: 'overdue', due: '2026-11-01', text: '' } }) }),
    ]);
    expect(result.leftOut[0]!.why).toBe('Training missing; Supervision overdue since 01/11/2026; Full: 3 of 2; Asked for a man');
  });
});

describe('matching words', () => {
  it('names availability slots and compliance problems as a coordinator reads them', () => {
    expect(availabilityLabel('sat-evening')).toBe('Saturday evening');
    expect(complianceProblems(row({ dbs: { state: 'missing', text: '' } }))).toEqual(['DBS missing']);
    expect(complianceProblems(row())).toEqual([]);
  });
});
