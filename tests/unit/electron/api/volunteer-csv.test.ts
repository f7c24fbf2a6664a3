import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

const upload = (text: string, name = 'volunteers.csv') => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });

const EXCEL_FILE =
  '\uFEFFForename,Surname,E-mail address,Mobile,DOB,Roles,Status,Address,Notes\r\n' +
  'Siân,Llewelyn,sian@example.org,07700 900123,07/03/1985,Peer group facilitator; Travel buddy,Active,"Flat 2, 10 High St","Likes ""walking""\r\ngroups"\r\n' +
  'Chidinma,Okonkwo-Adeyemi,chidinma@example.org,0114 496 0001,1/2/1990,Peer coach,Training,,\r\n' +
  ',,,,,,,,\r\n' +
  '\r\n';

describe('volunteer CSV import', () => {
  it('previews an Excel export: mapping guessed, rows read, nothing saved yet', async () => {
    const preview = await app.api.volunteers.importPreview({ file: upload(EXCEL_FILE) });
    expect(preview.problem).toBeUndefined();
    expect(preview.totalRows).toBe(2);
    expect(preview.validRows).toBe(2);
    expect(preview.errors).toEqual([]);
    // Siân's note has a line break in it (Alt+Enter in Excel): Chidinma is still in row 3.
    expect(preview.preview.map((r) => r.line)).toEqual([2, 3]);
    expect(preview.preview[0]?.values.firstName).toBe('Siân');
    expect((await app.api.volunteers.list()).total).toBe(0);
  });

  it('imports all rows in one go and keeps names, lists and dates exactly', async () => {
    const { imported } = await app.api.volunteers.importCommit({ file: upload(EXCEL_FILE) });
    expect(imported).toBe(2);
    const list = await app.api.volunteers.list();
    expect(list.rows.map((r) => r.name)).toEqual(['Siân Llewelyn', 'Chidinma Okonkwo-Adeyemi']);
    const sian = await app.api.volunteers.get({ id: list.rows[0]!.id });
    expect(sian).toMatchObject({
      dateOfBirth: '1985-03-07',
      roles: ['group-facilitator', 'travel-buddy'],
      status: 'active',
      address: { line1: 'Flat 2, 10 High St' },
      notes: 'Likes "walking"\ngroups',
    });
  });

  it('lists every bad row with its line and saves none of the file', async () => {
    const bad =
      'First name,Last name,Email,Date of birth,Status\n' +
      'Ann,Good,ann@example.org,01/01/1970,Active\n' +
      ',NoFirst,x@example.org,,\n' +
      'Bad,Email,not-an-email,31/02/1980,Sleeping\n';
    const preview = await app.api.volunteers.importPreview({ file: upload(bad) });
    expect(preview.validRows).toBe(1);
    expect(preview.errors.map((e) => [e.line, e.fieldLabel])).toEqual([
      [3, 'First name'],
      [4, 'Email'],
      [4, 'Date of birth'],
      [4, 'Status'],
    ]);
    const error = await expectFailure(app.api.volunteers.importCommit({ file: upload(bad) }));
    expect(error.code).toBe('VALIDATION');
    expect((await app.api.volunteers.list()).total).toBe(0);
  });

  it('names each problem row as the spreadsheet does, with the person on it', async () => {
    const bad =
      'First name,Last name,Email,Notes\r\n' +
      'Siân,Llewelyn,sian@example.org,"Prefers Welsh.\nPhone after 2pm."\r\n' +
      'Llŷr,Griffiths,llyr@example.org,"Line one\nLine two\nLine three"\r\n' +
      'Siân,ap Gruffudd,sian@,\r\n';
    const preview = await app.api.volunteers.importPreview({ file: upload(bad) });
    expect(preview.errors).toEqual([expect.objectContaining({ line: 4, name: 'Siân ap Gruffudd', fieldLabel: 'Email' })]);
  });

  it('warns about people already on record and imports only when confirmed', async () => {
    await app.api.volunteers.create({ volunteer: makeVolunteerInput({ email: 'sian@example.org' }) });
    const preview = await app.api.volunteers.importPreview({ file: upload(EXCEL_FILE) });
    expect(preview.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('Siân Llewelyn') as string })]);
    expect((await expectFailure(app.api.volunteers.importCommit({ file: upload(EXCEL_FILE) }))).code).toBe('CONFLICT');
    expect((await app.api.volunteers.importCommit({ file: upload(EXCEL_FILE), allowDuplicates: true })).imported).toBe(2);
  });

  it('says plainly when a file is empty or not a table', async () => {
    expect((await expectFailure(app.api.volunteers.importPreview({ file: upload('') }))).code).toBe('BAD_FILE');
    const onlyHeader = await app.api.volunteers.importPreview({ file: upload('First name,Last name\r\n') });
    expect(onlyHeader.problem).toBeTruthy();
  });
});

describe('volunteer CSV export', () => {
  it('writes a UTF-8 BOM, CRLF, UK dates and survives a round trip', async () => {
    await app.api.volunteers.importCommit({ file: upload(EXCEL_FILE) });
    const file = await app.api.volunteers.exportCsv();
    expect(file.filename).toBe('volunteers-2026-11-23.csv');
    const text = file.text ?? '';
    expect(text.startsWith('\uFEFFFirst name,Last name,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain('07/03/1985');
    expect(text).toContain('Peer group facilitator; Travel buddy');

    const other = await openTestApp();
    try {
      expect((await other.api.volunteers.importCommit({ file: upload(text) })).imported).toBe(2);
      const a = await app.api.volunteers.list();
      const b = await other.api.volunteers.list();
      for (const [i, row] of a.rows.entries()) {
        const before = await app.api.volunteers.get({ id: row.id });
        const after = await other.api.volunteers.get({ id: b.rows[i]!.id });
        const strip = ({ id: _i, createdAt: _c, updatedAt: _u, statusHistory: _s, ...rest }: typeof before) => rest;
        expect(strip(after)).toEqual(strip(before));
      }
    } finally {
      await other.close();
    }
  });

  it('exports only the filtered volunteers when asked', async () => {
    await app.api.volunteers.importCommit({ file: upload(EXCEL_FILE) });
    const file = await app.api.volunteers.exportCsv({ scope: 'filtered', status: 'training' });
    const lines = (file.text ?? '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Chidinma');
  });
});
