import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGroupInput } from '../../../factories/groups';
import { makeMemberInput } from '../../../factories/members';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp(); // Monday 23 November 2026, 10:00
});
afterEach(async () => {
  await app.close();
});

async function volunteer(firstName: string, roles = ['group-facilitator'], status: 'active' | 'training' = 'active') {
  const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName: 'Jones', roles, startDate: '2024-03-01' }), status });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.volunteer.id;
}

const acceptedCheck = (issueDate: string) => ({ level: 'enhanced' as const, certificateNumber: '001234567890', issueDate, decision: 'accepted' as const, decisionBy: 'Sam Lead' });

async function makeCompliant(volunteerId: string) {
  await app.api.compliance.saveDbsCheck({ volunteerId, record: acceptedCheck('2026-01-10') });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'foundation-peer-support', date: '2025-05-01', status: 'completed' } });
  await app.api.compliance.saveTraining({ volunteerId, record: { courseId: 'safeguarding-adults', date: '2026-02-01', status: 'completed', certificateHeld: true } });
  await app.api.compliance.saveSupervision({ volunteerId, record: { date: '2026-11-16', kind: 'one-to-one', supervisor: 'Sam Lead', minutes: 60, notes: 'Talked about boundaries' } });
}

/** A printed PDF's text, one line per line of print (poppler's pdftotext, as tests/unit/pdf uses). */
function pdfText(pdf: { base64?: string | undefined }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'peer-desk-claim-'));
  try {
    const file = path.join(dir, 'claim.pdf');
    writeFileSync(file, Buffer.from(pdf.base64 ?? '', 'base64'));
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('compliance overview', () => {
  it('shows every active volunteer, and a renewal recorded turns the DBS column OK', async () => {
    const ana = await volunteer('Ana');
    await volunteer('Ben', ['newsletter-helper']);
    await volunteer('Cai', ['group-facilitator'], 'training');
    await makeCompliant(ana);
    // The check is 3 years old next week.
    await app.api.compliance.saveDbsCheck({ volunteerId: ana, record: acceptedCheck('2023-11-30') });
    const before = await app.api.compliance.overview({});
    expect(before.activeCount).toBe(2);
    expect(before.rows.map((r) => r.name)).toEqual(['Ana Jones', 'Ben Jones']);
    // The older check is the one that counts only if it is the latest: here the 2026 one is.
    expect(before.rows[0]!.dbs.state).toBe('ok');

    const cai = await volunteer('Dee');
    await app.api.compliance.saveDbsCheck({ volunteerId: cai, record: acceptedCheck('2023-11-30') });
    const due = (await app.api.compliance.overview({ withinDays: 30 })).rows.find((r) => r.volunteerId === cai)!;
    expect(due.dbs).toMatchObject({ state: 'due-soon', text: 'Due soon: renewal by 30/11/2026 (in 7 days)' });

    const view = await app.api.compliance.saveDbsCheck({ volunteerId: cai, record: acceptedCheck('2026-11-20') });
    expect(view.row.dbs).toMatchObject({ state: 'ok', text: 'OK: renewal due 20/11/2029' });
    expect(view.dbsChecks.map((c) => [c.issueDate, c.current])).toEqual([
      ['2026-11-20', true],
      ['2023-11-30', false],
    ]);
  });

  it('filters to those needing action in the next 30 days and by role, and Home counts them', async () => {
    const ana = await volunteer('Ana');
    await makeCompliant(ana);
    await volunteer('Ben', ['travel-buddy']);
    await volunteer('Cat', ['newsletter-helper']);
    const all = await app.api.compliance.overview({});
    expect(all.rows).toHaveLength(3);
    expect((await app.api.compliance.overview({ withinDays: 30 })).rows.map((r) => r.name)).toEqual(['Ben Jones']);
    expect((await app.api.compliance.overview({ role: 'newsletter-helper' })).rows.map((r) => r.name)).toEqual(['Cat Jones']);
    expect(all.counts).toMatchObject({ volunteers: 3, needsAction: 1, missing: { dbs: 1, training: 1, supervision: 1 } });
    expect((await app.api.home.thisWeek()).complianceNeedsAction).toBe(1);
  });

  it('lists the most urgent first, and a summary count filters the list, its CSV and its sheet to exactly those people', async () => {
    const named = async (firstName: string, lastName: string) => {
      const r = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName, roles: ['group-facilitator'], startDate: '2024-03-01' }), status: 'active' });
      if (r.status !== 'saved') throw new Error('not saved');
      return r.volunteer.id;
    };
    const owain = await named('Owain', 'Ôwen');
    const sian = await named('Siân', 'Llewelyn');
    const gwen = await named('Gwenllïan', 'Rhys');
    await named('Dafydd', 'ap Gwilym'); // nothing on record: missing
    for (const id of [owain, sian, gwen]) await makeCompliant(id);
    // Siân's renewal was due 01/11/2026; Gwenllïan's is due 10/12/2026.
    const reissue = async (volunteerId: string, issueDate: string) => {
      const check = (await app.api.compliance.volunteer({ volunteerId })).dbsChecks[0]!;
      await app.api.compliance.saveDbsCheck({ volunteerId, recordId: check.id, record: acceptedCheck(issueDate) });
    };
    await reissue(sian, '2023-11-01');
    await reissue(gwen, '2023-12-10');

    const all = await app.api.compliance.overview({});
    expect(all.rows.map((r) => r.name)).toEqual(['Siân Llewelyn', 'Dafydd ap Gwilym', 'Gwenllïan Rhys', 'Owain Ôwen']);
    expect(all.counts.overdue.dbs).toBe(1);

    const overdue = { area: 'dbs', state: 'overdue' } as const;
    expect((await app.api.compliance.overview(overdue)).rows.map((r) => r.name)).toEqual(['Siân Llewelyn']);
    expect((await app.api.compliance.overview({ area: 'dbs', state: 'due-soon' })).rows.map((r) => r.name)).toEqual(['Gwenllïan Rhys']);
    const csv = ((await app.api.compliance.exportCsv(overdue)).text ?? '').trim().split(/\r?\n/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^Siân Llewelyn,/);
    expect(pdfText(await app.api.compliance.printCompliance(overdue))).toContain('DBS overdue · 1 of 4 active volunteers shown');
    // In urgency order in the CSV too.
    expect(((await app.api.compliance.exportCsv({})).text ?? '').split(/\r?\n/).slice(1, 5).map((l) => l.split(',')[0])).toEqual(['Siân Llewelyn', 'Dafydd ap Gwilym', 'Gwenllïan Rhys', 'Owain Ôwen']);
    // Only the states a count is of: "OK" is everyone else, not a count on the page.
    expect((await app.services.call('compliance.overview', { area: 'dbs', state: 'ok' })).ok).toBe(false);
  });

  it('exports CSV and prints the sheet', async () => {
    await volunteer('Ana');
    const csv = await app.api.compliance.exportCsv({ withinDays: 30 });
    expect(csv.filename).toBe('compliance-2026-11-23.csv');
    expect(csv.text).toContain('Name,Roles,DBS status,DBS due,DBS details,Training status');
    expect(csv.text).toContain('Ana Jones,Peer group facilitator,Missing,,Missing: needs an enhanced check');
    const pdf = await app.api.compliance.printCompliance({});
    expect(pdf.mimeType).toBe('application/pdf');
    expect(Buffer.from(pdf.base64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('recording checks, training, supervision', () => {
  it('keeps the audit log to field names, never values', async () => {
    const ana = await volunteer('Ana');
    const view = await app.api.compliance.saveDbsCheck({ volunteerId: ana, record: acceptedCheck('2026-01-10') });
    const id = view.dbsChecks[0]!.id;
    await app.api.compliance.saveDbsCheck({ volunteerId: ana, recordId: id, record: { ...acceptedCheck('2026-01-10'), decision: 'not-accepted' } });
    await app.api.compliance.saveSupervision({ volunteerId: ana, record: { date: '2026-11-16', kind: 'group', supervisor: 'Sam Lead', minutes: 90, notes: 'Very private words' } });
    const audit = await app.api.audit.list({ entityId: ana });
    const summaries = audit.entries.map((e) => e.summary);
    expect(summaries).toContain('Added a DBS check');
    expect(summaries).toContain('Changed a DBS check: Decision');
    expect(summaries).toContain('Added a supervision');
    const text = JSON.stringify(audit);
    expect(text).not.toContain('001234567890');
    expect(text).not.toContain('Very private words');
    expect(text).not.toContain('not-accepted');
  });

  it('refuses dates in the future and courses not in the catalogue, in plain words', async () => {
    const ana = await volunteer('Ana');
    const future = await expectFailure(app.api.compliance.saveDbsCheck({ volunteerId: ana, record: acceptedCheck('2026-12-01') }));
    expect(future.fields).toEqual({ issueDate: "The date can't be in the future" });
    const course = await expectFailure(app.api.compliance.saveTraining({ volunteerId: ana, record: { courseId: 'juggling', date: '2026-01-01', status: 'completed' } }));
    expect(course.fields).toEqual({ courseId: 'Choose a course from the list' });
    const decision = await expectFailure(app.api.compliance.saveDbsCheck({ volunteerId: ana, record: { level: 'basic', issueDate: '2026-01-01', decision: 'accepted' } }));
    expect(decision.fields).toEqual({ 'record.decisionBy': 'Enter who made the decision' });
  });

  it('records modules done and shadowing for a course in progress', async () => {
    const ana = await volunteer('Ana');
    const view = await app.api.compliance.saveTraining({
      volunteerId: ana,
      record: { courseId: 'intentional-peer-support', date: '2026-09-01', status: 'in-progress', modulesDone: 9, shadowing: [{ date: '2026-10-04', minutes: 180, note: 'Sunday drop-in' }] },
    });
    expect(view.training[0]).toMatchObject({ modulesDone: 5, progressText: 'In progress: 5 of 5 modules' });
    expect(view.training[0]!.shadowing[0]).toMatchObject({ date: '2026-10-04', minutes: 180, note: 'Sunday drop-in' });
    expect(view.training[0]!.shadowing[0]!.id).toBeTruthy();
  });

  it('deletes a record, and a volunteer’s records go when they are deleted', async () => {
    const ana = await volunteer('Ana');
    await makeCompliant(ana);
    const view = await app.api.compliance.volunteer({ volunteerId: ana });
    const after = await app.api.compliance.deleteSupervision({ volunteerId: ana, recordId: view.supervision[0]!.id });
    expect(after.supervision).toEqual([]);
    expect((await expectFailure(app.api.compliance.deleteSupervision({ volunteerId: ana, recordId: view.supervision[0]!.id }))).code).toBe('NOT_FOUND');
    await app.api.volunteers.delete({ id: ana });
    const status = await app.api.system.status();
    expect(status.counts['DBS checks']).toBeUndefined();
  });
});

describe('making a volunteer active', () => {
  it('lists what their roles need and refuses without a reason', async () => {
    const cai = await volunteer('Cai', ['group-facilitator'], 'training');
    expect((await app.api.compliance.activationCheck({ volunteerId: cai })).missing.map((m) => m.text)).toEqual([
      'Enhanced DBS check: none on record',
      'Training: Foundation in peer support',
      'Training: Safeguarding adults',
    ]);
    const refused = await expectFailure(app.api.volunteers.changeStatus({ id: cai, status: 'active', date: '2026-11-23' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Their roles need: Enhanced DBS check: none on record; Training: Foundation in peer support');
    expect(refused.fields).toEqual({ overrideReason: 'Enter the reason for making them active without these' });
    expect((await app.api.volunteers.get({ id: cai })).status).toBe('training');
  });

  it('goes ahead with a reason, which is kept with what was missing (and not in the audit log)', async () => {
    const cai = await volunteer('Cai', ['group-facilitator'], 'training');
    await app.api.compliance.saveDbsCheck({ volunteerId: cai, record: acceptedCheck('2026-10-01') });
    const v = await app.api.volunteers.changeStatus({ id: cai, status: 'active', date: '2026-11-23', overrideReason: 'Course booked for December; shadowing only until then' });
    expect(v.status).toBe('active');
    const view = await app.api.compliance.volunteer({ volunteerId: cai });
    expect(view.overrides).toEqual([
      expect.objectContaining({ date: '2026-11-23', reason: 'Course booked for December; shadowing only until then', missing: ['Training: Foundation in peer support', 'Training: Safeguarding adults'], by: 'Test Coordinator' }),
    ]);
    const audit = await app.api.audit.list({ entityId: cai });
    expect(audit.entries[0]!.summary).toBe('Status changed to Active from 23/11/2026 without training, with a reason');
    expect(JSON.stringify(audit)).not.toContain('December');
  });

  it('needs no reason once everything is in place, nor for other status changes', async () => {
    const cai = await volunteer('Cai', ['group-facilitator'], 'training');
    await app.api.volunteers.changeStatus({ id: cai, status: 'paused', date: '2026-11-23' });
    await makeCompliant(cai);
    expect((await app.api.volunteers.changeStatus({ id: cai, status: 'active', date: '2026-11-23' })).status).toBe('active');
    expect((await app.api.compliance.volunteer({ volunteerId: cai })).overrides).toEqual([]);
  });
});

describe('hours and expenses', () => {
  it('totals facilitated and logged hours by month and year, with training when Settings says so', async () => {
    const ana = await volunteer('Ana');
    const group = await app.api.groups.create({ group: makeGroupInput({ facilitatorIds: [ana] }) });
    await app.api.sessions.saveRegister({ sessionId: `${group.id}--2026-11-17`, marks: {}, facilitatorsPresent: [ana] });
    await app.api.compliance.saveHours({ volunteerId: ana, record: { date: '2026-10-05', activity: 'Stall at the Sutton fair', minutes: 150 } });
    await app.api.compliance.saveHours({ volunteerId: ana, record: { date: '2025-12-31', activity: 'New year lunch', minutes: 60 } });
    await app.api.compliance.saveTraining({ volunteerId: ana, record: { courseId: 'intro-peer-support', date: '2026-09-01', status: 'completed' } });
    let view = await app.api.compliance.volunteer({ volunteerId: ana });
    // A 90-minute session + 30 minutes preparation + 2.5 + 1 logged.
    expect(view.hours.totalMinutes).toBe(90 + 30 + 150 + 60);
    expect(view.hours.byYear.map((y) => [y.period, y.minutes])).toEqual([
      ['2026', 270],
      ['2025', 60],
    ]);
    expect(view.hours.byMonth.map((m) => [m.period, m.minutes])).toEqual([
      ['2026-11', 120],
      ['2026-10', 150],
      ['2025-12', 60],
    ]);
    // National Living Wage: £12.71 from April 2026, £12.21 before.
    expect(view.hours.value.pence).toBe(Math.round((270 * 1271) / 60) + Math.round((60 * 1221) / 60));
    await app.api.settings.update({ trainingHoursCount: true });
    view = await app.api.compliance.volunteer({ volunteerId: ana });
    expect(view.hours.byKind.training).toBe(120);
    expect(view.hours.totalMinutes).toBe(330 + 120);
  });

  it('adds attended one-to-one sessions with the travel time from Settings, each to the volunteer who met the member', async () => {
    const ana = await volunteer('Ana', ['peer-coach']);
    const ben = await volunteer('Ben', ['peer-coach']);
    const r = await app.api.members.create({ member: makeMemberInput({ firstName: 'Mo', lastName: 'Okafor' }), status: 'active', allowDuplicate: true });
    if (r.status !== 'saved') throw new Error('not saved');
    const memberId = r.member.id;
    const settings = await app.api.settings.update({ oneToOneTravelMinutes: 20 });
    expect(settings.oneToOneTravelMinutes).toBe(20);
    const audit = await app.api.audit.list({});
    expect(audit.entries[0]!.fields).toEqual(['Travel time for one-to-one sessions']);

    const coaching = (await app.api.programmes.start({ memberId, kindId: 'peer-coaching', volunteerId: ana, date: '2026-09-01' })).programme.id;
    const log = (programmeId: string, date: string, minutes: number, outcome: 'attended' | 'did-not-attend' = 'attended') =>
      app.api.programmes.logSession({ programmeId, session: { date, minutes, mode: 'in-person', outcome } });
    await log(coaching, '2026-09-07', 60);
    await log(coaching, '2026-09-14', 60, 'did-not-attend');
    await log(coaching, '2026-10-05', 90);
    await app.api.programmes.match({ id: coaching, volunteerId: ben, date: '2026-10-10', reason: 'Ana stepped back' });
    await log(coaching, '2026-10-12', 60);
    // A kind that does not count for hours adds nothing.
    await app.api.programmes.saveKind({ kind: { name: 'Friendly chat', plannedSessions: null, sessionMinutes: 30, roles: ['peer-coach'], countsForHours: false } });
    const chat = (await app.api.programmes.start({ memberId, kindId: 'friendly-chat', volunteerId: ana, date: '2026-09-01' })).programme.id;
    await log(chat, '2026-09-08', 30);

    const anaView = await app.api.compliance.volunteer({ volunteerId: ana });
    expect(anaView.hours.byKind).toEqual({ 'one-to-one': 150, 'one-to-one-travel': 40 });
    expect(anaView.hours.totalMinutes).toBe(190);
    expect(anaView.hours.byMonth.map((m) => [m.period, m.minutes])).toEqual([
      ['2026-10', 110],
      ['2026-09', 80],
    ]);
    expect(anaView.hours.byYear.map((y) => [y.period, y.byKind])).toEqual([['2026', { 'one-to-one': 150, 'one-to-one-travel': 40 }]]);
    const benView = await app.api.compliance.volunteer({ volunteerId: ben });
    expect(benView.hours.byKind).toEqual({ 'one-to-one': 60, 'one-to-one-travel': 20 });

    const letter = pdfText(await app.api.compliance.printHoursLetter({ volunteerId: ana }));
    expect(letter).toContain('One-to-one sessions 2 hours 30 minutes');
    expect(letter).toContain('Travel for one-to-one sessions 40 minutes');
    expect(letter).toContain('hours from one-to-one sessions come from our session records and include travel time;');

    // No travel time: the sessions alone.
    await app.api.settings.update({ oneToOneTravelMinutes: 0 });
    expect((await app.api.compliance.volunteer({ volunteerId: ana })).hours.byKind).toEqual({ 'one-to-one': 150 });
    const tooLong = await expectFailure(app.api.settings.update({ oneToOneTravelMinutes: 300 }));
    expect(tooLong.fields).toEqual({ oneToOneTravelMinutes: 'Enter 240 minutes (4 hours) or fewer' });
  });

  it('pays mileage at 45p until 10,000 miles in the tax year, then 25p, and prints the claim', async () => {
    const ana = await volunteer('Ana', ['travel-buddy']);
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-04-06', kind: 'mileage', description: 'Trips in April to June', miles: 4990 } });
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-10-31', kind: 'mileage', description: 'Trips in July to October', miles: 4990 } });
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-04-05', kind: 'mileage', description: 'Last year', miles: 500 } });
    const view = await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-11-20', kind: 'mileage', description: 'Hospital visits', miles: 50, passengers: 1 } });
    await app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-11-21', kind: 'fares', description: 'Bus to Sutton', amountPence: 480, receiptHeld: true } });
    const trip = view.expenses.find((e) => e.description === 'Hospital visits')!;
    expect(trip.mileage).toMatchObject({ milesBefore: 9980, milesAtFullRate: 20, milesAtReducedRate: 30, passengerMiles: 50 });
    expect(trip.pence).toBe(20 * 45 + 30 * 25 + 50 * 5);
    expect(view.expenses.find((e) => e.description === 'Last year')!.pence).toBe(500 * 45);
    const claim = await app.api.compliance.printClaimForm({ volunteerId: ana, month: '2026-11' });
    expect(claim.filename).toBe('expenses-claim-ana-jones-2026-11.pdf');
    // April's claim holds 5 April (the old tax year) and 6 April (the new one): both named.
    const april = await app.api.compliance.printClaimForm({ volunteerId: ana, month: '2026-04' });
    expect(pdfText(april)).toContain('Tax year 2025–26 (trips up to 5 April): 500 miles on this form');
    expect(pdfText(april)).toContain('Tax year 2026–27 (trips from 6 April): 4,990 miles on this form');
    const none = await expectFailure(app.api.compliance.printClaimForm({ volunteerId: ana, month: '2026-01' }));
    expect(none.message).toBe('No expenses recorded for Ana Jones in January 2026.');
    const letter = await app.api.compliance.printHoursLetter({ volunteerId: ana });
    expect(letter.filename).toBe('hours-letter-ana-jones-2026-11-23.pdf');
  });

  it('refuses mileage without miles and other costs without an amount', async () => {
    const ana = await volunteer('Ana');
    const noMiles = await expectFailure(app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-11-20', kind: 'mileage', description: 'Trip' } }));
    expect(noMiles.fields).toEqual({ 'record.miles': 'Enter the miles driven' });
    const noAmount = await expectFailure(app.api.compliance.saveExpense({ volunteerId: ana, record: { date: '2026-11-20', kind: 'other', description: 'Tea' } }));
    expect(noAmount.fields).toEqual({ 'record.amountPence': 'Enter the amount' });
  });
});

describe('compliance settings', () => {
  it('change role requirements and the catalogue, and keep courses that have records', async () => {
    const ana = await volunteer('Ana', ['newsletter-helper']);
    let settings = await app.api.settings.update({ roleRequirements: [{ roleId: 'newsletter-helper', dbsLevel: 'basic', courseIds: ['safeguarding-adults'], supervisionEveryWeeks: 12 }] });
    expect(settings.roleRequirements.find((r) => r.roleId === 'newsletter-helper')).toEqual({ roleId: 'newsletter-helper', dbsLevel: 'basic', courseIds: ['safeguarding-adults'], supervisionEveryWeeks: 12 });
    expect(settings.roleRequirements.map((r) => r.roleId)[0]).toBe('group-facilitator');
    expect((await app.api.compliance.overview({})).rows[0]!.dbs.text).toBe('Missing: needs a basic check');

    const courses = settings.trainingCourses.map((c) => ({ ...c }));
    settings = await app.api.settings.update({ trainingCourses: [...courses, { name: 'Hearing Voices facilitation', hours: 12, modules: [] }] });
    expect(settings.trainingCourses.at(-1)).toMatchObject({ id: 'hearing-voices-facilitation', name: 'Hearing Voices facilitation', hours: 12, accredited: false });

    await app.api.compliance.saveTraining({ volunteerId: ana, record: { courseId: 'safeguarding-adults', date: '2026-01-01', status: 'completed' } });
    const removed = await expectFailure(app.api.settings.update({ trainingCourses: courses.filter((c) => c.id !== 'safeguarding-adults') }));
    expect(removed.message).toBe('Safeguarding adults cannot be removed: volunteers have training records for it. Rename it instead if it has changed.');
    settings = await app.api.settings.update({ trainingCourses: courses.filter((c) => c.id !== 'mental-health-first-aid'), dbsRenewalMonths: 24, trainingHoursCount: true });
    expect(settings).toMatchObject({ dbsRenewalMonths: 24, trainingHoursCount: true });
    const audit = await app.api.audit.list({});
    expect(audit.entries[0]!.fields).toEqual(['Training courses', 'DBS renewal period', 'Training counts as volunteer hours']);
  });
});
