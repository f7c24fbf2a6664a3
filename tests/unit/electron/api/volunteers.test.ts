import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeVolunteerInput } from '../../../factories/volunteers';
import { expectFailure, openTestApp, type TestApp } from '../../../helpers/services';

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
});
afterEach(async () => {
  await app.close();
});

async function addVolunteer(overrides: Parameters<typeof makeVolunteerInput>[0] = {}, status?: 'enquiry' | 'active') {
  const result = await app.api.volunteers.create({ volunteer: makeVolunteerInput(overrides), ...(status ? { status } : {}) });
  if (result.status !== 'saved') throw new Error('not saved');
  return result.volunteer;
}

describe('volunteers API', () => {
  it('creates, reads back after reopening, and lists', async () => {
    const v = await addVolunteer({ firstName: 'Llŷr', lastName: 'Gruffudd', email: 'llyr@example.org', startDate: '2024-09-01' }, 'active');
    expect(v.statusHistory).toEqual([{ status: 'active', date: '2024-09-01', recordedAt: '2026-11-23T10:00:00.000Z', note: 'Record added' }]);
    await app.reopen();
    expect(await app.api.volunteers.get({ id: v.id })).toEqual(v);
    const list = await app.api.volunteers.list({ query: 'llyr' });
    expect(list).toMatchObject({ total: 1, matched: 1 });
    expect(list.rows[0]).toMatchObject({ name: 'Llŷr Gruffudd', status: 'active', email: 'llyr@example.org' });
  });

  it('returns field errors for bad input and saves nothing', async () => {
    const error = await expectFailure(
      app.api.volunteers.create({ volunteer: { firstName: '', lastName: 'X', email: 'nope', dateOfBirth: '2015-01-01' } }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({
      'volunteer.firstName': 'Enter a first name',
      'volunteer.email': expect.stringMatching(/right format/) as string,
    });
    expect((await app.api.volunteers.list()).total).toBe(0);
  });

  it('never crashes on garbage input', async () => {
    for (const input of [null, 42, 'x', [], { volunteer: 'x' }, { volunteer: { firstName: { $gt: 1 } } }]) {
      const result = await app.services.call('volunteers.create', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    const unknown = await app.services.call('__proto__.constructor', {});
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('UNKNOWN_METHOD');
  });

  it('warns about possible duplicates and saves when told to', async () => {
    await addVolunteer({ email: 'sian@example.org' });
    const again = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ email: 'SIAN@example.org' }) });
    expect(again).toMatchObject({ status: 'possible-duplicates', matches: [{ name: 'Siân Llewelyn', reasons: ['email'] }] });
    expect((await app.api.volunteers.list()).total).toBe(1);
    const forced = await app.api.volunteers.create({ volunteer: makeVolunteerInput({ email: 'sian@example.org' }), allowDuplicate: true });
    expect(forced.status).toBe('saved');
    expect((await app.api.volunteers.list()).total).toBe(2);
  });

  it('updates, records changed fields in the audit log without values, and refuses a stale edit', async () => {
    const v = await addVolunteer({ email: 'old@example.org' });
    app.setNow(new Date(2026, 10, 23, 11, 0, 0));
    const result = await app.api.volunteers.update({ id: v.id, volunteer: makeVolunteerInput({ email: 'new@example.org', phone: '0114 496 0000' }), expectedUpdatedAt: v.updatedAt });
    expect(result.status).toBe('saved');
    const audit = await app.api.audit.list({ entityId: v.id });
    expect(audit.entries[0]).toMatchObject({ action: 'update', summary: 'Changed Email, Phone', actor: 'Test Coordinator' });
    expect(JSON.stringify(audit)).not.toContain('new@example.org');
    const stale = await expectFailure(app.api.volunteers.update({ id: v.id, volunteer: makeVolunteerInput(), expectedUpdatedAt: v.updatedAt }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('changes status with dated history; leaving needs a reason and keeps the record', async () => {
    app.setNow(new Date(2026, 8, 1, 10));
    const v = await addVolunteer({}, 'enquiry');
    app.setNow(new Date(2026, 10, 23, 10));
    await app.api.volunteers.changeStatus({ id: v.id, status: 'training', date: '2026-10-01', note: 'Started Foundation course' });
    const missingReason = await expectFailure(app.api.volunteers.changeStatus({ id: v.id, status: 'left', date: '2026-11-20' }));
    expect(missingReason.fields).toEqual({ reason: 'Enter the reason for leaving' });
    const future = await expectFailure(app.api.volunteers.changeStatus({ id: v.id, status: 'active', date: '2027-01-01' }));
    expect(future.fields).toEqual({ date: "The date can't be in the future" });
    const backwards = await expectFailure(app.api.volunteers.changeStatus({ id: v.id, status: 'active', date: '2026-09-15' }));
    expect(backwards.fields).toEqual({ date: 'Enter a date on or after 01/10/2026, the date of the last change (Training)' });
    const left = await app.api.volunteers.changeStatus({ id: v.id, status: 'left', date: '2026-11-20', reason: 'Moved away' });
    expect(left).toMatchObject({ status: 'left', leftDate: '2026-11-20', leftReason: 'Moved away' });
    expect(left.statusHistory.map((h) => [h.status, h.date])).toEqual([
      ['enquiry', '2026-09-01'],
      ['training', '2026-10-01'],
      ['left', '2026-11-20'],
    ]);
    // Back again: "okay to leave, okay to come back". Their role's checks are not on record,
    // so coming back as active takes a reason (see compliance.test.ts).
    const back = await app.api.volunteers.changeStatus({ id: v.id, status: 'active', date: '2026-11-23', overrideReason: 'Checks booked for next week' });
    expect(back.status).toBe('active');
    expect(back.leftDate).toBeUndefined();
    expect(back.statusHistory).toHaveLength(4);
    const audit = await app.api.audit.list({ entityId: v.id });
    expect(audit.entries.map((e) => e.summary)).toContain('Status changed to Left from 20/11/2026');
  });

  it('deletes after the fact is logged without the content', async () => {
    const v = await addVolunteer({ firstName: 'Ngozi', lastName: 'Okonkwo', email: 'ngozi@example.org' });
    await app.api.volunteers.delete({ id: v.id });
    expect((await expectFailure(app.api.volunteers.get({ id: v.id }))).code).toBe('NOT_FOUND');
    const audit = await app.api.audit.list();
    expect(audit.entries[0]).toMatchObject({ action: 'delete', entityId: v.id, summary: 'Deleted a volunteer record' });
    const text = JSON.stringify(audit);
    expect(text).not.toContain('Ngozi');
    expect(text).not.toContain('ngozi@example.org');
  });
});

describe("a volunteer's consents", () => {
  it('records consent with its review date, keeps it through an edit and a reopen, withdraws it on record, and logs neither what nor when', async () => {
    const v = await addVolunteer({ firstName: 'Adaeze', lastName: 'Okafor' }, 'active');
    expect(v.consents).toEqual([]);
    const given = await app.api.volunteers.addConsent({ id: v.id, consent: { what: 'Photos in publicity', date: '2026-10-01', how: 'verbal', review: '2028-10-01' } });
    const consent = given.consents[0]!;
    expect(consent).toEqual({ id: expect.any(String) as string, what: 'Photos in publicity', date: '2026-10-01', how: 'verbal', review: '2028-10-01' });

    const noReview = await expectFailure(app.api.volunteers.addConsent({ id: v.id, consent: { what: 'Publishing their story', date: '2026-10-01', how: 'written', review: '2026-09-01' } }));
    expect(noReview.fields).toEqual({ 'consent.review': 'The review date must be after the date they agreed' });
    expect((await expectFailure(app.api.volunteers.addConsent({ id: v.id, consent: { what: 'Photos', date: '2027-01-01', how: 'verbal' } }))).fields).toEqual({
      'consent.date': "The date can't be in the future",
    });

    const edited = await app.api.volunteers.update({ id: v.id, volunteer: makeVolunteerInput({ firstName: 'Adaeze', lastName: 'Okafor', phone: '07700 900982' }) });
    expect(edited.status === 'saved' ? edited.volunteer.consents : []).toEqual([consent]);

    const early = await expectFailure(app.api.volunteers.withdrawConsent({ id: v.id, consentId: consent.id, date: '2026-09-01' }));
    expect(early.fields).toEqual({ date: 'Enter a date on or after 01/10/2026, when consent was given' });
    await app.api.volunteers.withdrawConsent({ id: v.id, consentId: consent.id, date: '2026-11-02' });
    expect((await expectFailure(app.api.volunteers.withdrawConsent({ id: v.id, consentId: consent.id, date: '2026-11-03' }))).code).toBe('CONFLICT');
    expect((await expectFailure(app.api.volunteers.withdrawConsent({ id: v.id, consentId: 'gone', date: '2026-11-03' }))).code).toBe('NOT_FOUND');

    await app.reopen();
    expect((await app.api.volunteers.get({ id: v.id })).consents).toEqual([{ ...consent, withdrawn: '2026-11-02' }]);
    const audit = await app.api.audit.list({ entityId: v.id });
    expect(audit.entries.slice(0, 3).map((e) => [e.entity, e.summary])).toEqual([
      ['volunteer', 'Recorded that consent was withdrawn'],
      ['volunteer', 'Changed Phone'],
      ['volunteer', 'Recorded consent'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Photos');
  });
});
