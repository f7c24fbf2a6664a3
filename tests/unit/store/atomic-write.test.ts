import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeStaleTempFiles } from '../../../electron/store/atomic-write';
import { atomicWriteFile } from '../../../electron/store/index';
import { listDir, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes fsync fail on the temp file only, as a full or failing disk would. */
function failFsyncOfTempFiles(): void {
  const realOpen = fs.open.bind(fs);
  vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
    const handle = await realOpen(...args);
    if (String(args[0]).endsWith('.tmp')) {
      vi.spyOn(handle, 'sync').mockRejectedValue(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    }
    return handle;
  });
}

describe('atomicWriteFile', () => {
  it('creates a file, then replaces it, leaving no temp file behind', async () => {
    const dir = await sandbox.tempDir();
    const file = path.join(dir, 'doc.json');
    await atomicWriteFile(file, '{"a":1}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":1}');
    await atomicWriteFile(file, Buffer.from('{"a":2}'));
    expect(await fs.readFile(file, 'utf8')).toBe('{"a":2}');
    expect(await listDir(dir)).toEqual(['doc.json']);
  });

  it('fsyncs the file before renaming it into place', async () => {
    const dir = await sandbox.tempDir();
    const file = path.join(dir, 'doc.json');
    const events: string[] = [];
    const realOpen = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const realSync = handle.sync.bind(handle);
      const which = String(args[0]).endsWith('.tmp') ? 'file' : 'folder';
      vi.spyOn(handle, 'sync').mockImplementation(async () => {
        events.push(`fsync ${which}`);
        await realSync();
      });
      return handle;
    });
    const realRename = fs.rename.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      events.push('rename');
      await realRename(from, to);
    });
    await atomicWriteFile(file, 'x');
    expect(events).toEqual(process.platform === 'win32' ? ['fsync file', 'rename'] : ['fsync file', 'rename', 'fsync folder']);
  });

  it('leaves the old file intact and no temp file when fsync fails', async () => {
    const dir = await sandbox.tempDir();
    const file = path.join(dir, 'doc.json');
    await atomicWriteFile(file, 'old contents');
    failFsyncOfTempFiles();
    await expect(atomicWriteFile(file, 'new contents')).rejects.toThrow(/EIO/);
    expect(await fs.readFile(file, 'utf8')).toBe('old contents');
    expect(await listDir(dir)).toEqual(['doc.json']);
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    const dir = await sandbox.tempDir();
    const file = path.join(dir, 'doc.json');
    await atomicWriteFile(file, 'old contents');
    vi.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }));
    await expect(atomicWriteFile(file, 'new contents')).rejects.toThrow(/EXDEV/);
    expect(await fs.readFile(file, 'utf8')).toBe('old contents');
    expect(await listDir(dir)).toEqual(['doc.json']);
  });

  it('gives concurrent writers their own temp files', async () => {
    const dir = await sandbox.tempDir();
    const file = path.join(dir, 'doc.json');
    const texts = Array.from({ length: 8 }, (_, i) => `writer ${i} `.repeat(20_000));
    await Promise.all(texts.map((t) => atomicWriteFile(file, t)));
    expect(texts).toContain(await fs.readFile(file, 'utf8'));
    expect(await listDir(dir)).toEqual(['doc.json']);
  });

  it('sweeps temp files left by a crash, and nothing else', async () => {
    const dir = await sandbox.tempDir();
    await fs.writeFile(path.join(dir, '.notes.json.4242.0123456789ab.tmp'), 'half a wri');
    await fs.writeFile(path.join(dir, 'notes.json'), '{}');
    await fs.writeFile(path.join(dir, 'mine.tmp'), 'not ours');
    await removeStaleTempFiles(dir);
    expect(await listDir(dir)).toEqual(['mine.tmp', 'notes.json']);
  });
});
