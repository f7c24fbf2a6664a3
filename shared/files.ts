/**
 * A file handed to the renderer to save: a PDF, a CSV, a backup. Electron shows a Save As
 * dialog; the harness makes the browser download it.
 */
export interface FileDownload {
  filename: string;
  mimeType: string;
  /** Text files as text, binary files as base64. */
  text?: string;
  base64?: string;
}
