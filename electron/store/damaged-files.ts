import fs from 'node:fs/promises';
import path from 'node:path';
import { JOURNAL_DIR } from './journal';

/**
 * Files the store set aside as damaged (`members.corrupt-<time>.json`, journal segments renamed
 * `….corrupt-<time>`): never read again, kept for recovery by hand. They may hold details of
 * someone erased since, so the erasure log names them and offers to delete them.
 */

const DAMAGED = /\.corrupt-[^/\\]+$/;

export interface DamagedFile {
  /** Relative to the data folder: "members.corrupt-20261123-101500.json", "journal/….corrupt-…". */
  name: string;
  /** When it was set aside (its last change, ISO). */
  setAsideAt: string;
}

async function namesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => DAMAGED.test(n));
}

export async function listDamagedFiles(dataDir: string): Promise<DamagedFile[]> {
  const names = [...(await namesIn(dataDir)), ...(await namesIn(path.join(dataDir, JOURNAL_DIR))).map((n) => `${JOURNAL_DIR}/${n}`)];
  const out: DamagedFile[] = [];
  for (const name of names.sort()) {
    const st = await fs.stat(path.join(dataDir, name)).catch(() => null);
    if (st?.isFile()) out.push({ name, setAsideAt: st.mtime.toISOString() });
  }
  return out;
}

/** Deletes the damaged files listed now (never a name from outside: only what listDamagedFiles finds). Returns how many went. */
export async function deleteDamagedFiles(dataDir: string): Promise<number> {
  let n = 0;
  for (const f of await listDamagedFiles(dataDir)) {
    await fs.rm(path.join(dataDir, f.name), { force: true });
    n += 1;
  }
  return n;
}
