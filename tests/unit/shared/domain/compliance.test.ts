import { describe, expect, it } from 'vitest';
import { activationMissing } from '../../../../shared/domain/activation';
import { complianceCounts, complianceRows, needsActionWithin, rowState, supervisionStatus, trainingStatus, type ComplianceVolunteer } from '../../../../shared/domain/compliance';
import { COMPLIANCE_SETTINGS_DEFAULTS } from '../../../../shared/domain/compliance-settings';
import { recordsByVolunteer, NO_RECORDS } from '../../../../shared/domain/compliance-records';
import { combinedRequirements } from '../../../../shared/domain/role-requirements';
import { DEFAULT_COURSES } from '../../../../shared/domain/training';
import { makeDbsCheck, makeSupervision, makeTraining } from '../../../factories/compliance';

const TODAY = '2026-11-23';
const settings = COMPLIANCE_SETTINGS_DEFAULTS;
const courses = new Map(DEFAULT_COURSES.map((c) => [c.id, c]));
const facilitator = (id: string, name = id): ComplianceVolunteer => ({ id, name, sortName: name, roles: ['group-facilitator'] });

describe('role requirements', () => {
  it('combine to the highest DBS level, every course and the most frequent supervision', () => {
    expect(combinedRequirements(['travel-buddy', 'trustee'], settings.roleRequirements)).toEqual({
      dbsLevel: 'enhanced',
      courseIds: ['intro-peer-support', 'safeguarding-adults'],
      supervisionEveryWeeks: 8,
    });
    expect(combinedRequirements(['newsletter-helper'], settings.roleRequirements)).toEqual({ dbsLevel: 'none', courseIds: [] });
    expect(combinedRequirements([], settings.roleRequirements)).toEqual({ dbsLevel: 'none', courseIds: [] });
  });

  it('have defaults for every role a volunteer can hold', () => {
    expect(settings.roleRequirements.map((r) => r.roleId)).toEqual(['group-facilitator', 'peer-supporter', 'peer-coach', 'travel-buddy', 'newsletter-helper', 'admin', 'trustee']);
  });

  it('seed the course catalogue from the seeds', () => {
    const byName = new Map(DEFAULT_COURSES.map((c) => [c.name, c]));
    expect(byName.get('Introduction to peer support')?.hours).toBe(2);
    expect(byName.get('Foundation in peer support')?.hours).toBe(20);
    expect(byName.get('Peer support theory and practice')?.hours).toBe(40);
    expect(byName.get('Peer supervision')?.hours).toBe(15);
    expect(byName.get('Intentional peer support')).toMatchObject({ modules: ['Module 1', 'Module 2', 'Module 3', 'Module 4', 'Module 5'], shadowing: true, accredited: true });
    expect(byName.has('Safeguarding adults')).toBe(true);
    expect(byName.has('Mental health first aid')).toBe(true);
  });
});

describe('training status', () => {
  const needs = ['foundation-peer-support', 'safeguarding-adults'];

  it('is missing until completed, naming what is in progress', () => {
    const ips = trainingStatus(['intentional-peer-support'], [makeTraining({ courseId: 'intentional-peer-support', status: 'in-progress', modulesDone: 3 })], courses, TODAY);
    expect(ips).toMatchObject({ state: 'missing', text: 'Missing: Intentional peer support (in progress: 3 of 5 modules)' });
  });

  it('is due by the expiry of a course that must be refreshed', () => {
    const records = [makeTraining({ courseId: 'foundation-peer-support', date: '2024-01-01' }), makeTraining({ courseId: 'safeguarding-adults', date: '2023-12-23' })];
    expect(trainingStatus(needs, records, courses, TODAY)).toMatchObject({ state: 'due-soon', due: '2026-12-23', text: 'Due soon: Safeguarding adults (expires 23/12/2026, in 30 days)' });
    const expired = [makeTraining({ courseId: 'foundation-peer-support' }), makeTraining({ courseId: 'safeguarding-adults', date: '2023-11-22' })];
    expect(trainingStatus(needs, expired, courses, TODAY)).toMatchObject({ state: 'overdue', text: 'Overdue: Safeguarding adults (expired 22/11/2026)' });
  });

  it('uses a typed expiry date over the course’s renewal period', () => {
    const records = [makeTraining({ courseId: 'foundation-peer-support' }), makeTraining({ courseId: 'safeguarding-adults', date: '2026-01-01', expiry: '2026-12-01' })];
    expect(trainingStatus(needs, records, courses, TODAY).due).toBe('2026-12-01');
  });

  it('is OK when all are done and in date', () => {
    const records = [makeTraining({ courseId: 'foundation-peer-support' }), makeTraining({ courseId: 'safeguarding-adults', date: '2026-01-01' })];
    expect(trainingStatus(needs, records, courses, TODAY)).toMatchObject({ state: 'ok', text: 'OK: all 2 done; first expiry 01/01/2029' });
  });
});

