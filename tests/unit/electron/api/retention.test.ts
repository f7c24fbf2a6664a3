import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditKind, complianceKind, erasuresKind, referralsKind, retentionKind, volunteersKind } from '../../../../electron/documents';
import type { AuditEntry } from '../../../../shared/domain/audit';
import type { RetentionItem } from '../../../../shared/domain/retention';
import { CallFailed, openSampleApp, type TestApp } from '../../../helpers/services';

/**
 * The retention list through the API, on the sample data (23/11/2026): what is past its date,
 * "Keep" with a reason, and erasing one item or all listed — each one commit, with audit entries
 * that name no one and carry no reason.
 */

let app: TestApp;

beforeEach(async () => {
  app = await openSampleApp({ now: new Date(2026, 10, 23, 10, 0, 0) });
});
afterEach(async () => {
  await app.close();
});

const ref = (i: RetentionItem) => ({ kind: i.kind, recordId: i.recordId });

function allAudit(): AuditEntry[] {
  const store = app.services.store;
  return store.keys(auditKind).flatMap((y) => store.get(auditKind, y).entries);
}

async function firstOf(kind: RetentionItem['kind']): Promise<RetentionItem> {
  const item = (await app.api.retention.list()).items.find((i) => i.kind === kind);
  expect(item, `the sample data has a ${kind} past its date`).toBeDefined();
  return item!;
}

/** Every document in the data folder (not backups) as text. */
async function dataFolderText(): Promise<string> {
  const names = (await readdir(app.dir)).filter((n) => n.endsWith('.json'));
  return (await Promise.all(names.map((n) => readFile(path.join(app.dir, n), 'utf8')))).join('\n');
}

describe('the retention list', () => {
  it('lists DBS numbers, closed referrals and people who left, past their dates, the oldest first', async () => {
    const { items, kept } = await app.api.retention.list();
    expect(kept).toEqual([]);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['dbs', 'referral', 'volunteer']));
    expect(items.every((i) => i.keptUntil < '2026-11-23')).toBe(true);
    expect(items.map((i) => i.keptUntil)).toEqual([...items.map((i) => i.keptUntil)].sort());
  });

  it('follows Settings → Retention: a longer period for DBS numbers lists fewer', async () => {
    const before = (await app.api.retention.list()).items.filter((i) => i.kind === 'dbs').length;
    await app.api.settings.update({ retentionMonths: { 'dbs-numbers': 36 } });
    const after = (await app.api.retention.list()).items.filter((i) => i.kind === 'dbs').length;
    expect(after).toBeLessThan(before);
    const entry = allAudit().at(-1);
    expect(entry?.summary).toBe('Changed Retention: DBS certificate numbers');
  });

  it('refuses a period that is not a whole number of months from 1 to 600, in plain words', async () => {
    const refused = await app.api.settings.update({ retentionMonths: { 'supervision-notes': 0 } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CallFailed);
    expect((refused as CallFailed).error.fields?.['retentionMonths.supervision-notes']).toBe('Keep private notes from volunteer supervision for between 1 month and 50 years');
  });
});

describe('Keep', () => {
  it('keeps an item with a reason and review date in one commit, off the list until then; the audit entry holds no reason', async () => {
    const item = await firstOf('dbs');
    const seq = app.services.store.seq;
    const logged = allAudit().length;
    await app.api.retention.keep({ ...ref(item), reason: 'Insurance claim by Alison is open', reviewOn: '2027-05-01' });
    expect(app.services.store.seq).toBe(seq + 1);
    const { items, kept } = await app.api.retention.list();
    expect(items.some((i) => i.key === item.key)).toBe(false);
    expect(kept.map((k) => [k.key, k.decision.reason, k.decision.reviewOn])).toEqual([[item.key, 'Insurance claim by Alison is open', '2027-05-01']]);
    expect(app.services.store.get(retentionKind).kept).toHaveLength(1);
    const entry = allAudit().slice(logged).at(-1)!;
    expect(entry).toMatchObject({ action: 'update', entity: 'volunteer', entityId: item.person?.id, summary: 'Kept a DBS certificate number past its keep-until date, to review on 01/05/2027' });
    expect(JSON.stringify(entry)).not.toContain('Alison');

    // On the review day it is back, with the decision shown.
    app.setNow(new Date(2027, 4, 1, 9, 0, 0));
    const back = (await app.api.retention.list()).items.find((i) => i.key === item.key);
    expect(back?.lastKept?.reason).toBe('Insurance claim by Alison is open');
  });

  it('asks for a review date after today', async () => {
    const item = await firstOf('referral');
    const refused = await app.api.retention.keep({ ...ref(item), reason: 'Asked to', reviewOn: '2026-11-23' }).catch((e: unknown) => e);
    expect((refused as CallFailed).error.fields?.reviewOn).toBe('Enter a review date after today');
  });
});

