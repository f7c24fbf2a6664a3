import { describe, expect, it } from 'vitest';
import { importIsClean, normaliseHeading, previewImport, suggestMapping } from '../../../shared/csv/import';
import type { CsvField } from '../../../shared/csv/types';
import { decodeCsvBytes } from '../../../electron/csv/decode';
import { fixtureBytes, toyFields, toySpec } from './toy-spec';

const fixture = (name: string): string => decodeCsvBytes(fixtureBytes(name));

describe('suggestMapping', () => {
  it('matches headings by label, key and alias, ignoring case, spaces and punctuation', () => {
    const fields: CsvField[] = [
      { key: 'firstName', label: 'First name', required: true, aliases: ['Forename'] },
      { key: 'email', label: 'Email', aliases: ['E-mail address'] },
      { key: 'address.postcode', label: 'Postcode' },
      { key: 'dateOfBirth', label: 'Date of birth', aliases: ['DOB'] },
      { key: 'notes', label: 'Notes' },
    ];
    const mapping = suggestMapping(fields, ['  FORENAME ', 'E-mail address', 'Post Code', 'D.O.B.', 'Other']);
    expect(mapping).toEqual({ firstName: 0, email: 1, 'address.postcode': 2, dateOfBirth: 3, notes: null });
  });

  it('knows common spreadsheet headings without aliases, after exact matches', () => {
    const mapping = suggestMapping(toyFields, ['Surname', 'Forename', 'Email Address', 'Tel', 'Date of Birth', 'Street', 'Zip']);
    expect(mapping).toMatchObject({
      firstName: 1,
      lastName: 0,
      email: 2,
      phone: 3,
      dateOfBirth: 4,
      'address.line1': 5,
      'address.postcode': 6,
      roles: null,
    });
  });

  it('uses each column once, taking duplicate headings left to right', () => {
    const fields: CsvField[] = [
      { key: 'phone', label: 'Phone' },
      { key: 'mobile', label: 'Mobile' },
      { key: 'email', label: 'Email' },
    ];
    expect(suggestMapping(fields, ['Email', 'Email', 'Mobile', 'Phone'])).toEqual({ phone: 3, mobile: 2, email: 0 });
    // With no exact "Mobile" heading, the phone synonym may take only the unused column.
    expect(suggestMapping(fields, ['Telephone', 'Email'])).toEqual({ phone: 0, mobile: null, email: 1 });
  });

  it('reads the key when the heading is the key itself, and strips accents and brackets', () => {
    expect(normaliseHeading('Post Code (home)')).toBe('postcode');
    expect(normaliseHeading('Prénom')).toBe('prenom');
    expect(suggestMapping(toyFields, ['firstName', 'address.postcode'])).toMatchObject({ firstName: 0, 'address.postcode': 1 });
  });
});

