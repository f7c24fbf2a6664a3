import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { decodeCommitLine, encodeCommit, type CommitRecord } from './commit-format';
import { syncDirectory } from './atomic-write';
import type { Codec } from './kinds';

/**
 * The journal: commits appended to segment files in `journal/`, each fsynced before the
 * caller hears it succeeded. A checkpoint starts a new segment and, once the documents hold
 * everything up to it, deletes the segments before. Segment names are the sequence number
 * of their first commit, so their order is their names' order.
 */

export const JOURNAL_DIR = 'journal';
const SEGMENT = /^(\d{14})(?:-(\d+))?\.log$/;

export interface SegmentInfo {
  name: string;
  firstSeq: number;
  n: number;
}

function parseSegmentName(name: string): SegmentInfo | null {
  const match = SEGMENT.exec(name);
  return match ? { name, firstSeq: Number(match[1]), n: Number(match[2] ?? '1') } : null;
}

function segmentName(firstSeq: number, n: number): string {
  return `${String(firstSeq).padStart(14, '0')}${n === 1 ? '' : `-${n}`}.log`;
}

export interface JournalDamage {
  file: string;
  reason: string;
  /** Commits before the damage are good; this is the last of them (or 0). */
  lastGoodSeq: number;
}

export interface JournalContents {
  segments: SegmentInfo[];
  /** Every good commit after `afterSeq`, in order. */
  commits: CommitRecord[];
  /** Lines cut short by a crash and dropped (never acknowledged). */
  tornTails: number;
  /** Segments holding nothing but a torn line: safe to delete. */
  emptySegments: string[];
  damage: JournalDamage | null;
  bytes: number;
}

export async function listSegments(dir: string): Promise<SegmentInfo[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names
    .map(parseSegmentName)
    .filter((s): s is SegmentInfo => s !== null)
    .sort((a, b) => a.firstSeq - b.firstSeq || a.n - b.n);
}

/**
 * Reads every segment. A bad line at the very end of a segment is a torn write and is
 * dropped; a bad line with good ones after it, or a gap in the sequence, is damage: the
 * commits before it are kept and the rest reported.
 */
export async function readJournal(dir: string, codec: Codec, afterSeq: number): Promise<JournalContents> {
  const segments = await listSegments(dir);
  const out: JournalContents = { segments, commits: [], tornTails: 0, emptySegments: [], damage: null, bytes: 0 };
  let expected = afterSeq + 1;
  let lastGood = afterSeq;
  for (const segment of segments) {
    const bytes = await fs.readFile(path.join(dir, segment.name));
    out.bytes += bytes.length;
    let start = 0;
    let good = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline;
      const decoded = decodeCommitLine(bytes.subarray(start, end), codec);
      const atEnd = newline === -1 || newline === bytes.length - 1;
      start = end + 1;
      if (!decoded.ok) {
        if (atEnd) {
          out.tornTails += 1;
          break;
        }
        out.damage = { file: `${JOURNAL_DIR}/${segment.name}`, reason: `A change in the journal is damaged (${decoded.reason})`, lastGoodSeq: lastGood };
        return out;
      }
      good += 1;
      const { commit } = decoded;
      if (commit.seq < expected) continue; // already in the documents (written before the last checkpoint)
      if (commit.seq > expected) {
        out.damage = { file: `${JOURNAL_DIR}/${segment.name}`, reason: `Changes ${expected} to ${commit.seq - 1} are missing from the journal`, lastGoodSeq: lastGood };
        return out;
      }
      out.commits.push(commit);
      lastGood = commit.seq;
      expected = commit.seq + 1;
    }
    if (good === 0) out.emptySegments.push(segment.name);
  }
  return out;
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

export class Journal {
  private handle: FileHandle | null = null;
  private preparing: Promise<void> | null = null;
  private size = 0;
  /** Segments holding commits not yet known to be in the documents, oldest first. */
  private segments: SegmentInfo[];
  /** Bytes in those segments: the replay cost a checkpoint would remove. */
  bytes: number;

  constructor(
    private readonly dir: string,
    private readonly codec: Codec,
    existing: readonly SegmentInfo[],
    existingBytes: number,
  ) {
    this.segments = [...existing];
    this.bytes = existingBytes;
  }

  /** Appends one commit and waits until it is on disk. On failure the segment is left as it was. */
  async append(commit: CommitRecord, encoded?: Buffer): Promise<void> {
    const line = encoded ?? encodeCommit(commit, this.codec);
    if (this.preparing) await this.preparing;
    if (!this.handle) await this.openSegment(commit.seq);
    const handle = this.handle!;
    const before = this.size;
    try {
      await writeAll(handle, line);
      await handle.datasync();
    } catch (error) {
      // Cut the partial line off, so the next commit does not follow garbage. If even that
      // fails, stop using this segment: the partial line becomes its torn tail.
      await handle.truncate(before).catch(() => this.abandonSegment());
      throw error;
    }
    this.size += line.length;
    this.bytes += line.length;
  }

  /**
   * Creates the segment the next commit (number `firstSeq`) will go into, ahead of time: a new
   * file costs a folder fsync, which is better paid now than by the next save. Failure is
   * quiet; append() then tries again.
   */
  prepare(firstSeq: number): Promise<void> {
    if (this.handle || this.preparing) return this.preparing ?? Promise.resolve();
    this.preparing = this.openSegment(firstSeq)
      .catch(() => undefined)
      .finally(() => {
        this.preparing = null;
      });
    return this.preparing;
  }

  /** Later commits go to a new segment. Returns the segments before it, for deleting after a checkpoint. */
  async rotate(): Promise<SegmentInfo[]> {
    if (this.preparing) await this.preparing;
    await this.closeHandle();
    const closed = this.segments;
    this.segments = [];
    this.bytes = 0;
    return closed;
  }

  /** A checkpoint failed: the segments it would have let go are still needed. */
  keep(segments: readonly SegmentInfo[]): void {
    this.segments = [...segments, ...this.segments];
  }

  async remove(segments: readonly SegmentInfo[]): Promise<void> {
    for (const s of segments) await fs.rm(path.join(this.dir, s.name), { force: true });
    if (segments.length > 0) await syncDirectory(this.dir).catch(() => undefined);
  }

  /** Deletes every segment (after a restore, the documents are the whole state). */
  async clear(): Promise<void> {
    if (this.preparing) await this.preparing;
    await this.closeHandle();
    await this.remove(await listSegments(this.dir));
    this.segments = [];
    this.bytes = 0;
  }

  async close(): Promise<void> {
    if (this.preparing) await this.preparing;
    await this.closeHandle();
  }

  private async openSegment(firstSeq: number): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    for (let n = 1; ; n++) {
      const info: SegmentInfo = { name: segmentName(firstSeq, n), firstSeq, n };
      try {
        // Append mode: after a failed write is cut off, the next write lands at the new end, not after a hole.
        this.handle = await fs.open(path.join(this.dir, info.name), 'ax');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      this.segments.push(info);
      this.size = 0;
      break;
    }
    // The new file's name must survive a power cut as surely as the commit in it.
    await syncDirectory(this.dir);
  }

  private abandonSegment(): void {
    const handle = this.handle;
    this.handle = null;
    void handle?.close().catch(() => undefined);
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    if (handle) await handle.close();
  }
}