describe('Erase', () => {
  it('clears a DBS number only, in one commit, and the audit entry names neither the person nor the number', async () => {
    const item = await firstOf('dbs');
    const check = app.services.store.get(complianceKind).dbsChecks.find((d) => d.id === item.recordId)!;
    const number = check.certificateNumber!;
    const seq = app.services.store.seq;
    const logged = allAudit().length;
    expect(await app.api.retention.clear(ref(item))).toEqual({ erased: 1, skipped: 0 });
    expect(app.services.store.seq).toBe(seq + 1);
    const after = app.services.store.get(complianceKind).dbsChecks.find((d) => d.id === item.recordId)!;
    expect(after.certificateNumber).toBeUndefined();
    expect({ level: after.level, issueDate: after.issueDate, decision: after.decision }).toEqual({ level: check.level, issueDate: check.issueDate, decision: check.decision });
    const entry = allAudit().slice(logged).at(-1)!;
    expect(entry).toMatchObject({ action: 'delete', entity: 'volunteer', summary: 'Erased a DBS certificate number past its keep-until date' });
    expect(JSON.stringify(entry)).not.toContain(item.who);
    // The journal forgot it too: no document or journal file in the folder holds the number.
    expect(await dataFolderText()).not.toContain(number);
    expect((await app.api.retention.list()).items.some((i) => i.key === item.key)).toBe(false);
  });

  it('clears a closed referral’s personal details and keeps its dates and outcome', async () => {
    const item = await firstOf('referral');
    const before = app.services.store.get(referralsKind).referrals.find((r) => r.id === item.recordId)!;
    await app.api.retention.clear(ref(item));
    const after = app.services.store.get(referralsKind).referrals.find((r) => r.id === item.recordId)!;
    expect(after.erasedAt).toBeDefined();
    expect(after.person.firstName).toBe('Erased person');
    expect(after.reason).toBeUndefined();
    expect({ received: after.receivedDate, outcome: after.outcome, source: after.source }).toEqual({ received: before.receivedDate, outcome: before.outcome, source: before.source });
  });

  it('sends people to “Erase this person” rather than clearing them', async () => {
    const item = await firstOf('volunteer');
    await expect(app.api.retention.clear(ref(item))).rejects.toBeInstanceOf(CallFailed);
  });

  it('“Erase all listed” erases every item in one commit, with one audit entry each and an erasure log line per person', async () => {
    const { items } = await app.api.retention.list();
    const people = items.filter((i) => i.kind === 'volunteer');
    const seq = app.services.store.seq;
    const logged = allAudit().length;
    const result = await app.api.retention.eraseListed({ items: items.map(ref) });
    expect(result).toEqual({ erased: items.length, skipped: 0 });
    expect(app.services.store.seq).toBe(seq + 1);
    expect((await app.api.retention.list()).items).toEqual([]);
    const log = app.services.store.get(erasuresKind).erasures;
    expect(log.map((e) => e.personId).sort()).toEqual(people.map((p) => p.recordId).sort());
    expect(log.every((e) => e.because === 'retention' && e.reason.startsWith('Past the keep-until date of'))).toBe(true);
    const volunteers = app.services.store.get(volunteersKind).volunteers;
    for (const p of people) expect(volunteers.find((v) => v.id === p.recordId)?.erasedAt).toBeDefined();
    const entries = allAudit().slice(logged).filter((e) => e.action === 'delete');
    expect(entries).toHaveLength(items.length);
    const text = JSON.stringify(entries);
    for (const i of items) expect(text).not.toContain(i.who);

    // Asked again (a second window still showing the list), nothing is left to erase.
    expect(await app.api.retention.eraseListed({ items: items.slice(0, 2).map(ref) })).toEqual({ erased: 0, skipped: 2 });
  });
});
