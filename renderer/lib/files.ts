import type { UploadedFile } from '../../shared/api';
import type { FileDownload } from '../../shared/files';

/**
 * Files in and out use web-standard pieces only: a file input to choose (Electron shows the
 * native Open dialog) and a blob download to save (Electron shows the native Save As dialog).
 * The renderer never sees a path on disk.
 */

export async function readUpload(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return { name: file.name, base64: btoa(binary) };
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Sent with the file's name whenever a file is saved, for the "not protected" notice
 * (pages/protection/UnprotectedFileNotice.tsx), shown while "Protect with a passphrase" is on:
 * every save flow comes through here, so none can miss it. A file that stays encrypted (a
 * protected backup) says so with `stillProtected`.
 */
export const SAVED_FILE_EVENT = 'peer-desk:saved-file';

export function saveDownload(file: FileDownload, { stillProtected = false }: { stillProtected?: boolean } = {}): void {
  const blob = file.base64 !== undefined ? new Blob([base64ToBytes(file.base64)], { type: file.mimeType }) : new Blob([file.text ?? ''], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!stillProtected) window.dispatchEvent(new CustomEvent(SAVED_FILE_EVENT, { detail: file.filename }));
}
