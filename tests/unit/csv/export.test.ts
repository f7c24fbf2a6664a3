import { describe, expect, it } from 'vitest';
import { escapeForExcel, phoneForExcel, toCsv } from '../../../shared/csv/export';
import { previewImport } from '../../../shared/csv/import';
import { parseCsvText } from '../../../shared/csv/parse';
import { decodeCsvBytes } from '../../../electron/csv/decode';
import { toyFields, toySpec, type ToyInput } from './toy-spec';

interface Person {
  first: string;
  notes?: string;
}
const columns = [
  { header: 'First name', value: (p: Person) => p.first },
  { header: 'Notes', value: (p: Person) => p.notes },
] as const;

describe('toCsv', () => {
  it('writes a UTF-8 BOM, CRLF line endings and a final line break', () => {
    const csv = toCsv(columns, [{ first: 'Ann', notes: 'Tea' }, { first: 'Bob' }]);
    expect(csv).toBe('\uFEFFFirst name,Notes\r\nAnn,Tea\r\nBob,\r\n');
  });

  it('quotes only what needs quoting', () => {
    const csv = toCsv(columns, [
      { first: 'Flat 2, 10 High St', notes: 'Said "hi"' },
      { first: ' padded ', notes: 'one\ntwo' },
    ]);
    expect(csv).toBe('\uFEFFFirst name,Notes\r\n"Flat 2, 10 High St","Said ""hi"""\r\n" padded ","one\ntwo"\r\n');
  });

  it('stops Excel running a cell as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","click")', '+44 7700 900982', '-1+2', '@SUM(A1)', '\tx', '\rx']) {
      expect(escapeForExcel(bad)).toBe(`'${bad}`);
    }
    expect(escapeForExcel('a=b')).toBe('a=b');
    const csv = toCsv(columns, [{ first: '=1+1', notes: '=cmd|\' /C calc\'!A0,' }]);
    expect(csv.split('\r\n')[1]).toBe('\'=1+1,"\'=cmd|\' /C calc\'!A0,"');
  });

  it('writes headers and no rows for an empty list', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFFirst name,Notes\r\n');
  });
});

describe('phoneForExcel', () => {
  it.each([
    ['+44 7700 900982', '07700 900982'],
    ['+447700900982', '07700 900982'],
    ['+44 (0)20 7946 0958', '020 7946 0958'],
    ['+44 07700 900982', '07700 900982'],
    ['+442079460958', '020 7946 0958'],
    ['07700900982', '07700 900982'],
    ['01144960000', '0114 496 0000'],
    ['01614960000', '0161 496 0000'],
    ['01632960123', '01632 960123'],
    ['08001234567', '0800 123 4567'],
    ['0169772345', '01697 72345'],
    ['07700 900982', '07700 900982'],
    ['0114 496 0000 ext 12', '0114 496 0000 ext 12'],
    ['+33 1 23 45 67 89', '0033 1 23 45 67 89'],
    ['+353861234567', '00 353861234567'],
    ['', ''],
    ['  ', ''],
  ])('%s → %s', (typed, expected) => {
    expect(phoneForExcel(typed)).toBe(expected);
  });

  it('never returns something Excel would turn into a formula or a number', () => {
    for (const typed of ['+44 7700 900982', '+447700900982', '07700900982', '+1 212 555 0100', '02079460958']) {
      const out = phoneForExcel(typed);
      expect(out).not.toMatch(/^[=+\-@]/);
      expect(out).not.toMatch(/^\d+$/);
    }
  });
});

describe('export → import round trip', () => {
  const tricky: ToyInput[] = [
    {
      firstName: '=SUM(A1:A9)',
      lastName: 'O\'Brien, "the elder"',
      nickname: 'Chi 🌻',
      email: 'chi@example.org',
      phone: '07700900982',
      dateOfBirth: '1961-04-03',
      address: { line1: 'Flat 2, 10 High St\nSheffield', postcode: 'S1 2HE' },
      roles: ['facilitator', 'coach'],
      notes: 'Line one\r\nLine "two", with comma\n@mention -dash +plus',
    },
    {
      firstName: 'Siân',
      lastName: 'Ní Bhriain',
      nickname: '-',
      email: undefined,
      phone: '+44 7700 900982',
      dateOfBirth: undefined,
      address: { line1: undefined, postcode: undefined },
      roles: [],
      notes: '+',
    },
  ];

  const iso = (d?: string): string | undefined => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : undefined);
  const exportColumns = toyFields.map((f) => ({
    header: f.label,
    value: (p: ToyInput): string | undefined => {
      switch (f.key) {
        case 'dateOfBirth':
          return iso(p.dateOfBirth);
        case 'address.line1':
          return p.address.line1;
        case 'address.postcode':
          return p.address.postcode;
        case 'roles':
          return p.roles.join('; ');
        default: {
          const v = p[f.key as keyof ToyInput];
          return typeof v === 'string' ? v : undefined;
        }
      }
    },
  }));

  it('gives back the same values through the file bytes', () => {
    const csv = toCsv(exportColumns, tricky);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const { preview, valid } = previewImport(toySpec, 'export.csv', decodeCsvBytes(bytes));
    expect(preview.errors).toEqual([]);
    // Line breaks come back as LF, as they are stored; everything else is identical.
    const expected = tricky.map((p) => ({ ...p, notes: p.notes?.replace(/\r\n/g, '\n') }));
    expect(valid.map((v) => v.input)).toEqual(expected);
    // Spreadsheet rows: the first person's notes hold three line breaks, and are still one row.
    expect(valid.map((v) => v.line)).toEqual([2, 3]);
  });

  it('maps every exported heading back to its field', () => {
    const headers = parseCsvText(toCsv(exportColumns, tricky)).headers;
    const { preview } = previewImport(toySpec, 'export.csv', toCsv(exportColumns, tricky));
    expect(headers).toEqual(toyFields.map((f) => f.label));
    expect(Object.values(preview.mapping)).toEqual(toyFields.map((_, i) => i));
  });
});
