import { IMAGE_TYPES, MAX_IMAGE_BYTES, type ImageType } from '../../../shared/domain/newsletters';
import { readUpload } from '../../lib/files';

/**
 * A picture chosen for a newsletter section, made ready to keep inside the record. Photos
 * straight off a phone are several megabytes and 4,000 pixels across: far more than a
 * printed page needs, and slow to save. Anything over the size limit, or wider than needed
 * for a sharp A4 print, is redrawn smaller as a JPEG here, before it is sent anywhere.
 */

export interface ChosenPicture {
  mimeType: ImageType;
  base64: string;
}

export class PictureProblem extends Error {}

/** 1,600 pixels across the 170 mm column is about 240 dpi: sharp on any office printer. */
const LONGEST_EDGE = 1600;

function isImageType(type: string): type is ImageType {
  return (IMAGE_TYPES as readonly string[]).includes(type);
}

async function toBase64(blob: Blob): Promise<string> {
  return (await readUpload(new File([blob], 'picture'))).base64;
}

async function redraw(file: File, quality: number, longest: number): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PictureProblem('That picture could not be opened. Choose a JPEG or PNG picture.');
  }
  const scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new PictureProblem('That picture could not be made smaller. Try a smaller picture.');
  // A JPEG has no transparency: see-through parts of a PNG print white, as on paper, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new PictureProblem('That picture could not be made smaller. Try a smaller picture.');
  return blob;
}

async function needsShrinking(file: File): Promise<boolean> {
  if (file.size > MAX_IMAGE_BYTES) return true;
  try {
    const bitmap = await createImageBitmap(file);
    const big = Math.max(bitmap.width, bitmap.height) > LONGEST_EDGE * 1.25;
    bitmap.close();
    return big;
  } catch {
    throw new PictureProblem('That picture could not be opened. Choose a JPEG or PNG picture.');
  }
}

export async function readPicture(file: File): Promise<ChosenPicture> {
  if (!isImageType(file.type)) {
    throw new PictureProblem(
      /heic|heif/i.test(file.type) || /\.hei[cf]$/i.test(file.name)
        ? 'That is an iPhone HEIC photo, which cannot be printed. Save it as a JPEG first (on the iPhone: Settings, Camera, Formats, Most Compatible), or send it to yourself by email.'
        : 'Choose a JPEG or PNG picture (a file ending .jpg, .jpeg or .png).',
    );
  }
  if (!(await needsShrinking(file))) return { mimeType: file.type, base64: await toBase64(file) };
  for (const [quality, longest] of [
    [0.85, LONGEST_EDGE],
    [0.75, 1200],
    [0.7, 900],
  ] as const) {
    const blob = await redraw(file, quality, longest);
    if (blob.size <= MAX_IMAGE_BYTES) return { mimeType: 'image/jpeg', base64: await toBase64(blob) };
  }
  throw new PictureProblem('That picture is too big to use even made smaller. Choose a smaller picture.');
}

export function pictureUrl(picture: ChosenPicture): string {
  return `data:${picture.mimeType};base64,${picture.base64}`;
}
