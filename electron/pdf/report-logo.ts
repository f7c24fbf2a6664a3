import type { Logo } from '../../shared/domain/report-settings';
import { LOGO_MAX_BYTES } from '../../shared/domain/report-settings';
import { ApiError } from '../../shared/errors';
import { renderPdf } from './render';

/**
 * The organisation's logo for report covers: a PNG or JPEG, checked when it is uploaded
 * (type, size, and that it really draws), so a bad file is refused in Settings with a plain
 * message instead of breaking every report later.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic tables) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

export function logoDataUrl(logo: Pick<Logo, 'mimeType' | 'base64'>): string {
  return `data:${logo.mimeType};base64,${logo.base64}`;
}

const NOT_A_PICTURE = 'That file is not a picture Peer Desk can print. Choose a PNG or JPEG file.';

/** Reads an uploaded file as a logo, or throws an ApiError saying what is wrong in plain words. */
export async function readLogo(file: { name: string; base64: string }): Promise<Logo> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length === 0) throw new ApiError('BAD_FILE', 'That file is empty. Choose a PNG or JPEG file.');
  if (bytes.length > LOGO_MAX_BYTES) throw new ApiError('BAD_FILE', 'The logo file is too big: use a PNG or JPEG under 300 KB.');
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size || size.width === 0 || size.height === 0) throw new ApiError('BAD_FILE', NOT_A_PICTURE);
  const logo: Logo = {
    fileName: file.name.slice(0, 200),
    mimeType: png ? 'image/png' : 'image/jpeg',
    base64: bytes.toString('base64'),
    width: size.width,
    height: size.height,
  };
  try {
    // A damaged file can have the right header; drawing it once is the only real check.
    await renderPdf({ content: [{ image: logoDataUrl(logo), fit: [100, 100] }], defaultStyle: { font: 'Roboto' } });
  } catch {
    throw new ApiError('BAD_FILE', NOT_A_PICTURE);
  }
  return logo;
}