describe('previewImport', () => {
  it('imports an Excel UTF-8 export with the suggested mapping', () => {
    const { preview, valid } = previewImport(toySpec, 'volunteers.csv', fixture('excel-utf8.csv'));
    expect(preview.problem).toBeUndefined();
    expect(preview.errors).toEqual([]);
    expect(preview.totalRows).toBe(4);
    expect(preview.validRows).toBe(4);
    expect(importIsClean(preview)).toBe(true);
    expect(preview.mapping).toEqual({
      firstName: 0,
      lastName: 1,
      nickname: null,
      email: 2,
      phone: 3,
      dateOfBirth: 4,
      'address.line1': 5,
      'address.postcode': 6,
      roles: 7,
      notes: 8,
    });
    expect(preview.columns[1]).toEqual({ index: 1, header: 'Last name', samples: ['Evans', 'ap Dafydd', "O'Brien"] });
    expect(valid.map((v) => v.line)).toEqual([2, 3, 4, 5]);
    expect(valid[0]?.input).toMatchObject({
      firstName: 'Siân',
      dateOfBirth: '1961-04-03',
      address: { line1: 'Flat 2, 10 High St', postcode: 'S1 2HE' },
      roles: ['facilitator', 'coach'],
    });
    expect(valid[1]?.input.notes).toBe('Prefers Welsh.\nPhone after 2pm, not before.');
    expect(valid[2]?.input.address.line1).toBe('The "Old" Vicarage, Church Lane');
    expect(preview.preview).toHaveLength(4);
    expect(preview.preview[3]).toMatchObject({ line: 5, ok: true, values: { firstName: 'Tom', email: '' } });
  });

  it('keeps accented, Welsh, Polish, Vietnamese and Irish names and emoji exactly', () => {
    const { preview, valid } = previewImport(toySpec, 'names.csv', fixture('names-utf8.csv'));
    expect(preview.errors).toEqual([]);
    expect(valid.map((v) => `${v.input.firstName} ${v.input.lastName ?? ''}`)).toEqual([
      'Siân Roberts',
      'Llŷr Griffiths',
      'Gruffudd ap Dafydd',
      'Zoë Clarke',
      'José Fernández',
      'Łukasz Wróbel',
      'Nguyễn Thị Lan',
      'Chidinma Okonkwo-Adeyemi',
      'Aoife Ní Bhriain',
    ]);
    expect(valid[7]?.input.nickname).toBe('Chi 🌻');
  });

  it('composes accents a Mac saved as separate characters', () => {
    const decomposed = 'First name\nSia\u0302n\n';
    const { valid } = previewImport(toySpec, 'mac.csv', decomposed);
    expect(valid[0]?.input.firstName).toBe('Siân');
  });

  it('reads Windows-1252, UTF-16 "Unicode Text" and semicolon files', () => {
    const cp = previewImport(toySpec, 'a.csv', fixture('excel-cp1252.csv'));
    expect(cp.valid.map((v) => [v.input.firstName, v.input.lastName, v.input.notes])).toEqual([
      ['Zoë', 'Clarke', 'Café on Tuesdays – bring £2'],
      ['José', 'O’Brien', '“Prefers mornings”'],
      ['Siân', 'Evans', 'Costs €5'],
    ]);
    const utf16 = previewImport(toySpec, 'b.txt', fixture('excel-unicode-text.txt'));
    expect(utf16.preview.errors).toEqual([]);
    expect(utf16.valid.map((v) => [v.input.firstName, v.input.nickname])).toEqual([
      ['Łukasz', undefined],
      ['Nguyễn Thị', 'Lan 🌸'],
    ]);
    const semi = previewImport(toySpec, 'c.csv', fixture('semicolon.csv'));
    expect(semi.preview.errors).toEqual([]);
    expect(semi.valid[0]?.input.address).toEqual({ line1: 'Flat 2, 10 High St', postcode: 'BT1 5GS' });
  });

  it('reports every problem by its spreadsheet row: a cell with line breaks before it does not shift the numbers', () => {
    const { preview, valid } = previewImport(toySpec, 'errors.csv', fixture('errors.csv'));
    expect(preview.problem).toBeUndefined();
    expect(preview.totalRows).toBe(7);
    expect(preview.validRows).toBe(2);
    expect(valid.map((v) => v.line)).toEqual([2, 3]);
    expect(importIsClean(preview)).toBe(false);
    expect(preview.errors).toEqual([
      { line: 4, field: 'firstName', fieldLabel: 'First name', message: 'Enter first name' },
      {
        line: 5,
        field: 'email',
        fieldLabel: 'Email',
        message: 'Enter an email address in the right format, like name@example.com (the file has "cara@example")',
      },
      {
        line: 6,
        field: 'dateOfBirth',
        fieldLabel: 'Date of birth',
        message: 'Enter date of birth as dd/mm/yyyy (the file has "31/02/1990")',
      },
      {
        line: 7,
        field: 'roles',
        fieldLabel: 'Roles',
        message: 'Enter one of these for roles: facilitator, coach, admin (the file has "wizard")',
      },
      expect.objectContaining({ line: 8, field: 'email' }),
      expect.objectContaining({ line: 8, field: 'dateOfBirth', message: 'Enter date of birth as dd/mm/yyyy (the file has "1/1/80")' }),
      expect.objectContaining({ line: 8, field: 'roles', message: expect.stringContaining('"coach; wizard"') as unknown }),
    ]);
    expect(preview.preview.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, false],
    ]);
  });

  it('shows the first 10 rows only, but checks them all', () => {
    const lines = ['First name,Email'];
    for (let i = 1; i <= 25; i++) lines.push(i === 20 ? 'Bad,bad@' : `Person ${i},p${i}@example.org`);
    const { preview } = previewImport(toySpec, 'p.csv', lines.join('\r\n'));
    expect(preview.preview).toHaveLength(10);
    expect(preview.totalRows).toBe(25);
    expect(preview.validRows).toBe(24);
    expect(preview.errors.map((e) => e.line)).toEqual([21]);
  });

  it('lists at most 1,000 problems and says how many more there are', () => {
    const lines = ['First name,Email'];
    for (let i = 0; i < 1500; i++) lines.push(',x');
    const { preview } = previewImport(toySpec, 'bad.csv', lines.join('\n'));
    // Two problems a row: no name, bad email.
    expect(preview.errors).toHaveLength(1001);
    expect(preview.errors[1000]).toEqual({
      line: 502,
      message: '…and 2,000 more problems from row 502 on, not listed here.',
    });
    expect(preview.validRows).toBe(0);
  });

  it('names the person on each row with a problem or a warning, when the kind can tell', () => {
    const named = { ...toySpec, rowName: (v: Record<string, string>) => [v.firstName, v.lastName].filter(Boolean).join(' ') };
    const text =
      'First name,Last name,Email,Notes\r\n' +
      'Siân,Llewelyn,sian@example.org,"Prefers Welsh.\nPhone after 2pm."\r\n' +
      'Siân,ap Gruffudd,sian@,\r\n' +
      ',,nobody@example.org,\r\n' +
      'Siân,Llywelyn,SIAN@example.org,\r\n';
    const { preview } = previewImport(named, 'named.csv', text);
    expect(preview.errors).toEqual([
      expect.objectContaining({ line: 3, name: 'Siân ap Gruffudd', field: 'email' }),
      // A row with no name says so by leaving it out, not with an empty "()".
      { line: 4, field: 'firstName', fieldLabel: 'First name', message: 'Enter first name' },
    ]);
    expect(preview.warnings).toEqual([expect.objectContaining({ line: 5, name: 'Siân Llywelyn' })]);
  });

  it('passes the valid rows to the kind for warnings that do not block the import', () => {
    const text = 'First name,Email\nAnn,ann@example.org\nAnnie,ANN@example.org\nBob,\n';
    const { preview } = previewImport(toySpec, 'dupes.csv', text);
    expect(preview.warnings).toEqual([
      { line: 3, field: 'email', fieldLabel: 'Email', message: 'Same email as line 2: possibly the same person' },
    ]);
    expect(importIsClean(preview)).toBe(true);
  });

  it('removes the apostrophe that export puts before =, +, - and @', () => {
    const text = "First name,Notes,Phone\n'=Ann,'@home,'+44 7700 900982\nBob,'ok,'-1\n";
    const { valid } = previewImport(toySpec, 'x.csv', text);
    expect(valid.map((v) => [v.input.firstName, v.input.notes, v.input.phone])).toEqual([
      ['=Ann', '@home', '+44 7700 900982'],
      ['Bob', "'ok", '-1'],
    ]);
  });

  it('trims cells and gives the kind every field, blank when not mapped', () => {
    const seen: Record<string, string>[] = [];
    const spec = {
      ...toySpec,
      rowToInput: (values: Record<string, string>) => {
        seen.push(values);
        return toySpec.rowToInput(values);
      },
    };
    previewImport(spec, 'x.csv', 'First name , Email \n  Ann  ,  ann@example.org \n');
    expect(seen[0]).toEqual({
      firstName: 'Ann',
      lastName: '',
      nickname: '',
      email: 'ann@example.org',
      phone: '',
      dateOfBirth: '',
      'address.line1': '',
      'address.postcode': '',
      roles: '',
      notes: '',
    });
  });

  it('reports a row the kind cannot convert instead of failing the whole preview', () => {
    const spec = {
      ...toySpec,
      rowToInput: (values: Record<string, string>) => {
        if (values.firstName === 'Boom') throw new Error('unexpected');
        return toySpec.rowToInput(values);
      },
    };
    const { preview } = previewImport(spec, 'x.csv', 'First name\nAnn\nBoom\n');
    expect(preview.errors).toEqual([{ line: 3, message: 'This row could not be read: unexpected' }]);
    expect(preview.validRows).toBe(1);
  });

  describe('whole-file problems', () => {
    it('asks for the column that holds a required field', () => {
      const { preview, valid } = previewImport(toySpec, 'x.csv', 'Name,Email\nAnn,ann@example.org\n');
      expect(preview.problem).toBe('Choose the column that holds First name.');
      expect(valid).toEqual([]);
      expect(importIsClean(preview)).toBe(false);
      // The mapping screen still gets the columns and the guess so far.
      expect(preview.columns.map((c) => c.header)).toEqual(['Name', 'Email']);
      expect(preview.mapping.email).toBe(1);
      expect(preview.totalRows).toBe(1);
    });

    it('names every required field that is missing', () => {
      const spec = { ...toySpec, fields: toyFields.map((f) => (f.key === 'email' ? { ...f, required: true } : f)) };
      const { preview } = previewImport(spec, 'x.csv', 'Name\nAnn\n');
      expect(preview.problem).toBe('Choose the columns that hold First name and Email.');
    });

    it('refuses one column chosen for two fields', () => {
      const { preview } = previewImport(toySpec, 'x.csv', 'First name,Email\nAnn,a@example.org\n', {
        firstName: 0,
        lastName: 0,
      });
      expect(preview.problem).toBe('The column "First name" is chosen for both First name and Last name. Choose one column for each.');
    });

    it('refuses a column that is not in the file', () => {
      for (const index of [2, -1, 0.5]) {
        const { preview } = previewImport(toySpec, 'x.csv', 'First name,Email\nAnn,a@example.org\n', { firstName: 0, email: index });
        expect(preview.problem).toBe('The column chosen for Email is not in this file. Choose it again.');
      }
    });

    it('passes on the parser’s problem', () => {
      const { preview } = previewImport(toySpec, 'empty.csv', '');
      expect(preview.problem).toBe('The file is empty.');
      expect(preview.totalRows).toBe(0);
    });

    it('uses the mapping given, ignoring keys that are not fields', () => {
      const { preview, valid } = previewImport(toySpec, 'x.csv', 'A,B\nAnn,Lee\n', { firstName: 1, lastName: 0, bogus: 0 });
      expect(preview.mapping).not.toHaveProperty('bogus');
      expect(valid[0]?.input).toMatchObject({ firstName: 'Lee', lastName: 'Ann' });
    });

    it('names a column with no heading by its spreadsheet letter', () => {
      const { preview } = previewImport(toySpec, 'x.csv', 'First name,,Email\nAnn,x,a@example.org\n');
      expect(preview.columns[1]?.header).toBe('Column B (no heading)');
    });
  });

  // Speed is measured by `npm run bench`, not asserted here: timed tests flake on busy machines.
  it('previews a 5,000-row file with multi-line cells, every row read and numbered', () => {
    const lines = ['First name,Last name,Email,Phone,DOB,Address,Postcode,Roles,Notes'];
    for (let i = 0; i < 5000; i++) {
      lines.push(
        `Person${i},Surname ${i},p${i}@example.org,07700 9${String(i).padStart(5, '0')},${(i % 28) + 1}/0${(i % 9) + 1}/1970,"Flat ${i}, High St",S1 2HE,coach; admin,"Line one\nLine two"`,
      );
    }
    const text = '\uFEFF' + lines.join('\r\n') + '\r\n';
    const { preview, valid } = previewImport(toySpec, 'big.csv', text);
    expect(preview.errors).toEqual([]);
    expect(valid).toHaveLength(5000);
    expect(valid[4999]?.line).toBe(2 + 4999);
  });
});
