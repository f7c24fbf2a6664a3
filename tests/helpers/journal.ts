import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { plainCodec } from '../../electron/store/codec';
import { decodeCommitLine, type CommitRecord, type JournalOp } from '../../electron/store/commit-format';

/**
 * Reads the commits a data folder's journal holds, live segments and archived ones (a
 * checkpoint moves segments to journal/archive/), oldest first. Each line of a segment is
 * `<crc32 hex> <json>`; a line that does not decode fails the test, since tests never tear one.
 * `liveOnly`: just the commits a checkpoint has not yet written into the documents.
 */
export async function readCommits(dataDir: string, options: { liveOnly?: boolean } = {}): Promise<CommitRecord[]> {
  const bySeq = new Map<number, CommitRecord>();
  const dirs = [path.join(dataDir, 'journal', 'archive'), path.join(dataDir, 'journal')];
  for (const dir of options.liveOnly ? dirs.slice(1) : dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.log'))) {
      const bytes = await readFile(path.join(dir, name));
      for (const line of bytes.toString('utf8').split('\n')) {
        if (line === '') continue;
        const decoded = decodeCommitLine(Buffer.from(line, 'utf8'), plainCodec);
        if (!decoded.ok) throw new Error(`${name}: a journal line could not be read (${decoded.reason})`);
        bySeq.set(decoded.commit.seq, decoded.commit);
      }
    }
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The newest commit's sequence number (0 when the journal holds none). */
export async function lastSeq(dataDir: string): Promise<number> {
  return (await readCommits(dataDir)).at(-1)?.seq ?? 0;
}

/** Commits made after `seq`. */
export async function commitsAfter(dataDir: string, seq: number): Promise<CommitRecord[]> {
  return (await readCommits(dataDir)).filter((c) => c.seq > seq);
}

/** What one operation did, in a form easy to compare: "put volunteers", "del dbsChecks", "put audit/2026". */
export function describeOp(op: JournalOp): string {
  return `${op.op} ${op.c}${op.op !== 'set' && op.p ? `/${op.p}` : ''}`;
}

/** The audit entries a commit holds. */
export function auditEntriesIn(commit: CommitRecord): Record<string, unknown>[] {
  return commit.ops.flatMap((op) => (op.op === 'put' && op.c === 'audit' ? [op.v as Record<string, unknown>] : []));
}
