import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { events, makeEvent, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { useSandbox } from './helpers';

/**
 * forgetHistory(): after an erasure, the journal (live and archived) must not keep the old
 * record. Everything acknowledged stays; the change feed starts readers again. Kills part
 * way are covered by the crash test (crash-writer.ts's "forget" action).
 */

const sandbox = useSandbox();

async function journalText(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, 'journal');
  let text = '';
  for (const sub of [dir, path.join(dir, 'archive')]) {
    for (const name of await readdir(sub).catch(() => [] as string[])) {
      if (name.endsWith('.log')) text += await readFile(path.join(sub, name), 'utf8');
    }
  }
  return text;
}

describe('forgetHistory', () => {
  it('drops every segment that held an overwritten record, keeps the records, and resets the feed', async () => {
    const dir = await sandbox.tempDir();
    const store = await sandbox.open(dir);
    const secret = makeNote({ id: 'n1', text: 'Amira Haddad, 07700 900123' });
    await store.transaction((tx) => tx.put(notes, secret));
    await store.checkpoint(); // the commit now sits in the archive
    await store.transaction((tx) => tx.put(events, makeEvent({ id: 'e1', at: '2026-01-01T10:00:00Z', text: 'Amira Haddad came' })));
    await store.transaction((tx) => {
      tx.put(notes, { ...secret, text: 'Erased person 7F3A' }, { replaces: secret });
      tx.put(events, makeEvent({ id: 'e1', at: '2026-01-01T10:00:00Z', text: 'Erased person 7F3A came' }));
    });
    expect(await journalText(dir)).toContain('Amira Haddad');

    await store.forgetHistory();
    expect(await journalText(dir)).not.toContain('Amira Haddad');
    const feed = await store.changesSince(0);
    expect(feed.reset).toBe(true);
    expect(feed.commits[0]!.changes.map((c) => c.id)).toEqual(expect.arrayContaining(['e1', 'n1']));

    // Later commits go on as before, and everything is there after reopening.
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'n2', text: 'after' })));
    expect((await store.changesSince(store.seq - 1)).reset).toBe(false);
    await store.close();
    const again = await sandbox.open(dir);
    expect(again.problems).toEqual([]);
    expect(again.get(notesKind).notes.map((n) => n.text).sort()).toEqual(['Erased person 7F3A', 'after']);
    await again.close();
  });
});
