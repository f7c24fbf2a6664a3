import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../../shared/domain/members';
import type { Volunteer } from '../../../../shared/domain/volunteers';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { openTestApp, type TestApp } from '../../../helpers/services';

/** The one-to-one matching fields through the people CSV engine: written on export, read back on import. */

let app: TestApp;
let other: TestApp;
beforeEach(async () => {
  app = await openTestApp();
  other = await openTestApp();
});
afterEach(async () => {
  await app.close();
  await other.close();
});

const upload = (text: string, name: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });
const strip = <P extends { id: string; createdAt: string; updatedAt: string; statusHistory: unknown }>({ id: _i, createdAt: _c, updatedAt: _u, statusHistory: _s, ...rest }: P) => rest;

describe('member matching fields in CSV', () => {
  it('are saved by members.create, written as words and survive a round trip', async () => {
    const input = makeMemberInput({
      firstName: 'Ewa',
      lastName: 'Nowak',
      languages: ['Polish', 'English'],
      availability: ['mon-morning', 'wed-evening'],
      matchingNotes: 'Not someone who lives near me',
      prefersVolunteerGender: 'woman',
      needsLanguage: 'Polish',
    });
    const { member } = (await app.api.members.create({ member: input })) as { member: Member };
    expect(member).toMatchObject({ languages: ['Polish', 'English'], availability: ['mon-morning', 'wed-evening'], prefersVolunteerGender: 'woman', needsLanguage: 'Polish' });
    await app.api.members.create({ member: makeMemberInput({ firstName: 'Kofi', lastName: 'Asante' }) });

    const text = (await app.api.members.exportCsv()).text ?? '';
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('Languages,Availability,Matching preferences,Prefers a volunteer who is,Must speak');
    expect(lines.find((l) => l.includes('Nowak'))).toContain('Polish; English,Mon morning; Wed evening,Not someone who lives near me,A woman,Polish');

    expect((await other.api.members.importCommit({ file: upload(text, 'members.csv') })).imported).toBe(2);
    const a = await app.api.members.list();
    const b = await other.api.members.list();
    for (const [i, row] of a.rows.entries()) {
      const before = await app.api.members.get({ id: row.id });
      const after = await other.api.members.get({ id: b.rows[i]!.id });
      expect(strip(after)).toEqual(strip(before));
    }
  });

  it('reads "No preference" and blanks as none, and explains a preference it does not know', async () => {
    const file = 'First name,Last name,Prefers a volunteer who is,Availability\nAnn,Lee,No preference,\nBen,Ray,someone kind,Mon morning\nCal,Fox,,Someday\n';
    const preview = await app.api.members.importPreview({ file: upload(file, 'members.csv') });
    expect(preview.errors.map((e) => [e.line, e.fieldLabel, e.message])).toEqual([
      [3, 'Prefers a volunteer who is', 'Prefers a volunteer who is must be one of: No preference, A woman, A man (the file has "someone kind")'],
      [4, 'Availability', expect.stringMatching(/^Write availability like "Mon morning; Wed evening"/)],
    ]);
  });
});

describe('volunteer caseload and gender in CSV', () => {
  it('are written, blank meaning the usual caseload, and survive a round trip', async () => {
    const { volunteer } = (await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Dafydd', lastName: 'Rees', caseloadLimit: 3, gender: 'man' }) })) as { volunteer: Volunteer };
    expect(volunteer).toMatchObject({ caseloadLimit: 3, gender: 'man' });
    await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Ann', lastName: 'Lee', email: 'ann@example.org' }) });

    const text = (await app.api.volunteers.exportCsv()).text ?? '';
    const [header, ...lines] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('Communication preferences,Caseload limit,Gender for matching,Notes');
    expect(lines.find((l) => l.includes('Rees'))).toContain(',3,Man,');
    expect(lines.find((l) => l.includes('Lee'))).toMatch(/,,,(,|$)/);

    expect((await other.api.volunteers.importCommit({ file: upload(text, 'volunteers.csv'), allowDuplicates: true })).imported).toBe(2);
    const a = await app.api.volunteers.list();
    const b = await other.api.volunteers.list();
    for (const [i, row] of a.rows.entries()) {
      const before = await app.api.volunteers.get({ id: row.id });
      const after = await other.api.volunteers.get({ id: b.rows[i]!.id });
      expect(strip(after)).toEqual(strip(before));
    }
  });

  it('refuses a caseload that is not a whole number from 1 to 20, and a gender it does not know', async () => {
    const file = 'First name,Last name,Caseload limit,Gender for matching\nAnn,Lee,0,Woman\nBen,Ray,three,\nCal,Fox,2,Female\n';
    const preview = await app.api.volunteers.importPreview({ file: upload(file, 'volunteers.csv') });
    expect(preview.validRows).toBe(0);
    expect(preview.errors.map((e) => [e.line, e.fieldLabel])).toEqual([
      [2, 'Caseload limit'],
      [3, 'Caseload limit'],
      [4, 'Gender for matching'],
    ]);
    expect(preview.errors[0]?.message).toBe('Enter how many people they can support at once: a whole number from 1 to 20 (the file has "0")');
    expect(preview.errors[2]?.message).toBe('Gender for matching must be one of: No answer, Woman, Man, Non-binary (the file has "Female")');
  });
});