describe('supervision status', () => {
  it('is due every so many weeks after the last one, due soon in the last week', () => {
    expect(supervisionStatus(4, [makeSupervision({ date: '2026-11-02' })], TODAY)).toMatchObject({ state: 'due-soon', due: '2026-11-30', text: 'Due soon: next supervision by 30/11/2026 (in 7 days)' });
    expect(supervisionStatus(4, [makeSupervision({ date: '2026-11-03' })], TODAY).state).toBe('ok');
    expect(supervisionStatus(4, [makeSupervision({ date: '2026-10-26' })], TODAY)).toMatchObject({ state: 'due-soon', text: 'Due soon: next supervision by 23/11/2026 (today)' });
    expect(supervisionStatus(4, [makeSupervision({ date: '2026-10-25' })], TODAY).state).toBe('overdue');
  });

  it('is missing when none is recorded, and not needed without a frequency', () => {
    expect(supervisionStatus(4, [], TODAY)).toMatchObject({ state: 'missing', text: 'Missing: none recorded (every 4 weeks)' });
    expect(supervisionStatus(undefined, [], TODAY).notNeeded).toBe(true);
  });
});

describe('compliance rows and "needs action in the next 30 days"', () => {
  const fine = {
    dbsChecks: [makeDbsCheck({ volunteerId: 'ok', issueDate: '2026-01-01' })],
    training: [makeTraining({ volunteerId: 'ok', courseId: 'foundation-peer-support' }), makeTraining({ volunteerId: 'ok', date: '2026-01-01' })],
    supervision: [makeSupervision({ volunteerId: 'ok', date: '2026-11-20' })],
  };
  const dbsIn = (days: number, id: string) => ({ ...fine, dbsChecks: [makeDbsCheck({ volunteerId: id, issueDate: `2023-${days === 30 ? '12-23' : '12-24'}` })] });

  it('lists each active volunteer with DBS, training and supervision', () => {
    const rows = complianceRows([facilitator('ok', 'Bea'), facilitator('none', 'Al')], new Map([['ok', fine]]), settings, TODAY);
    expect(rows.map((r) => r.name)).toEqual(['Al', 'Bea']);
    expect(rows[0]).toMatchObject({ actionNow: true, dbs: { state: 'missing' }, training: { state: 'missing' }, supervision: { state: 'missing' } });
    expect(rows[1]).toMatchObject({ actionNow: false, dbs: { state: 'ok' }, training: { state: 'ok' }, supervision: { state: 'ok' } });
  });

  it('counts a renewal due in exactly 30 days but not in 31', () => {
    const rows = complianceRows([facilitator('a30'), facilitator('a31')], new Map([['a30', dbsIn(30, 'a30')], ['a31', dbsIn(31, 'a31')]]), settings, TODAY);
    expect(rows.find((r) => r.volunteerId === 'a30')!.dbs.due).toBe('2026-12-23');
    expect(needsActionWithin(rows.find((r) => r.volunteerId === 'a30')!, 30, TODAY)).toBe(true);
    expect(needsActionWithin(rows.find((r) => r.volunteerId === 'a31')!, 30, TODAY)).toBe(false);
    expect(complianceRows([facilitator('a30'), facilitator('a31')], new Map([['a30', dbsIn(30, 'a30')], ['a31', dbsIn(31, 'a31')]]), settings, TODAY, { withinDays: 30 }).map((r) => r.volunteerId)).toEqual(['a30']);
  });

  it('filters by role', () => {
    const trustee: ComplianceVolunteer = { id: 't', name: 'Tess', sortName: 'Tess', roles: ['trustee'] };
    expect(complianceRows([facilitator('ok'), trustee], new Map(), settings, TODAY, { role: 'trustee' }).map((r) => r.name)).toEqual(['Tess']);
  });

  it('groups records by volunteer in one pass', () => {
    const grouped = recordsByVolunteer(fine);
    expect(grouped.get('ok')?.training).toHaveLength(2);
    expect(grouped.get('nobody')).toBeUndefined();
  });
});

