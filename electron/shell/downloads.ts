import path from 'node:path';
import type { SaveDialogOptions } from 'electron';

/**
 * The renderer saves exports (CSV, PDF, backups) as blob downloads. Electron shows a native
 * Save As dialog for a download with no save path set; these options make that dialog say
 * what is being saved and start in the Downloads folder with a sensible name and filter.
 */

const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'Peer Desk backup', extensions: ['json'] },
  zip: { name: 'Peer Desk backup', extensions: ['zip'] },
};

/**
 * The name comes from the page (the download attribute), so strip anything that could
 * point the dialog outside the chosen folder or that Windows cannot store in a file name.
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? 'Peer Desk export' : cleaned;
}

export function saveDialogOptionsFor(fileName: string, downloadsDir: string): SaveDialogOptions {
  const name = safeFileName(fileName);
  const extension = path.extname(name).slice(1).toLowerCase();
  const filter = FILTERS[extension];
  return {
    title: 'Save a copy',
    buttonLabel: 'Save',
    defaultPath: path.join(downloadsDir, name),
    filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
