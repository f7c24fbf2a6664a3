import type { FileDownload } from '../../shared/files';
import { errorMessage } from './api';
import { saveDownload } from './files';

/** Runs a "Print …" call and hands the PDF to the Save As dialog (Electron) or a download (browser). */
export async function printPdf(make: () => Promise<FileDownload>, flash: (text: string, tone?: 'success' | 'error') => void): Promise<void> {
  try {
    const file = await make();
    saveDownload(file);
    flash(`Saved ${file.filename}. Open it and print at 100% (not "fit to page").`);
  } catch (e) {
    flash(errorMessage(e), 'error');
  }
}
