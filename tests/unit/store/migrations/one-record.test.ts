import { describe, expect, it } from 'vitest';
import { APP_COLLECTIONS, APP_KINDS } from '../../../../electron/documents';
import type { AnyTarget } from '../../../../electron/store/collections';
import { migrateDocument, upgradeJournalRecord, upgradeJournalValue } from '../../../../electron/store/migrate';
import { tombstones, tombstonesKind } from '../../../../electron/store/tombstones';
import type { AnyDocumentKind } from '../../../../electron/store/types';

/**
 * A record an older version left in the journal is migrated on its own, as a document of one
 * (upgradeJournalRecord). That is only right if every step treats each record on its own: so
 * for every kind, from every older version, each record migrated alone must come out exactly
 * as it does inside a whole document holding records in every list. A new step that needs
 * the whole document fails here, and then needs handling in the store before it ships.
 */

const KINDS: readonly AnyDocumentKind[] = [...APP_KINDS, tombstonesKind];
const TARGETS: readonly AnyTarget[] = [...APP_COLLECTIONS, tombstones];

/** Records of no particular kind, with the fields the older shapes had (the prototype's volunteers read several). */
function sampleRecords(field: string): Record<string, unknown>[] {
  return [
    { id: `${field}-1`, firstName: 'Siân', lastName: 'Ap Rhys', roles: 'Travel Buddy; Admin', startDate: '03/02/2021', status: 'active', createdAt: '2021-02-03T10:00:00.000Z', date: '2025-03-04', at: '2025-03-04T10:00:00.000Z' },
    { id: `${field}-2`, firstName: 'Łukasz', notes: 'Prefers mornings', date: '2025-05-06', at: '2025-05-06T10:00:00.000Z' },
  ];
}

const steps = KINDS.flatMap((kind) =>
  Array.from({ length: kind.version }, (_, from) => ({
    kind,
    from,
    targets: TARGETS.filter((t) => t.kind.name === kind.name),
  })),
);

describe('every migration works on a document of one record', () => {
  it('covers every kind with an older version', () => {
    expect(steps.map((s) => `${s.kind.name} v${s.from}`)).toEqual(expect.arrayContaining(['volunteers v0', 'volunteers v1', 'grants v1', 'settings v0', 'tombstones v0']));
    for (const { kind, targets } of steps) expect(targets.length, `${kind.name} has no collection or singleton`).toBeGreaterThan(0);
  });

  it.each(steps.map((s) => [`${s.kind.name} from v${s.from}`, s] as const))('%s: each record alone comes out as it does in the whole document', (_, { kind, from, targets }) => {
    const collections = targets.filter((t) => t.type === 'collection');
    const whole: Record<string, unknown> = { schemaVersion: from };
    for (const t of collections) whole[t.field] = sampleRecords(t.field);
    for (const t of targets) if (t.type === 'singleton') whole[t.field] = { textSize: 'large', charityName: 'Hafan Peer Support' };
    const migrated = migrateDocument(kind, `${kind.name}.json`, structuredClone(whole)).doc as Record<string, unknown>;

    for (const t of collections) {
      for (const [i, record] of sampleRecords(t.field).entries()) {
        const alone = upgradeJournalRecord(kind, t.field, record as { id: string }, from);
        expect(alone).toEqual((migrated[t.field] as unknown[])[i]);
      }
    }
    for (const t of targets) {
      if (t.type !== 'singleton') continue;
      expect(upgradeJournalValue(kind, t.field, structuredClone(whole[t.field]), from)).toEqual(migrated[t.field]);
    }
  });
});
