import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Temp files are hidden, name their target and end in .tmp, so a crash mid-write leaves
 * something recognisable that open() can sweep away (see removeStaleTempFiles).
 */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

function tempPathFor(filePath: string): string {
  const name = `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  return path.join(path.dirname(filePath), name);
}

/**
 * Replaces `filePath` so that after a crash or power cut it holds either the old bytes or the
 * new ones, never a mix: write a temp file in the same folder (rename is only atomic within
 * one file system), fsync it, rename it over the target, then fsync the folder so the rename
 * itself survives a power cut. On failure the temp file is removed and the old file is intact.
 */
export async function atomicWriteFile(filePath: string, data: Buffer | string): Promise<void> {
  const tempPath = tempPathFor(filePath);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(tempPath, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tempPath, filePath);
    await syncDirectory(path.dirname(filePath));
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Deletes temp files left by a write that was cut short. Call only while holding the folder lock. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => TEMP_FILE.test(n)).map((n) => fs.rm(path.join(dir, n), { force: true })));
}

/** Makes a rename or a new file in `dir` survive a power cut. A no-op on Windows. */
export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** On Windows a virus scanner or indexer briefly holding the target makes rename fail; wait it out. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE_RENAME.has(code) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}
