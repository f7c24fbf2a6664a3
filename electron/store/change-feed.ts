import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeCommitLine, type CommitRecord, type JournalOp } from './commit-format';
import { ARCHIVE_DIR } from './journal-archive';
import { listSegments } from './journal';
import type { Change, ChangeFeed, Codec } from './types';

/**
 * The change feed reads the journal (live segments and the archive) and turns each commit
 * into rows shaped like CouchDB's `_changes`: collection, id, and the record or `deleted`.
 * Replicating to CouchDB later is then a mapping of these rows, not a rewrite of the store.
 */

function changesOf(op: JournalOp): Change[] {
  const where = (p: string | undefined) => (p === undefined ? {} : { partition: p });
  switch (op.op) {
    case 'put':
      return [{ collection: op.c, id: op.v.id, ...where(op.p), record: op.v }];
    case 'del':
      return [{ collection: op.c, id: op.id, ...where(op.p), deleted: true }];
    case 'set':
      return [{ collection: op.c, id: op.c, record: op.v }];
  }
}

/**
 * Commits after `since` up to `upTo`, at most `limit` of them; null when the journal no
 * longer holds the commit right after `since` (the reader must start again from everything).
 */
export async function readChanges(
  journalDir: string,
  codec: Codec,
  since: number,
  upTo: number,
  limit: number,
): Promise<ChangeFeed['commits'] | null> {
  if (since >= upTo) return [];
  const archive = path.join(journalDir, ARCHIVE_DIR);
  const segments = [
    ...(await listSegments(archive)).map((s) => ({ ...s, dir: archive })),
    ...(await listSegments(journalDir)).map((s) => ({ ...s, dir: journalDir })),
  ].sort((a, b) => a.firstSeq - b.firstSeq || a.n - b.n);
  const out: ChangeFeed['commits'] = [];
  let expected = since + 1;
  for (const [i, segment] of segments.entries()) {
    const next = segments[i + 1];
    if (next && next.firstSeq <= since + 1) continue; // wholly before `since`
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(segment.dir, segment.name));
    } catch {
      continue; // moved to the archive while we looked: read again from there
    }
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      if (newline === -1) break; // a torn line, or a commit still being written
      const decoded = decodeCommitLine(bytes.subarray(start, newline), codec);
      start = newline + 1;
      if (!decoded.ok) break;
      const commit: CommitRecord = decoded.commit;
      if (commit.seq < expected) continue;
      if (commit.seq > expected || commit.seq > upTo) break;
      out.push({ seq: commit.seq, at: commit.at, changes: commit.ops.flatMap(changesOf) });
      expected = commit.seq + 1;
      if (out.length >= limit || commit.seq === upTo) return out;
    }
  }
  return out.length > 0 ? out : null;
}
