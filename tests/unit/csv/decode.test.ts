import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, decodeWindows1252 } from '../../../electron/csv/decode';
import { fixtureBytes } from './toy-spec';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with a BOM, dropping the BOM', () => {
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Siân,Llŷr')))).toBe('Siân,Llŷr');
  });

  it('reads UTF-8 without a BOM, including emoji and Vietnamese', () => {
    expect(decodeCsvBytes(utf8('Nguyễn Thị Lan,Chi 🌻,Łukasz'))).toBe('Nguyễn Thị Lan,Chi 🌻,Łukasz');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Excel "CSV (Comma delimited)")', () => {
    // "Zoë" as Excel on Windows writes it: ë is the single byte 0xEB.
    expect(decodeCsvBytes(bytes(0x5a, 0x6f, 0xeb))).toBe('Zoë');
    // Curly quotes, en dash, euro and pound, which Latin-1 would get wrong.
    expect(decodeCsvBytes(bytes(0x93, 0x4f, 0x92, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x32))).toBe('“O’” – €5 £2');
  });

  it('maps all of Windows-1252 the way browsers do', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(all.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const text = 'First name\tNickname\r\nNguyễn\tLan 🌸\r\n';
    const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(decodeCsvBytes(le)).toBe(text);
    const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(decodeCsvBytes(be)).toBe(text);
  });

  it('recognises UTF-16LE that has lost its BOM', () => {
    const text = 'First name,Email\r\nAnn,ann@example.org\r\n';
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe(text);
  });

  it('returns an empty string for an empty file', () => {
    expect(decodeCsvBytes(new Uint8Array(0))).toBe('');
  });

  it('decodes the fixture files as Excel wrote them', () => {
    const utf8File = fixtureBytes('excel-utf8.csv');
    expect([...utf8File.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCsvBytes(utf8File).startsWith('First name,')).toBe(true);

    const cp1252 = fixtureBytes('excel-cp1252.csv');
    expect(cp1252.includes(0xeb)).toBe(true);
    expect(decodeCsvBytes(cp1252)).toContain('Zoë,Clarke');

    const unicodeText = fixtureBytes('excel-unicode-text.txt');
    expect([...unicodeText.slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect(decodeCsvBytes(unicodeText)).toContain('Nguyễn Thị\tLan\tLan 🌸');
  });
});
