import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

const upload = (text: string, name = 'members.csv') => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });

// Headings as a charity's own spreadsheet might have them, including equality columns
// that must not be read.
const SPREADSHEET =
  '\uFEFFForename,Surname,Tel,DOB,Date referred,Status,Newsletter,Has internet,Access needs,Ethnicity\r\n' +
  'Eluned,Prys,01632 960111,02/05/1946,14/09/2025,Active,Large print,No,"Step-free access, hearing loop",Welsh\r\n' +
  'Kofi,Asante,07700 900321,1/12/1958,,On a break,By email,yes,,\r\n' +
  ',,,,,,,,,\r\n';

describe('member CSV import (the same engine as volunteers)', () => {
  it('guesses the mapping, reads labels and yes/no, and imports every row at once', async () => {
    const preview = await app.api.members.importPreview({ file: upload(SPREADSHEET) });
    expect(preview).toMatchObject({ totalRows: 2, validRows: 2, errors: [], warnings: [] });
    expect(preview.mapping).toMatchObject({ firstName: 0, lastName: 1, phone: 2, dateOfBirth: 3, joinedDate: 4, status: 5, newsletter: 6, 'digital.hasInternet': 7, accessNeeds: 8 });
    // Equality answers are never read from a file.
    expect(preview.fields.map((f) => f.key)).not.toContain('ethnicity');
    expect((await app.api.members.list()).total).toBe(0);

    expect((await app.api.members.importCommit({ file: upload(SPREADSHEET) })).imported).toBe(2);
    const list = await app.api.members.list();
    expect(list.rows.map((r) => r.name)).toEqual(['Kofi Asante', 'Eluned Prys']);
    const eluned = await app.api.members.get({ id: list.rows[1]!.id });
    expect(eluned).toMatchObject({
      dateOfBirth: '1946-05-02',
      joinedDate: '2025-09-14',
      status: 'active',
      newsletter: 'large-print',
      digital: { hasInternet: false },
      accessNeeds: 'Step-free access, hearing loop',
      equality: {},
    });
    expect(eluned.statusHistory[0]).toMatchObject({ status: 'active', date: '2025-09-14' });
    const kofi = await app.api.members.get({ id: list.rows[0]!.id });
    expect(kofi).toMatchObject({ status: 'on-break', newsletter: 'email', joinedDate: '2026-11-23', digital: { hasInternet: true } });
    const audit = await app.api.audit.list();
    expect(audit.entries[0]).toMatchObject({ action: 'import', entity: 'member', summary: 'Imported 2 member records from a CSV file' });
  });

  it('lists every bad row with its line number and saves none of the file', async () => {
    const bad =
      'First name,Last name,Email,Date joined,Newsletter,Has a device\n' +
      'Ann,Good,ann@example.org,01/01/2025,Post,Yes\n' +
      ',NoFirst,,,,\n' +
      'Bad,Row,bad@,31/02/2025,Carrier pigeon,Maybe\n' +
      'Future,Join,,01/01/2099,,\n';
    const preview = await app.api.members.importPreview({ file: upload(bad) });
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((e) => [e.line, e.fieldLabel])).toEqual([
      [3, 'First name'],
      [4, 'Email'],
      [4, 'Date joined'],
      [4, 'Has a device'],
      [4, 'Newsletter'],
      [5, 'Date joined'],
    ]);
    expect(preview.errors.find((e) => e.fieldLabel === 'Has a device')?.message).toMatch(/Write Yes or No/);
    expect((await expectFailure(app.api.members.importCommit({ file: upload(bad) }))).code).toBe('VALIDATION');
    expect((await app.api.members.list()).total).toBe(0);
  });

  it('warns about people already on record and imports only when confirmed', async () => {
    await app.api.members.create({ member: makeMemberInput({ firstName: 'Kofi', lastName: 'Asante', phone: '07700900321' }) });
    const preview = await app.api.members.importPreview({ file: upload(SPREADSHEET) });
    expect(preview.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('Kofi Asante') as string })]);
    expect((await expectFailure(app.api.members.importCommit({ file: upload(SPREADSHEET) }))).code).toBe('CONFLICT');
    expect((await app.api.members.importCommit({ file: upload(SPREADSHEET), allowDuplicates: true })).imported).toBe(2);
  });
});

