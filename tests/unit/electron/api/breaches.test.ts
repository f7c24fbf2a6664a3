import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreachInput } from '../../../../shared/domain/breaches';
import type { CommitRecord } from '../../../../electron/store/commit-format';
import { auditEntriesIn, commitsAfter, describeOp, lastSeq } from '../../../helpers/journal';
import { pdfText } from '../../../helpers/pdf-text';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00 on this machine's clock
});
afterEach(async () => {
  await app.close();
});

type Typed = Omit<BreachInput, 'ico' | 'peopleTold'> & Partial<Pick<BreachInput, 'ico' | 'peopleTold'>>;
const breach = (extra: Partial<BreachInput> = {}): Typed => ({
  foundDate: '2026-11-23',
  foundTime: '08:30',
  whatHappened: 'The Tuesday register was left on the 93 bus',
  dataInvolved: 'Names and phone numbers of the Tuesday group',
  peopleAffected: 14,
  risk: 'could-harm',
  ...extra,
});

async function commitsOf(action: () => Promise<unknown>): Promise<CommitRecord[]> {
  const seq = await lastSeq(app.dir);
  await action();
  return commitsAfter(app.dir, seq);
}

describe('recording a breach', () => {
  it('is one commit with its audit entry, which names the day and the risk but not what happened', async () => {
    let id = '';
    const commits = await commitsOf(async () => {
      id = (await app.api.breaches.create({ breach: breach() })).id;
    });
    expect(commits).toHaveLength(1);
    expect(commits[0]!.ops.map(describeOp).sort()).toEqual(['put audit/2026', 'put breaches']);
    const audit = auditEntriesIn(commits[0]!);
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'breach', entityId: id, summary: 'Recorded a data breach found 23/11/2026, risk: could harm' })]);
    expect(JSON.stringify(audit)).not.toMatch(/register|bus|phone|Tuesday/i);

    expect(await app.api.breaches.get({ id })).toMatchObject({ ...breach(), ico: 'not-yet', peopleTold: 'not-yet' });
  });

  it('refuses what is missing or impossible, in plain English, field by field', async () => {
    const missing = await expectFailure(app.api.breaches.create({ breach: { ...breach(), whatHappened: '', peopleAffected: 0, ico: 'reported' } }));
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields).toEqual({
      'breach.whatHappened': 'Enter what happened',
      'breach.peopleAffected': 'Enter how many people’s data was involved: 1 or more',
      'breach.icoReportedOn': 'Enter the date you reported it to the ICO',
    });
    const future = await expectFailure(app.api.breaches.create({ breach: breach({ foundTime: '10:30', ico: 'reported', icoReportedOn: '2026-11-22' }) }));
    expect(future.fields).toEqual({
      'breach.foundTime': 'That time has not come yet today',
      'breach.icoReportedOn': 'Enter a date on or after 23/11/2026, when the breach was found',
    });
    expect(await app.api.breaches.list()).toEqual([]);
  });
});

describe('adding to a breach later', () => {
  it('saves the ICO decision, containment and lessons in one commit whose audit lists the fields changed, not their values', async () => {
    const { id } = await app.api.breaches.create({ breach: breach() });
    app.setNow(new Date(2026, 10, 24, 16, 0));
    const commits = await commitsOf(() =>
      app.api.breaches.update({ id, breach: breach({ containment: 'Rang the bus depot; the register was handed in', ico: 'reported', icoReportedOn: '2026-11-24', lessons: 'Registers stay in the office' }) }),
    );
    expect(commits).toHaveLength(1);
    const [entry] = auditEntriesIn(commits[0]!);
    expect(entry).toMatchObject({ action: 'update', entity: 'breach', summary: 'Changed the breach found 23/11/2026 (could harm)', fields: ['Containment', 'Reported to the ICO', 'Date reported to the ICO', 'Lessons learned'] });
    expect(JSON.stringify(entry)).not.toMatch(/depot|office/);
    const saved = await app.api.breaches.get({ id });
    expect(saved).toMatchObject({ ico: 'reported', icoReportedOn: '2026-11-24', lessons: 'Registers stay in the office' });
    expect(saved.updatedAt).not.toBe(saved.createdAt);
  });

  it('drops an answer cleared in the form rather than keeping the old one', async () => {
    const { id } = await app.api.breaches.create({ breach: breach({ lessons: 'Lock the cabinet' }) });
    const after = await app.api.breaches.update({ id, breach: breach() });
    expect(after).not.toHaveProperty('lessons');
  });

  it('says so when the breach is not there', async () => {
    const error = await expectFailure(app.api.breaches.update({ id: 'gone', breach: breach() }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'That breach is no longer on record.' });
  });
});

describe('Home and the list', () => {
  it('lists breaches newest found first, and Home shows those the ICO question is open for until it is answered', async () => {
    const older = await app.api.breaches.create({ breach: breach({ foundDate: '2026-11-20', foundTime: '14:00' }) });
    const newer = await app.api.breaches.create({ breach: breach({ risk: 'low' }) });
    expect((await app.api.breaches.list()).map((b) => b.id)).toEqual([newer.id, older.id]);
    expect((await app.api.home.thisWeek()).breachesToReport).toEqual([
      { id: older.id, foundDate: '2026-11-20', foundTime: '14:00', risk: 'could-harm' },
      { id: newer.id, foundDate: '2026-11-23', foundTime: '08:30', risk: 'low' },
    ]);

    await app.api.breaches.update({ id: newer.id, breach: breach({ risk: 'low', ico: 'not-reporting', icoReason: 'Found within minutes, nobody saw it' }) });
    expect((await app.api.home.thisWeek()).breachesToReport.map((b) => b.id)).toEqual([older.id]);
  });
});

describe('printing a breach', () => {
  it('puts every field on an A4 record, with the deadline and the countdown while the ICO question is open', async () => {
    const { id } = await app.api.breaches.create({ breach: breach({ containment: 'Rang the bus depot', peopleTold: 'yes', peopleToldOn: '2026-11-23' }) });
    const file = await app.api.breaches.print({ id });
    expect(file).toMatchObject({ filename: 'data-breach-2026-11-23.pdf', mimeType: 'application/pdf' });
    const text = pdfText(file);
    for (const expected of [
      'Data breach record',
      'Found 08:30 Mon 23 Nov 2026',
      'What happened The Tuesday register was left on the 93 bus',
      'Data involved Names and phone numbers of the Tuesday group',
      'People affected 14',
      'Risk Could harm',
      'Containment Rang the bus depot',
      'Reported to the ICO Not yet Report to the ICO within 70 hours — by 08:30 Thu 26 Nov',
      'Report due by 08:30 Thu 26 Nov 2026 (72 hours after it was found)',
      'People told Told on 23/11/2026',
      'Lessons learned Not recorded yet',
      'Confidential',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
