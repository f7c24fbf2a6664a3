import { existsSync, renameSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { corruptStamp } from './file-names';

/**
 * Moves a damaged document out of the way: `volunteers.json` → `volunteers.corrupt-<time>.json`
 * in the same folder. Renamed, never rewritten, so the original bytes stay for recovery, and
 * the name no longer matches a document so the next open ignores it.
 */
export async function moveAside(dataDir: string, fileName: string, now: Date): Promise<string> {
  const base = fileName.replace(/\.json$/, '');
  const stamp = corruptStamp(now);
  for (let n = 1; ; n++) {
    const movedTo = `${base}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`;
    const target = path.join(dataDir, movedTo);
    const exists = await fs.access(target).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    await fs.rename(path.join(dataDir, fileName), target);
    return movedTo;
  }
}

/** The same, for a document found damaged on first use (read synchronously, inside a handler). */
export function moveAsideSync(dataDir: string, fileName: string, now: Date): string {
  const base = fileName.replace(/\.json$/, '');
  const stamp = corruptStamp(now);
  for (let n = 1; ; n++) {
    const movedTo = `${base}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`;
    const target = path.join(dataDir, movedTo);
    if (existsSync(target)) continue;
    renameSync(path.join(dataDir, fileName), target);
    return movedTo;
  }
}