describe('member CSV export', () => {
  async function seed() {
    const volunteer = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Ana', lastName: 'Silva' }), status: 'active' });
    if (volunteer.status !== 'saved') throw new Error('not saved');
    const saved = await app.api.members.create({
      member: makeMemberInput({
        firstName: 'Siân',
        lastName: 'Llewelyn',
        phone: '+447700900123',
        dateOfBirth: '1950-03-07',
        joinedDate: '2025-09-01',
        keyContactId: volunteer.volunteer.id,
        address: { line1: 'Flat 2, 10 High St', postcode: 'S1 2HE' },
        digital: { hasDevice: true },
        notes: '=HYPERLINK("x")',
      }),
      status: 'active',
    });
    if (saved.status !== 'saved') throw new Error('not saved');
    await app.api.members.saveEquality({ id: saved.member.id, equality: { sex: 'female', ethnicity: 'white-british' } });
    await app.api.members.addDeviceLoan({ id: saved.member.id, loan: { item: '4G tablet', out: '2026-10-01' } });
    await app.api.members.create({ member: makeMemberInput({ firstName: 'Tom', lastName: 'Hughes', newsletter: 'email' }) });
    return saved.member;
  }

  it('writes a file Excel opens cleanly: BOM, UK dates, phones kept as text, formulas defused, no equality answers', async () => {
    await seed();
    const file = await app.api.members.exportCsv();
    expect(file.filename).toBe('members-2026-11-23.csv');
    const text = file.text ?? '';
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'First name,Last name,Preferred name,Pronouns,Email,Phone,Address line 1,Address line 2,Town or city,Postcode,Date of birth,' +
        'Emergency contact name,Emergency contact relationship,Emergency contact phone,Date joined,Status,Newsletter,Interests,Access needs,' +
        'Has a device,Has internet,Needs a device loan,Languages,Availability,Matching preferences,Prefers a volunteer who is,Must speak,' +
        'Notes,Key contact,Devices on loan,Left on,Reason for leaving',
    );
    // Sorted by surname: Hughes, then Llewelyn.
    expect(lines[1]).toMatch(/^Tom,Hughes,/);
    expect(lines[2]).toContain('Siân,Llewelyn');
    expect(lines[2]).toContain('07700 900123');
    expect(lines[2]).toContain('"Flat 2, 10 High St"');
    expect(lines[2]).toContain('07/03/1950');
    expect(lines[2]).toContain('01/09/2025,Active,By post,knitting,,Yes,,,');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[2]).toContain('Ana Silva,4G tablet');
    expect(text).not.toMatch(/Female|English, Welsh|Sex/);
  });

  it('adds the equality answers only when asked, and exports only the filtered members when chosen', async () => {
    await seed();
    const withEquality = (await app.api.members.exportCsv({ includeEquality: true })).text ?? '';
    expect(withEquality).toContain('Sex,Gender the same as sex registered at birth,Gender identity,Ethnic group');
    expect(withEquality).toContain('Female,,,"White: English, Welsh, Scottish, Northern Irish or British"');

    const filtered = await app.api.members.exportCsv({ scope: 'filtered', newsletter: 'email' });
    expect(filtered.filename).toBe('members-filtered-2026-11-23.csv');
    const rows = (filtered.text ?? '').slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Tom,Hughes');
  });

  it('comes back the same through import', async () => {
    await seed();
    const exported = await app.api.members.exportCsv();
    const other = await openTestApp();
    try {
      expect((await other.api.members.importCommit({ file: upload(exported.text ?? '') })).imported).toBe(2);
      const sian = (await other.api.members.list({ query: 'sian' })).rows[0]!;
      expect(await other.api.members.get({ id: sian.id })).toMatchObject({
        firstName: 'Siân',
        phone: '07700 900123',
        dateOfBirth: '1950-03-07',
        joinedDate: '2025-09-01',
        status: 'active',
        newsletter: 'post',
        digital: { hasDevice: true },
        notes: '=HYPERLINK("x")',
        address: { line1: 'Flat 2, 10 High St', postcode: 'S1 2HE' },
      });
    } finally {
      await other.close();
    }
  });
});
