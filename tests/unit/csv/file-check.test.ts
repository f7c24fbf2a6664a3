import { describe, expect, it } from 'vitest';
import {
  base64ByteLength,
  base64Length,
  csvSizeProblem,
  MAX_CSV_BYTES,
  megabytes,
  notTextProblem,
  uploadProblem,
  utf16Encoding,
} from '../../../shared/csv/file-check';
import { DOCX, GIF, GZIP, HEIC, JPEG, ODS, OTHER_BINARY, PDF, PNG, XLS, XLSX, zipFile } from '../../helpers/binary-files';
import { fixtureBytes } from './toy-spec';

const MB = 1024 * 1024;
const SAVE_AS = 'In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)", then import that file.';

describe('the size check', () => {
  it('works out the size from the base64 length alone, exactly', () => {
    for (let n = 0; n < 40; n++) {
      const base64 = Buffer.alloc(n, 7).toString('base64');
      expect(base64ByteLength(base64)).toBe(n);
      expect(base64Length(n)).toBe(base64.length);
    }
  });

  it('allows 20 MB and refuses anything bigger, saying how big and what to do', () => {
    expect(csvSizeProblem('big.csv', MAX_CSV_BYTES)).toBeUndefined();
    expect(csvSizeProblem('big.csv', 48 * MB)).toBe(
      '"big.csv" is 48 MB. Peer Desk can import spreadsheets of up to 20 MB: split it into smaller files, or save only the columns you need.',
    );
    // Just over the limit never reads as "20 MB".
    expect(csvSizeProblem('big.csv', MAX_CSV_BYTES + 1)).toMatch(/^"big.csv" is 20\.1 MB\./);
  });

  it('writes sizes as people read them', () => {
    expect(megabytes(20.3 * MB)).toBe('20.3 MB');
    expect(megabytes(48.4 * MB)).toBe('48 MB');
    expect(megabytes(1234 * MB)).toBe('1,234 MB');
  });
});

describe('the not-text check', () => {
  it('recognises an Excel workbook, by its contents or its name', () => {
    expect(notTextProblem('members.xlsx', XLSX)).toBe(`"members.xlsx" is an Excel workbook, not a CSV file. ${SAVE_AS}`);
    // Renamed to .csv: the parts inside still say Excel.
    expect(notTextProblem('members.csv', XLSX)).toBe(`"members.csv" is an Excel workbook, not a CSV file. ${SAVE_AS}`);
    // A workbook whose first part is large enough to push the xl/ names past the first few KB.
    const bigFirstPart = zipFile({ '[Content_Types].xml': 'x'.repeat(10_000), 'xl/workbook.xml': '<workbook/>' });
    expect(notTextProblem('Volunteers 2025.xlsx', bigFirstPart.subarray(0, 4096))).toMatch(/is an Excel workbook/);
    expect(notTextProblem('old.xls', XLS)).toBe(`"old.xls" is an Excel workbook, not a CSV file. ${SAVE_AS}`);
  });

  it('names other office files and says what to do', () => {
    expect(notTextProblem('letter.docx', DOCX)).toMatch(/^"letter.docx" is a Word document, not a CSV file\. Peer Desk can only import a spreadsheet saved as CSV\./);
    expect(notTextProblem('members.ods', ODS)).toBe(
      '"members.ods" is a LibreOffice Calc spreadsheet, not a CSV file. In Calc, choose File → Save As, pick "Text CSV (.csv)", then import that file.',
    );
    expect(notTextProblem('list.zip', zipFile({ 'list.csv': 'a,b' }))).toMatch(/^"list.zip" is a compressed \(zip\) file, not a CSV file\./);
  });

  it('recognises PDFs, photos and compressed files', () => {
    expect(notTextProblem('register.pdf', PDF)).toMatch(/^"register.pdf" is a PDF, not a CSV file\. Open the spreadsheet the PDF was made from/);
    for (const [name, bytes] of [
      ['photo.png', PNG],
      ['IMG_0042.jpg', JPEG],
      ['logo.gif', GIF],
      ['IMG_0043.heic', HEIC],
    ] as const) {
      expect(notTextProblem(name, bytes)).toBe(`"${name}" is a photo or picture, not a CSV file. Peer Desk can only import a spreadsheet saved as CSV. ${SAVE_AS}`);
    }
    expect(notTextProblem('peer-desk-2026-01-01.pdbackup', GZIP)).toMatch(/is a Peer Desk backup, not a CSV file\. To bring a backup back, use Settings → Data & backups → Restore from backup\./);
    expect(notTextProblem('data.gz', GZIP)).toMatch(/^"data.gz" is a compressed file, not a CSV file\./);
  });

  it('refuses any other file with zero bytes, in general words', () => {
    expect(notTextProblem('export.dat', OTHER_BINARY)).toBe(
      `"export.dat" is not a CSV file: it holds something other than text. Peer Desk can only import a spreadsheet saved as CSV. ${SAVE_AS}`,
    );
  });

  it('lets every kind of text through: UTF-8, Windows-1252, and UTF-16 with or without its mark', () => {
    for (const name of ['excel-utf8.csv', 'excel-cp1252.csv', 'excel-unicode-text.txt', 'semicolon.csv', 'names-utf8.csv', 'errors.csv']) {
      expect(notTextProblem(name, fixtureBytes(name).subarray(0, 4096))).toBeUndefined();
    }
    const text = 'First name,Email\r\nAnn,ann@example.org\r\n';
    expect(notTextProblem('a.csv', Buffer.from(text, 'utf16le'))).toBeUndefined();
    expect(notTextProblem('a.csv', Buffer.from(text, 'utf16le').swap16())).toBeUndefined();
    expect(utf16Encoding(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    // A zero character is not text, even in UTF-16.
    expect(notTextProblem('a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\u0000\u0000', 'utf16le')]))).toMatch(/holds something other than text/);
  });

  it('checks emptiness, then size, then kind', () => {
    expect(uploadProblem('empty.csv', 0, new Uint8Array())).toBe('"empty.csv" is empty.');
    expect(uploadProblem('huge.xlsx', 48 * MB, XLSX)).toMatch(/is 48 MB/);
    expect(uploadProblem('small.xlsx', XLSX.length, XLSX)).toMatch(/is an Excel workbook/);
    expect(uploadProblem('fine.csv', 10, Buffer.from('Name\r\nAnn\r\n'))).toBeUndefined();
  });
});