describe('requirements on activation', () => {
  it('lists the DBS check and every course a facilitator needs when nothing is on record', () => {
    expect(activationMissing(['group-facilitator'], NO_RECORDS, settings, TODAY).map((m) => m.text)).toEqual([
      'Enhanced DBS check: none on record',
      'Training: Foundation in peer support',
      'Training: Safeguarding adults',
    ]);
  });

  it('names a check of too low a level, one awaiting a decision, or one past renewal', () => {
    const low = { ...NO_RECORDS, dbsChecks: [makeDbsCheck({ level: 'basic', issueDate: '2026-01-01' })] };
    expect(activationMissing(['peer-coach'], low, settings, TODAY)[0]!.text).toBe('Enhanced DBS check: the check on record is basic');
    const pending = { ...NO_RECORDS, dbsChecks: [makeDbsCheck({ decision: 'pending' })] };
    expect(activationMissing(['peer-coach'], pending, settings, TODAY)[0]!.text).toBe('Enhanced DBS check: awaiting a decision');
    const old = { ...NO_RECORDS, dbsChecks: [makeDbsCheck({ issueDate: '2023-11-22' })] };
    expect(activationMissing(['peer-coach'], old, settings, TODAY)[0]!.text).toBe('Enhanced DBS check: renewal was due 22/11/2026');
  });

  it('accepts a check due today, and names expired or unfinished courses', () => {
    const records = {
      dbsChecks: [makeDbsCheck({ issueDate: '2023-11-23' })],
      training: [makeTraining({ courseId: 'intro-peer-support', status: 'in-progress' }), makeTraining({ courseId: 'safeguarding-adults', date: '2023-11-01' })],
      supervision: [],
    };
    expect(activationMissing(['travel-buddy'], records, settings, TODAY).map((m) => m.text)).toEqual([
      'Training: Introduction to peer support (in progress)',
      'Training: Safeguarding adults (expired 01/11/2026)',
    ]);
  });

  it('needs nothing for a role without requirements, or once everything is in place', () => {
    expect(activationMissing(['newsletter-helper'], NO_RECORDS, settings, TODAY)).toEqual([]);
    const all = { dbsChecks: [makeDbsCheck()], training: [makeTraining({ courseId: 'foundation-peer-support' }), makeTraining()], supervision: [] };
    expect(activationMissing(['group-facilitator'], all, settings, TODAY)).toEqual([]);
  });
});

describe('compliance rows, most urgent first', () => {
  const fine = {
    dbsChecks: [makeDbsCheck({ issueDate: '2026-01-01' })],
    training: [makeTraining({ courseId: 'foundation-peer-support' }), makeTraining({ date: '2026-01-01' })],
    supervision: [makeSupervision({ date: '2026-11-20' })],
  };
  // A DBS check issued on this day is due for renewal three years on; none at all is missing.
  const dbsIssued = (issueDate?: string) => ({ ...fine, dbsChecks: issueDate ? [makeDbsCheck({ issueDate })] : [] });
  const person = (id: string, first: string, last: string): ComplianceVolunteer => ({ id, name: `${first} ${last}`, sortName: `${last}, ${first}`, roles: ['group-facilitator'] });
  const people = [
    person('owain', 'Owain', 'Ôwen'),
    person('sian', 'Siân', 'Llewelyn'),
    person('gwen', 'Gwenllïan', 'Rhys'),
    person('dafydd', 'Dafydd', 'ap Gwilym'),
    person('aled', 'Aled', 'Ellis'),
    person('elin', 'Elin', 'Llewelyn'),
    person('rhodri', 'Rhodri', 'Price'),
    person('ffion', 'Ffion', 'Évans'),
    person('ceri', 'Ceri', 'Morgan'),
  ];
  const records = new Map([
    ['owain', fine], // OK, renewal 01/01/2029
    ['aled', dbsIssued('2025-06-01')], // OK, renewal 01/06/2028: the sooner of the two
    ['sian', dbsIssued()], // missing
    ['elin', dbsIssued()], // missing: same dates as Siân, so by first name
    ['ffion', dbsIssued()], // missing: Évans sorts with the Es, before Llewelyn
    ['gwen', dbsIssued('2023-12-20')], // due soon, 20/12/2026
    ['rhodri', dbsIssued('2023-12-10')], // due soon, 10/12/2026: sooner
    ['dafydd', dbsIssued('2023-11-01')], // overdue since 01/11/2026
    ['ceri', dbsIssued('2023-10-01')], // overdue since 01/10/2026: longer
  ]);

  it('puts overdue first, then missing, then due soon, then OK; the soonest date, then surname and first name, within each', () => {
    const rows = complianceRows(people, records, settings, TODAY);
    expect(rows.map((r) => [r.name, rowState(r)])).toEqual([
      ['Ceri Morgan', 'overdue'],
      ['Dafydd ap Gwilym', 'overdue'],
      ['Ffion Évans', 'missing'],
      ['Elin Llewelyn', 'missing'],
      ['Siân Llewelyn', 'missing'],
      ['Rhodri Price', 'due-soon'],
      ['Gwenllïan Rhys', 'due-soon'],
      ['Aled Ellis', 'ok'],
      ['Owain Ôwen', 'ok'],
    ]);
  });

  it('a summary count\'s filter lists exactly the people it counts, most urgent first', () => {
    const all = complianceRows(people, records, settings, TODAY);
    const counts = complianceCounts(all, 30, TODAY);
    expect(counts.overdue.dbs).toBe(2);
    const only = (f: Parameters<typeof complianceRows>[4]) => complianceRows(people, records, settings, TODAY, f).map((r) => r.name);
    expect(only({ area: 'dbs', state: 'overdue' })).toEqual(['Ceri Morgan', 'Dafydd ap Gwilym']);
    expect(only({ area: 'dbs', state: 'missing' })).toEqual(['Ffion Évans', 'Elin Llewelyn', 'Siân Llewelyn']);
    expect(only({ area: 'dbs', state: 'due-soon' })).toHaveLength(counts.dueSoon.dbs);
    expect(only({ area: 'training', state: 'missing' })).toEqual([]);
  });
});
