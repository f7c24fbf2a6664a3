import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A PDF the API returned, as the text a person reads on it: poppler's pdftotext in drawing
 * order with whitespace squeezed, as tests/unit/pdf reads its own renders.
 */
export function pdfText(pdf: { base64?: string | undefined }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'peer-desk-pdf-'));
  try {
    const file = path.join(dir, 'printed.pdf');
    writeFileSync(file, Buffer.from(pdf.base64 ?? '', 'base64'));
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
