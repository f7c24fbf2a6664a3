import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName, saveDialogOptionsFor } from '../../../../electron/shell/downloads';

describe('saveDialogOptionsFor', () => {
  it('starts in Downloads with the suggested name and a matching filter', () => {
    const options = saveDialogOptionsFor('volunteers-2025-06-01.csv', '/home/sam/Downloads');
    expect(options.defaultPath).toBe(path.join('/home/sam/Downloads', 'volunteers-2025-06-01.csv'));
    expect(options.filters?.[0]).toEqual({ name: 'Spreadsheet (CSV)', extensions: ['csv'] });
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('offers only "All files" for unknown types', () => {
    expect(saveDialogOptionsFor('notes.xyz', '/d').filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\evil.pdf', 'evil.pdf'],
    ['roster<June>.pdf', 'rosterJune.pdf'],
    ['.hidden', 'hidden'],
    ['', 'Peer Desk export'],
    ['line\nbreak.csv', 'linebreak.csv'],
  ])('%j becomes %j', (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });
});
