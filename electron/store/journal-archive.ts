import fs from 'node:fs/promises';
import path from 'node:path';
import { listSegments, type SegmentInfo } from './journal';

/**
 * Segments a checkpoint no longer needs move to `journal/archive/`, where the change feed
 * can still read them, until the archive passes a size and its oldest are deleted. Nothing
 * else reads them: deleting the archive loses no data, only how far back the feed reaches.
 */

export const ARCHIVE_DIR = 'archive';
const ARCHIVE_BYTES = 32 * 1024 * 1024;

export async function archiveSegments(journalDir: string, segments: readonly SegmentInfo[]): Promise<void> {
  if (segments.length === 0) return;
  const archive = path.join(journalDir, ARCHIVE_DIR);
  await fs.mkdir(archive, { recursive: true });
  for (const s of segments) {
    // A segment made ready for commits that never came holds nothing worth keeping.
    const size = (await fs.stat(path.join(journalDir, s.name)).catch(() => null))?.size;
    if (size === 0) {
      await fs.rm(path.join(journalDir, s.name), { force: true });
      continue;
    }
    await fs.rename(path.join(journalDir, s.name), path.join(archive, s.name)).catch(async (error: unknown) => {
      // Already gone is fine; anything else must not leave it among the live segments.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') await fs.rm(path.join(journalDir, s.name), { force: true });
    });
  }
  const kept = await listSegments(archive);
  let total = 0;
  const sizes = await Promise.all(kept.map(async (s) => (await fs.stat(path.join(archive, s.name)).catch(() => ({ size: 0 }))).size));
  // Newest first; once over the budget, everything older goes (a single huge segment, such as a
  // whole sample dataset loaded at once, goes at once: a reader then starts again from everything).
  for (let i = kept.length - 1; i >= 0; i--) {
    total += sizes[i] ?? 0;
    if (total > ARCHIVE_BYTES) await fs.rm(path.join(archive, kept[i]!.name), { force: true });
  }
}

/** The oldest sequence number the feed can answer `since` for. */
export async function archiveFloor(journalDir: string, checkpointSeq: number): Promise<number> {
  const [oldest] = await listSegments(path.join(journalDir, ARCHIVE_DIR));
  return oldest ? oldest.firstSeq - 1 : checkpointSeq;
}
