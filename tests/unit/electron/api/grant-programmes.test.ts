import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grant } from '../../../../shared/domain/grants';
import { computeReportFigures } from '../../../../shared/domain/report-figures';
import { makeGrantInput } from '../../../factories/grants';
import { FIXTURE_GRANT, G1, G2, YEAR_2 } from '../../../fixtures/reports/grant-report';
import { OS, PC, PM, programmeReportData } from '../../../fixtures/reports/programme-report';
import { writeGrantFixture } from '../../../fixtures/reports/write-fixture';
import { pdfText } from '../../../helpers/pdf-text';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

/**
 * Grants that fund kinds of one-to-one programme, through the API: the grant saved, and the
 * report gathered from the store (programmes, their sessions in every year's file, the kinds
 * and the travel time in Settings) agreeing with the figures counted by hand in
 * tests/unit/shared/domain/report-programmes.test.ts.
 */

let app: TestApp;
beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-grant-programmes-'));
  await writeGrantFixture(dir, { withProgrammes: true });
  app = await openTestApp({ dir }); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

async function fundProgrammes(): Promise<Grant> {
  return app.api.grants.update({ id: FIXTURE_GRANT.id, grant: makeGrantInput({ ...FIXTURE_GRANT, groupIds: [G1, G2], programmeKindIds: [PC, OS, PM, PC] }) });
}

describe('a grant that funds kinds of programme', () => {
  it('keeps the kinds chosen, once each, and names them in the list and on the grant', async () => {
    const grant = await fundProgrammes();
    expect(grant.programmeKindIds).toEqual([PC, OS, PM]);
    const list = await app.api.grants.list();
    expect(list.find((g) => g.id === grant.id)?.programmeKindNames).toEqual(['Peer coaching', 'One-to-one peer support', 'Peer mentoring']);
    const detail = await app.api.grants.get({ id: grant.id });
    expect(detail.programmeKinds.map((k) => k.name)).toEqual(['Peer coaching', 'One-to-one peer support', 'Travel buddy', 'Peer mentoring']);
  });

  it('may fund programmes only; a grant funding none is saved without the list, as before', async () => {
    const only = await app.api.grants.create({ grant: makeGrantInput({ name: 'Coaching only', programmeKindIds: [PC] }) });
    expect(only).toMatchObject({ groupIds: [], programmeKindIds: [PC] });
    const groups = await app.api.grants.create({ grant: makeGrantInput({ name: 'Groups only', groupIds: [G1] }) });
    expect('programmeKindIds' in groups).toBe(false);
    await app.reopen();
    expect('programmeKindIds' in (await app.api.grants.get({ id: groups.id })).grant).toBe(false);
  });

  it('refuses a kind that is not in Settings, or a grant that funds nothing', async () => {
    const gone = await expectFailure(app.api.grants.create({ grant: makeGrantInput({ programmeKindIds: ['no-such-kind'] }) }));
    expect(gone.fields).toEqual({ programmeKindIds: 'A kind of programme chosen is no longer in Settings' });
    const nothing = await expectFailure(app.api.grants.create({ grant: makeGrantInput({ groupIds: [], programmeKindIds: [] }) }));
    expect(nothing.fields).toEqual({ 'grant.groupIds': 'Choose at least one group or kind of programme the grant funds' });
  });
});

describe('its report, gathered from the store', () => {
  it('has the figures counted by hand, from programmes and sessions kept in several years’ files', async () => {
    await fundProgrammes();
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to });
    const expected = computeReportFigures(programmeReportData(YEAR_2, { grant: { ...FIXTURE_GRANT, programmeKindIds: [PC, OS, PM] }, suppressSmallNumbers: true }));
    expect(view.figures.oneToOne).toEqual(expected.oneToOne);
    expect(view.figures.counts).toEqual(expected.counts);
    expect(view.figures.headline).toEqual(expected.headline);
    expect(view.figures.oneToOne?.counts).toMatchObject({ people: 6, sessionsDelivered: 14, programmesEnded: 3, volunteerMinutes: 990 });
  });

  it('gives the one-to-one figures in the CSV and the PDF, and keeps them when sent', async () => {
    await fundProgrammes();
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to });
    const ids = { grantId: FIXTURE_GRANT.id, reportId: view.report.id };
    const csv = (await app.api.grants.reportCsv(ids)).text;
    expect(csv).toContain('One-to-one this period,People supported one to one,6,');
    expect(csv).toContain('One-to-one grant to date,Sessions delivered: Phone,3,');
    const pdf = pdfText(await app.api.grants.reportPdf(ids));
    expect(pdf).toContain('People supported one to one Different people who came to at least one session 6 6');

    const sent = await app.api.grants.markReportSent({ ...ids, sentOn: '2026-11-20', recipient: 'grants@example.org' });
    expect(sent.report.sent?.figures.oneToOne).toEqual(view.figures.oneToOne);
    await app.reopen();
    expect((await app.api.grants.report(ids)).report.sent?.figures.oneToOne).toEqual(view.figures.oneToOne);

    // A session keyed in late changes today's figures, not the copy sent, and says which part changed.
    await app.api.programmes.logSession({ programmeId: 'p3', session: { date: '2026-03-24', minutes: 60, mode: 'video', outcome: 'attended' } });
    const after = await app.api.grants.report(ids);
    expect(after.figures.oneToOne?.counts.sessionsDelivered).toBe(15);
    expect(after.report.sent?.figures.oneToOne?.counts.sessionsDelivered).toBe(14);
    expect(after.otherChangesSinceSent).toContain('one-to-one support');
    expect((await app.api.grants.reportCsv(ids)).text).toContain('One-to-one this period,Sessions delivered,14,');
  });

  it('a grant that funds no kinds has no one-to-one section, whatever programmes there are', async () => {
    const view = await app.api.grants.createReport({ grantId: FIXTURE_GRANT.id, from: YEAR_2.from, to: YEAR_2.to });
    expect(view.figures.oneToOne).toBeUndefined();
    expect(view.figures.counts).toMatchObject({ people: 8, activeVolunteers: 2, volunteerMinutes: 900 });
  });
});
