/**
 * Checks made on a chosen file before any of it is read as CSV: its size, and from its
 * first few KB whether it is text at all. Both are cheap, so a photo or a 50 MB workbook is
 * turned away at once, in words that say what to do instead, rather than after a long
 * attempt to read it. Used by the import handlers (authoritative) and by the import page,
 * which checks before it even sends the file.
 */

/** The largest CSV file Peer Desk imports: about 100,000 rows of a typical spreadsheet. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** Enough of the start of a file to recognise what it is. */
export const FILE_HEAD_BYTES = 4096;

/** Bytes in a base64 string, worked out from its length alone (no decoding). */
export function base64ByteLength(base64: string): number {
  let end = base64.length;
  let padding = 0;
  while (end > 0 && padding < 2 && base64.charCodeAt(end - 1) === 61 /* = */) {
    end--;
    padding++;
  }
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Base64 characters needed for `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

const MB = 1024 * 1024;

/** "48 MB"; one decimal place near the limit, rounded up, so a file just over it never reads "20 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  if (mb >= 100 || Math.round(mb) > MAX_CSV_BYTES / MB) return `${Math.round(mb).toLocaleString('en-GB')} MB`;
  return `${(Math.ceil(mb * 10) / 10).toLocaleString('en-GB')} MB`;
}

/** Why a file of `bytes` bytes is too big to import, or undefined when it is not. */
export function csvSizeProblem(name: string, bytes: number): string | undefined {
  if (bytes <= MAX_CSV_BYTES) return undefined;
  return `"${name}" is ${megabytes(bytes)}. Peer Desk can import spreadsheets of up to ${MAX_CSV_BYTES / MB} MB: split it into smaller files, or save only the columns you need.`;
}

const SAVE_AS_CSV = 'In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)", then import that file.';
const ONLY_CSV = `Peer Desk can only import a spreadsheet saved as CSV. ${SAVE_AS_CSV}`;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The start of a file as Latin-1 text, for finding names stored inside a zip. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1024) out += String.fromCharCode(...bytes.subarray(i, i + 1024));
  return out;
}

/**
 * Text in UTF-16 has a zero byte beside nearly every ASCII character (the commas, digits
 * and Latin letters that fill a CSV), on the odd bytes for little-endian and the even
 * bytes for big-endian. Neither UTF-8 nor Windows-1252 text contains zero bytes. Excel's
 * "Unicode Text" starts with a byte-order mark, but a file that has lost it is recognised too.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Zero bytes where text has none: any in UTF-8 or Windows-1252, a whole zero character in UTF-16. */
function hasZeroCharacters(head: Uint8Array): boolean {
  if (utf16Encoding(head) === null) return head.includes(0);
  for (let i = 0; i + 1 < head.length; i += 2) if (head[i] === 0 && head[i + 1] === 0) return true;
  return false;
}

function zipProblem(name: string, head: Uint8Array): string {
  // An Office file is a zip of XML parts; the names of the first parts are near the start.
  const inside = latin1(head);
  const ext = extension(name);
  if (['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb'].includes(ext) || inside.includes('xl/')) {
    return `"${name}" is an Excel workbook, not a CSV file. ${SAVE_AS_CSV}`;
  }
  if (ext === 'ods' || inside.includes('opendocument.spreadsheet')) {
    return `"${name}" is a LibreOffice Calc spreadsheet, not a CSV file. In Calc, choose File → Save As, pick "Text CSV (.csv)", then import that file.`;
  }
  if (ext === 'numbers') {
    return `"${name}" is an Apple Numbers spreadsheet, not a CSV file. In Numbers, choose File → Export To → CSV, then import that file.`;
  }
  if (['docx', 'docm', 'odt'].includes(ext) || inside.includes('word/')) return `"${name}" is a Word document, not a CSV file. ${ONLY_CSV}`;
  return `"${name}" is a compressed (zip) file, not a CSV file. ${ONLY_CSV}`;
}

const ZIP = [ascii('PK\u0003\u0004'), ascii('PK\u0005\u0006'), ascii('PK\u0007\u0008')];
// Office 97–2003 files (.xls, .doc), and Office files with a password.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = ascii('%PDF');
const GZIP = [0x1f, 0x8b];
const PICTURES = [[0xff, 0xd8, 0xff], [0x89, ...ascii('PNG\r\n\u001a\n')], ascii('GIF87a'), ascii('GIF89a')];

function isPicture(head: Uint8Array): boolean {
  if (PICTURES.some((signature) => startsWith(head, signature))) return true;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return true;
  // iPhone photos (HEIC): an "ftyp" box naming a HEIF brand.
  return startsWith(head, ascii('ftyp'), 4) && ['heic', 'heix', 'hevc', 'mif1', 'avif'].some((brand) => startsWith(head, ascii(brand), 8));
}

/**
 * Why a file is not a spreadsheet saved as text, from its first few KB, or undefined when
 * it may well be one (the CSV reader then has the last word).
 */
export function notTextProblem(name: string, head: Uint8Array): string | undefined {
  if (ZIP.some((signature) => startsWith(head, signature))) return zipProblem(name, head);
  const ext = extension(name);
  if (startsWith(head, OLE2)) {
    if (ext.startsWith('xl')) return `"${name}" is an Excel workbook, not a CSV file. ${SAVE_AS_CSV}`;
    if (ext.startsWith('doc')) return `"${name}" is a Word document, not a CSV file. ${ONLY_CSV}`;
    return `"${name}" is a Microsoft Office file, not a CSV file. ${ONLY_CSV}`;
  }
  if (startsWith(head, PDF)) {
    return `"${name}" is a PDF, not a CSV file. Open the spreadsheet the PDF was made from, then in Excel choose File → Save As → "CSV UTF-8 (Comma delimited)" and import that file.`;
  }
  if (isPicture(head)) return `"${name}" is a photo or picture, not a CSV file. ${ONLY_CSV}`;
  if (startsWith(head, GZIP)) {
    if (ext === 'pdbackup') return `"${name}" is a Peer Desk backup, not a CSV file. To bring a backup back, use Settings → Data & backups → Restore from backup.`;
    return `"${name}" is a compressed file, not a CSV file. ${ONLY_CSV}`;
  }
  if (hasZeroCharacters(head)) return `"${name}" is not a CSV file: it holds something other than text. ${ONLY_CSV}`;
  return undefined;
}

/** Both checks, for a file whose size and first bytes are known: the first problem, if any. */
export function uploadProblem(name: string, bytes: number, head: Uint8Array): string | undefined {
  if (bytes === 0) return `"${name}" is empty.`;
  return csvSizeProblem(name, bytes) ?? notTextProblem(name, head);
}
